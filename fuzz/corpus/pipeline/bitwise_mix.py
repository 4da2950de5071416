from pyjit import njit
INT64_MAX = 9223372036854775807
INT64_MIN = -INT64_MAX - 1

@njit
def mix(a, b):
    return (a & 0xFF) | (b << 8) ^ (~a & 0x0F)
