from pyjit import jit

@jit
def square(x):
    return x * x

@jit
def nested_calls(x):
    return square(square(square(x)))
