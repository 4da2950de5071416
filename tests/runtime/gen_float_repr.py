#!/usr/bin/python3
"""Generates float_repr.txt: CPython's repr(float), round(x, n) and NumPy's
float32 repr, the expected values of tests/runtime (run with /usr/bin/python3).
Usage: gen_float_repr.py OUT  |  gen_float_repr.py --check OUT (exit 1 if stale).
Lines:  r <hex bits of a double> <repr>
        n <hex bits of a double> <ndigits> <hex bits of round(x, ndigits)> <repr>
        f <hex bits of a float32> <str(np.float32)>"""
import math
import random
import struct
import sys

import numpy as np


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def f32_bits(x):
    return struct.unpack('<I', struct.pack('<f', x))[0]


def f32_from_bits(b):
    return struct.unpack('<f', struct.pack('<I', b))[0]


def doubles(rng):
    xs = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          1e16, 1e15, 9999999999999998.0, 1e17, 1e-5, 1e-4, 0.0001234, 1e-05, 0.1 + 0.2, 1 / 3,
          2 / 3, math.pi, math.e, math.inf, -math.inf, math.nan, 1.0, -1.0, 123.0, 0.5, 1e22,
          1e23, 5e-310, 123456789012345678.0, 1.5, 100.0, 1e300, 1e-300, 2.0 ** 53,
          2.0 ** 53 + 2, 2.0 ** 63, 9007199254740993.0, 0.3, 1.1, 2.675, 0.125, 1e-7]
    for e in range(-330, 310):
        xs.append(float('1e%d' % e))
        xs.append(float('1.5e%d' % e))
    for _ in range(800):  # random bit patterns
        x = from_bits(rng.getrandbits(64))
        xs.append(x)
    for _ in range(400):  # "human" numbers
        xs.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    for _ in range(200):
        xs.append(rng.uniform(0, 1) * 10.0 ** rng.randint(-20, 20))
    return xs


def round_cases(rng):
    cases = []
    base = [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 0.5, -0.5, 1.5, 25.0, 35.0, 15.0, 150.0,
            250.0, 1234.5678, -1234.5678, 5e-324, 1e300, 1.7976931348623157e308, 0.0, -0.0,
            math.inf, -math.inf, math.nan, 123456789.123456789, 0.1 + 0.2, 1 / 3, 5.0, 50.0,
            -0.001, -4.0, 99.99, 9.995, 2 ** 60 + 0.0, 4.5e15, 1e22]
    for x in base:
        for n in [-400, -309, -308, -307, -20, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 300, 323,
                  324, 400]:
            cases.append((x, n))
    for _ in range(2000):
        x = rng.choice([rng.uniform(-1e6, 1e6), round(rng.uniform(-100, 100), rng.randint(1, 4)),
                        from_bits(rng.getrandbits(64)),
                        rng.randint(-10 ** 6, 10 ** 6) / 8,
                        rng.randint(-10 ** 6, 10 ** 6) * 5.0])
        n = rng.randint(-8, 12)
        cases.append((x, n))
    out = []
    for x, n in cases:
        try:
            r = round(x, n)
        except OverflowError:
            continue  # pyjit returns inf there (documented)
        out.append((x, n, r))
    return out


def floats32(rng):
    xs = [0.0, -0.0, 0.1, 1e16, 1e15, 1e-4, 9.9e-5, 1e-5, 123456789.0, 16777216.0, 3.4e38, 1e-45,
          1.0, 1 / 3, 1e10, math.inf, -math.inf, math.nan, 0.5, 2.5, 1.17549435e-38]
    for e in range(-45, 39):
        xs.append(float('1e%d' % e))
    out = [f32_bits(np.float32(x)) for x in xs]
    for _ in range(600):
        b = rng.getrandbits(32)
        out.append(b)
    return out


def generate():
    rng = random.Random(20240611)
    lines = []
    for x in doubles(rng):
        lines.append('r %016x %s' % (bits(x), repr(x)))
    for x, n, r in round_cases(rng):
        lines.append('n %016x %d %016x %s' % (bits(x), n, bits(r), repr(r)))
    for b in floats32(rng):
        lines.append('f %08x %s' % (b, str(np.float32(f32_from_bits(b)))))
    return '\n'.join(lines) + '\n'


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        with open(sys.argv[2]) as f:
            if f.read() != generate():
                print('%s is stale: rerun gen_float_repr.py' % sys.argv[2], file=sys.stderr)
                return 1
        return 0
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    with open(sys.argv[1], 'w') as f:
        f.write(generate())
    return 0


if __name__ == '__main__':
    sys.exit(main())
