import math
import numpy as np
from pyjit import jit
CAP = 16384
LCG_A = 1103515245
LCG_C = 12345
LCG_MASK = 0x7FFFFFFF

@jit
def histogram(data, hist, lo, hi):
    nb = len(hist)
    scale = nb / (hi - lo)
    under = 0
    over = 0
    for i in range(len(data)):
        b = int(math.floor((data[i] - lo) * scale))
        if 0 <= b < nb:
            hist[b] += 1
        elif b < 0:
            under += 1
        else:
            over += 1
    return under, over
