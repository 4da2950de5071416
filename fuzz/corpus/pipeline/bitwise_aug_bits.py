from pyjit import njit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@njit
def aug_bits(a):
    a |= 0b1010
    a &= 0o777
    a ^= 0x5
    a <<= 3
    a >>= 1
    return a
