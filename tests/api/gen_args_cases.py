#!/usr/bin/python3
"""Generates args_cases.txt for tests/api/test_cli_args.c: each line is
INPUT<TAB>EXPECTED, where EXPECTED is CPython's repr(ast.literal_eval(INPUT))
(evaluated with inf/nan bound to the floats), or ERROR where pyjit must refuse the argument
(ints beyond int64, non-literals). Usage: gen_args_cases.py OUT | --check OUT"""
import sys

INPUTS = [
    '0', '30', '-7', '+5', '--3', '9223372036854775807', '-9223372036854775808', '0x1f', '-0x10',
    '0o17', '0b101', '1_000_000', '2.5', '-2.5', '1e-3', '1E5', '.5', '5.', '-0.0', '1e16',
    '1e-05', '0.1', '1.7976931348623157e308', '5e-324', '1_0.5', 'inf', '-inf', 'nan',
    'True', 'False', 'None', '(1, 2)', '(1,)', '()', '(1, (2.5, True), None)', '((1,),)',
    ' ( 1 , 2 ) ', '(1, 2,)', '(3)', '1, 2', '(-1, -2.5e-3, inf)',
    # refused
    '9223372036854775808', '-9223372036854775809', '99999999999999999999999', 'abc', "'s'",
    '(1, 2', '1 2', '', '()()', '1..2', '0x', '07', '1__0', '[1, 2]', '1+2j',
]
REFUSED_FROM = INPUTS.index('9223372036854775808')


def expected(i, text):
    if i >= REFUSED_FROM:
        return 'ERROR'
    # Python expressions of literals, with the names inf and nan as floats.
    v = eval(text.strip(), {'__builtins__': {}, 'inf': float('inf'), 'nan': float('nan')})
    return repr(v)


def generate():
    return ''.join('%s\t%s\n' % (t, expected(i, t)) for i, t in enumerate(INPUTS))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        with open(sys.argv[2]) as f:
            if f.read() != generate():
                print('%s is stale: rerun gen_args_cases.py' % sys.argv[2], file=sys.stderr)
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
