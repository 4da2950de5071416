# rejects: an await expression
# call: f 3
# error-at: 10:1
# construct: AsyncFunctionDef
# error: async functions are not supported in @jit functions
from pyjit import jit


@jit
async def f(n):
    await n
    return n
