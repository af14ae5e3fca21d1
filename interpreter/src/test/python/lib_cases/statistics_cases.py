# statistics: every function on random data of ints, floats and mixes, compared to the last bit
# (repr of the floats), and the errors.
import statistics
from casekit import case, run_cases, Rng

FUNCTIONS = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
             'median_grouped', 'mode', 'multimode', 'pvariance', 'variance', 'pstdev', 'stdev', 'quantiles']


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        return repr(r) + ' ' + type(r).__name__
    except Exception as e:
        return type(e).__name__ + ' ' + str(e)


def dataset(rng, kind, size):
    if kind == 'small ints':
        return [rng.below(20) - 5 for _ in range(size)]
    if kind == 'big ints':
        return [rng.next() * rng.next() * rng.next() - (1 << 90) for _ in range(size)]
    if kind == 'positive ints':
        return [rng.below(1000) + 1 for _ in range(size)]
    if kind == 'unit floats':
        return [rng.unit() for _ in range(size)]
    if kind == 'wide floats':
        return [(rng.unit() - 0.3) * 10.0 ** (rng.below(60) - 30) for _ in range(size)]
    if kind == 'tenths':
        return [rng.below(100) / 10 for _ in range(size)]
    if kind == 'mixed':
        return [rng.below(50) if rng.below(2) else rng.unit() * 50 for _ in range(size)]
    if kind == 'bools':
        return [rng.below(2) == 1 for _ in range(size)]
    if kind == 'cancelling':
        out = []
        for _ in range(size):
            out.append(1e50 * (rng.below(3) - 1))
            out.append(rng.unit())
        return out
    return [1e16 + rng.below(8) for _ in range(size)]


KINDS = ['small ints', 'big ints', 'positive ints', 'unit floats', 'wide floats', 'tenths', 'mixed', 'bools',
         'cancelling', 'near 1e16']


@case
def random_datasets():
    rng = Rng(2024)
    for kind in KINDS:
        for size in (1, 2, 3, 4, 5, 7, 10, 31, 100):
            data = dataset(rng, kind, size)
            for name in FUNCTIONS:
                print(kind, size, name, attempt(getattr(statistics, name), data))
            print(kind, size, 'quantiles10', attempt(statistics.quantiles, data, n=10))
            print(kind, size, 'quantiles_incl', attempt(statistics.quantiles, data, n=7, method='inclusive'))
            mu = statistics.fmean(data)
            print(kind, size, 'pvariance_mu', attempt(statistics.pvariance, data, mu))
            print(kind, size, 'stdev_xbar', attempt(statistics.stdev, data, mu))
            print(kind, size, 'fmean_w', attempt(statistics.fmean, data, [i % 3 + 1 for i in range(len(data))]))
            print(kind, size, 'hmean_w', attempt(statistics.harmonic_mean, data, [i % 2 for i in range(len(data))]))
            print(kind, size, 'mgrouped', attempt(statistics.median_grouped, data, 2.5))
            print(kind, size, 'iter_mean', attempt(statistics.mean, iter(data)), attempt(statistics.fmean, iter(data)),
                  attempt(statistics.variance, iter(data)))


@case
def pairs():
    rng = Rng(5)
    for size in (2, 3, 10, 50):
        x = [rng.unit() * 10 for _ in range(size)]
        y = [2.5 * v + rng.unit() for v in x]
        print(size, statistics.covariance(x, y), statistics.correlation(x, y), statistics.linear_regression(x, y),
              statistics.linear_regression(x, y, proportional=True))
    print(statistics.covariance([1, 2, 3], [3, 2, 1]), statistics.correlation([1, 2, 3], [1, 2, 4]),
          statistics.linear_regression([1, 2, 3], [2, 4, 6]))
    for f in (statistics.covariance, statistics.correlation, statistics.linear_regression):
        print(attempt(f, [1, 2], [1]), attempt(f, [1], [1]), attempt(f, [1, 1], [2, 3]))


