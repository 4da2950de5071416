from pyjit import jit

@jit
def unicode_message(x):
    if x:
        raise ValueError("caf\u00e9 \u2260 tea")
    return 0
