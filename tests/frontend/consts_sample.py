# Module-level constants the frontend freezes; gen_locations.py records what
# CPython evaluates each name to (tests/frontend/consts.txt).
import math

from math import pi as PI_ALIAS

I1 = 1_000
I2 = 0x7FFF_FFFF
I3 = 0o777 + 0b1010
I4 = -9223372036854775808
I5 = 9223372036854775807
F1 = 1e-3
F2 = .5
F3 = 5.
F4 = 1_000.5e+3
F5 = 1e16
F6 = 1e15
F7 = 0.0001
F8 = 0.00001
F9 = -0.0
F10 = 1.5e300 * 1.5e300 * 0.0 + 2.0
F11 = 0.1 + 0.2
F12 = 1 / 3
F13 = 2 ** -1
F14 = 7 / 2
F15 = 10 / 5
B1 = True
B2 = not 0
B3 = True + True
B4 = True & False
B5 = True | 2
N1 = None
S1 = 'abc'
S2 = "it's"
S3 = 'x' + "y"
S4 = 'tab\there'
T1 = (1, 2.5, 'x', None, True)
T2 = ()
T3 = (1,)
T4 = ((1, 2), (3,))
T5 = (1, 2) + (3,)
A1 = -7 // 2
A2 = -7 % 3
A3 = 7 % -3
A4 = -7.5 // 2
A5 = -7.5 % 2
A6 = 7.5 % -2
A7 = 2 ** 62
A8 = 3 ** 39
A9 = -(2 ** 63)
A10 = 1 << 62
A11 = -1 >> 70
A12 = ~5
A13 = 0xFF ^ 0x0F
A14 = 6 & 3 | 8
A15 = 5.0 // 0.3
A16 = -0.0 // 1
A17 = 0.0 % -1
A18 = 2.0 ** 0.5
A19 = (-8) ** 2
A20 = 10 - 3 * 4 + 2 ** 3 ** 2
C1 = 1 < 2 < 3
C2 = 3 > 2 > 2
C3 = 1 == 1.0
C4 = 'a' < 'b'
C5 = 2 in (1, 2)
C6 = None is None
L1 = 0 or 5
L2 = 3 and 0.0
L3 = 1 if C1 else 2
M1 = 2 * math.pi
M2 = math.e
M3 = PI_ALIAS / 2
M4 = int(1e6)
M5 = float(3)
M6 = abs(-4)
D1 = I1 * 2
D2 = D1 + F1
AUG = 5
AUG += 10
AUG2 = 1.5
AUG2 *= 4
X, Y = 1, 2.0
(P, Q), R = (1, 2), 3
# not frozen:
O1 = 2 ** 63
O2 = 9223372036854775807 + 1
O3 = 1 / 0
O4 = [1, 2]
O5 = 3j
O6 = b'x'
O7 = f'{I1}'
O8 = 1 << 64
O9 = 10 ** 19
O10 = len('abc')
O11 = 99999999999999999999
O12 = -(-9223372036854775808)
O13 = (-8) ** 0.5
O14 = 1.0 / 0.0
O15 = 0 ** -1
F16 = 1e308 * 10
for LOOPVAR in range(3):
    pass
