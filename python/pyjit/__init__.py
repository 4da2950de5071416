"""pyjit — a Numba-style @jit for numeric Python, compiled by libpyjit (LLVM 19).

    from pyjit import njit          # drop-in for `from numba import njit`

    @njit
    def f(x, y):
        return x * x + y

See docs/python.md.
"""
from . import _pyjit
from ._pyjit import InternalError, TypingError, UnsupportedError
from .dispatcher import jit, njit, prange
from .types import *  # noqa: F401,F403  (float64, int64[:], UniTuple, ...)
from . import types

Dispatcher = _pyjit.Dispatcher
__version__ = _pyjit.version().split()[0]
version = _pyjit.version()

# Numba spells the error module numba.core.errors; keep a short alias.
errors = _pyjit

__all__ = ["jit", "njit", "prange", "TypingError", "UnsupportedError", "InternalError", "Dispatcher",
           "types"] + list(types.__all__)


def _register_numpy():
    try:
        import numpy as np
    except ImportError:
        return
    k = _pyjit
    for t, kind in ((np.bool_, k.KIND_BOOL), (np.int8, k.KIND_INT8), (np.int16, k.KIND_INT16),
                    (np.int32, k.KIND_INT32), (np.int64, k.KIND_INT64),
                    (np.uint8, k.KIND_UINT8), (np.uint16, k.KIND_UINT16),
                    (np.uint32, k.KIND_UINT32), (np.uint64, k.KIND_UINT64),
                    (np.float32, k.KIND_FLOAT32), (np.float64, k.KIND_FLOAT64)):
        _pyjit._register_scalar(t, kind)
    _pyjit._set_asarray(np.asarray)


_register_numpy()
