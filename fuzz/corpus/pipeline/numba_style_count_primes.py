import math
import numba
from numba import jit, njit

@numba.njit
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

@njit
def count_primes(n):
    c = 0
    for k in range(n):
        if is_prime(k):
            c += 1
    return c