@case
def small_known_values():
    print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([0.5, 1.5]))
    print(statistics.median([3, 1, 2]), statistics.median([4, 1, 3, 2]), statistics.median([1, 3]))
    print(statistics.mean(range(101)), statistics.median(range(10)), statistics.mean([2.5, 3, 4]))
    print(type(statistics.mean([1, 2, 3])).__name__, type(statistics.mean([1, 2])).__name__)
    print(statistics.mode('aabbbc'), statistics.mode([1, 1, 2, 2]), statistics.multimode('aabbc'), statistics.multimode(''))
    print(statistics.mode([(1, 2), (1, 2), (3,)]), statistics.multimode({'a': 1, 'b': 2}))
    print(statistics.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), statistics.pvariance([0, 0, 1, 1]),
          statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
    print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.variance([1, 3]),
          statistics.pvariance([True, False]), statistics.mean([True, True, False]))
    print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 11), n=3, method='inclusive'),
          statistics.quantiles([1, 2], n=1), statistics.quantiles([1.5, 2.5, 10], n=5))
    print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]),
          statistics.harmonic_mean([2.5]), statistics.harmonic_mean([1, 0, 2]), statistics.geometric_mean([54, 24, 36]))
    print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2),
          statistics.median_grouped([2.5]))

    class MyFloat(float):
        pass

    class MyInt(int):
        pass
    print(repr(statistics.mean([MyFloat(1.5), 2])), type(statistics.mean([MyFloat(1.5), 2])).__name__,
          type(statistics.mean([MyInt(2), MyInt(4)])).__name__, type(statistics.variance([MyInt(1), 3])).__name__)
    print(statistics.StatisticsError.__mro__[1].__name__, statistics.StatisticsError.__module__)


@case
def errors_and_non_finite():
    inf = float('inf')
    nan = float('nan')
    cases = [('mean', ([],)), ('mean', (['a'],)), ('mean', ([1, 'a'],)), ('mean', ([1, inf],)), ('mean', ([nan, 1],)),
             ('mean', ([inf, -inf],)), ('fmean', ([],)), ('fmean', ([1, 2], [1])), ('fmean', ([1, 2], [1, -1])),
             ('fmean', (iter([]),)), ('fmean', (iter([1, 2, 3]), [1, 1])), ('geometric_mean', ([],)),
             ('geometric_mean', ([1, 0],)), ('geometric_mean', ([-1, 2],)), ('harmonic_mean', ([],)),
             ('harmonic_mean', ([-1],)), ('harmonic_mean', (['x'],)), ('harmonic_mean', ([1, -2],)),
             ('harmonic_mean', ([1, 2], [1])), ('harmonic_mean', ([1, 2], [0, 0])), ('harmonic_mean', ([1, 2], [1, -1])),
             ('harmonic_mean', ([1, inf],)), ('median', ([],)), ('median_low', ([],)), ('median_high', ([],)),
             ('median_grouped', ([],)), ('median_grouped', (['a', 'b'],)), ('median_grouped', ([[1]],)),
             ('mode', ([],)), ('multimode', ([],)), ('variance', ([1],)), ('variance', ([],)), ('pvariance', ([],)),
             ('stdev', ([1],)), ('pstdev', ([],)), ('variance', ([1, inf],)), ('pvariance', ([nan, 1],)),
             ('stdev', ([1.0, inf],)), ('pstdev', ([inf],)), ('variance', ([1, 2], [1])), ('stdev', ([1, 2], 1.5)),
             ('pvariance', ([1, 2, 4], 2)), ('pstdev', ([1, 2, 4], 2)), ('variance', (['a', 'b'],)),
             ('quantiles', ([1],)), ('quantiles', ([1, 2], )), ('quantiles', ([1, 2, 3], )), ('mean', (iter([]),)),
             ('mean', ([1, 2.5, True],)), ('variance', ([1, 2.5, True],)), ('mean', ([10 ** 400, 1],)),
             ('mean', ([1e308, 1e308],)), ('variance', ([1e308, -1e308],)), ('stdev', ([1e200, -1e200, 3],))]
    for i, (name, args) in enumerate(cases):
        print(i, name, attempt(getattr(statistics, name), *args))
    print(attempt(statistics.quantiles, [1, 2, 3], n=0), attempt(statistics.quantiles, [1, 2, 3], method='other'))


run_cases()
