from pyjit import jit

@jit
def deep(x):
    return (((x,),),)
