from pyjit import jit

@jit
def raise_in_loop(n):
    s = 0
    for i in range(n):
        print("step", i)
        if i == 2:
            raise RuntimeError("stopped at 2")
        s += i
    return s
