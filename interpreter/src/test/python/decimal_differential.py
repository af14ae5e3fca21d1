"""Differential check of pyheap's decimal module against CPython's (libmpdec).

Runs random operands through every Context operation under random contexts (precision,
rounding, exponent limits, clamp, traps) and prints one line per operation: the result and
the flags, or the exception and its message.  Two ways to compare:

  python3 decimal_differential.py --compare [--ours PATH] [--seed N] [--count N]
      loads pyheap's decimal.py (PATH, default the one under src/main/resources) into CPython
      beside CPython's own decimal, runs both and prints the operations that differ (quick);
  python3 decimal_differential.py --seed N --count N > expected
  ./pyheap run decimal_differential.py --seed N --count N > actual; diff expected actual
      the same lines from each interpreter's own decimal module (the real thing).
"""

import random
import sys

ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
             'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']

UNARY = ['abs', 'exp', 'ln', 'log10', 'logb', 'minus', 'plus', 'next_minus', 'next_plus',
         'normalize', 'sqrt', 'to_integral', 'to_integral_exact', 'to_integral_value',
         'logical_invert', 'number_class', 'is_normal', 'is_subnormal', 'is_canonical',
         'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero',
         'canonical', 'copy_abs', 'copy_negate', 'to_sci_string', 'to_eng_string',
         'create_decimal', '_apply']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
          'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign',
          'logical_and', 'logical_or', 'logical_xor', 'max', 'max_mag', 'min', 'min_mag',
          'next_toward', 'quantize', 'rotate', 'same_quantum', 'scaleb', 'shift', 'power',
          'divmod']
TERNARY = ['fma']
# operations whose second operand is a small integer most of the time
COUNTED = {'rotate', 'shift', 'scaleb'}
LOGICAL = {'logical_and', 'logical_or', 'logical_xor', 'logical_invert'}
# operations too slow for huge exponent differences (exact integer arithmetic)
NEAR = {'add', 'subtract', 'remainder', 'remainder_near', 'divide_int', 'divmod', 'fma',
        'quantize', 'compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag',
        'compare_total', 'compare_total_mag', 'next_toward'}


def operand(rng, ctx, near=False):
    """A random numeric string: specials, zeros, numbers near one, powers of ten, ordinary
    numbers and (unless near) numbers near the context's exponent limits."""
    kind = rng.random()
    sign = rng.choice(['', '', '-'])
    if kind < 0.04:
        return sign + rng.choice(['NaN', 'sNaN', 'Inf', 'NaN12', 'sNaN3'])
    if kind < 0.1:
        return sign + '0E%d' % rng.randint(-30, 30)
    if kind < 0.2:
        digits = rng.randint(1, ctx.prec + 3)
        delta = rng.randint(1, 10 ** rng.randint(1, 4))
        value = 10 ** digits + rng.choice([delta, -delta]) if delta < 10 ** digits else 10 ** digits + delta
        return sign + '%dE-%d' % (value, digits)
    if kind < 0.27:
        return sign + '1E%d' % rng.randint(-40, 40)
    coefficient = rng.randint(1, 10 ** rng.randint(1, 2 * ctx.prec + 2))
    if kind < 0.35 and not near:
        limit = rng.choice([ctx.Emax, ctx.Emin, ctx.Emin - ctx.prec])
        exp = limit + rng.randint(-ctx.prec - 3, 3) - len(str(coefficient)) + 1
    else:
        exp = rng.randint(-2 * ctx.prec - 5, 12)
    return sign + '%dE%d' % (coefficient, exp)


def small_integer(rng, ctx):
    return str(rng.randint(-ctx.prec - 2, ctx.prec + 2))


def logical_operand(rng, ctx):
    if rng.random() < 0.1:
        return rng.choice(['12', '-101', '1.01', '2', '1E1'])
    return ''.join(rng.choice('01') for _ in range(rng.randint(1, ctx.prec + 1 if rng.random()
                                                                        < 0.1 else ctx.prec)))


