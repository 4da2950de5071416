from pyjit import jit

@jit
def implicit_concat():
    print("abc" "def", 'single' "double")
