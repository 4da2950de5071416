from pyjit import jit

@jit
def int_forms():
    return 0x7F, 0o17, 0b1011, 1_000_000, 0xFFFF_FFFF, 00, 0X1f, 0B11, 0O7
