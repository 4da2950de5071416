from pyjit import jit

@jit
def float_forms():
    return 1e3, 1E-3, 1.5e+2, .5, 5., 1_000.000_1, 0e0, 1e-320, 1e308