def make_context(module, rng):
    prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 40, rng.randint(1, 60)])
    if rng.random() < 0.5:
        emax, emin = 999999, -999999
    else:
        emax = rng.randint(prec, 200)
        emin = -rng.randint(prec, 200)
    traps = [s for s in (module.InvalidOperation, module.DivisionByZero, module.Overflow,
                         module.Underflow, module.Inexact, module.Subnormal, module.Clamped,
                         module.Rounded) if rng.random() < 0.12]
    return module.Context(prec=prec, rounding=rng.choice(ROUNDINGS), Emin=emin, Emax=emax,
                          capitals=rng.randint(0, 1), clamp=rng.randint(0, 1), traps=traps,
                          flags=[])


def flag_names(ctx):
    return ','.join(sorted(s.__name__ for s, on in ctx.flags.items() if on))


def run(module, seed, count, out):
    rng = random.Random(seed)
    for i in range(count):
        ctx = make_context(module, rng)
        kind = rng.random()
        name = rng.choice(UNARY if kind < 0.4 else TERNARY if kind > 0.95 else BINARY)
        near = name in NEAR
        if name in LOGICAL and rng.random() < 0.9:
            args = [logical_operand(rng, ctx) for _ in range(1 if name == 'logical_invert' else 2)]
        else:
            args = [operand(rng, ctx, near) for _ in range(3 if name in TERNARY else
                                                           1 if name in UNARY else 2)]
            if name in COUNTED and rng.random() < 0.85:
                args[1] = small_integer(rng, ctx)
            if name == 'power' and rng.random() < 0.5:
                args[1] = rng.choice([str(rng.randint(-40, 40)), '0.5', '-0.5', '1.5', '2.5',
                                      '0.%d' % rng.randint(1, 999), '-%d.%d' % (rng.randint(
                                          0, 9), rng.randint(1, 99))])
        if name in ('create_decimal',):
            values = args
        else:
            values = [module.Decimal(a) for a in args]
        try:
            result = getattr(ctx, name)(*values)
            if isinstance(result, tuple):
                result = '(%s, %s)' % result
            text = str(result)
        except Exception as e:  # the trapped signal and its message are the result
            text = '%s: %s' % (type(e).__name__, str(e).replace(module.__name__ + '.', 'decimal.'))
        print('%d %s(%s) prec=%d %s E=[%d,%d] clamp=%d -> %s [%s]' % (
            i, name, ', '.join(args), ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp,
            text, flag_names(ctx)), file=out)


def main(argv):
    seed, count, ours, compare = 1, 2000, None, False
    i = 0
    while i < len(argv):
        if argv[i] == '--seed':
            seed = int(argv[i + 1]); i += 1
        elif argv[i] == '--count':
            count = int(argv[i + 1]); i += 1
        elif argv[i] == '--ours':
            ours = argv[i + 1]; i += 1
        elif argv[i] == '--compare':
            compare = True
        i += 1
    import decimal
    if not compare:
        run(decimal, seed, count, sys.stdout)
        return 0
    import importlib.util
    import io
    import os
    if ours is None:
        ours = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'main',
                            'resources', 'dev', 'pyheap', 'interpreter', 'lib', 'decimal.py')
    spec = importlib.util.spec_from_file_location('pyheap_decimal', ours)
    mine = importlib.util.module_from_spec(spec)
    sys.modules['pyheap_decimal'] = mine
    spec.loader.exec_module(mine)
    expected, actual = io.StringIO(), io.StringIO()
    run(decimal, seed, count, expected)
    run(mine, seed, count, actual)
    differ = 0
    for e, a in zip(expected.getvalue().splitlines(), actual.getvalue().splitlines()):
        if e != a:
            differ += 1
            print('C:    ' + e)
            print('ours: ' + a)
    print('%d of %d operations differ' % (differ, count))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
