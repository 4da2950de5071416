import math
import numpy as np

@jit
def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + math.inf)
