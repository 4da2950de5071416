from pyjit import jit

@jit
def log_value(x):
    print("log:", x)

@jit
def call_none_fn(x):
    log_value(x)
    log_value(x * 2)
    return x
