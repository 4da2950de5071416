"""Stand-in `pyjit` module so examples run unchanged under plain CPython
(for the demo's timing comparison): @jit / @njit are the identity."""


def jit(fn=None, *args, **kwargs):
    if callable(fn):
        return fn
    return lambda f: f


njit = jit
