from pyjit import jit
INF = float("inf")
NAN = float("nan")

@jit
def p_escapes():
    print("tab\there", "quote\"s", 'single\'s')
    print("back\\slash")
    print("two\nlines")
