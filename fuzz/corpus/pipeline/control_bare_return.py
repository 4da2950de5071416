from pyjit import jit

@jit
def bare_return(x):
    if x > 0:
        print("positive")
        return
    print("not positive")
