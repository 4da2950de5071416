# rejects: a @jit async def
# call: f 3
# error-at: 11:1
# construct: AsyncFunctionDef
# error: async
# error: are not supported in @jit functions
from pyjit import jit


@jit
async def f(n):
    return n
