from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_float_forms():
    print(1e16, 1e15, 1e-05, 0.0001, 1.5e300, -0.0)
    print(0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 123456789.0)
    print(5e-324, 1.7976931348623157e308, 2.5e-320)
