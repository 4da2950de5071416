from pyjit import jit

@jit
def log_value(x):
    print("log:", x)
