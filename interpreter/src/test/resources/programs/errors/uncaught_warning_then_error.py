# Warnings printed to stderr with their source lines (UserWarning, DeprecationWarning shown
# from __main__, a custom category, stacklevel=2 pointing at the caller), the once/default
# registry, then an uncaught error raised from a warning turned into an error by a filter.
import warnings


class LegacyWarning(UserWarning):
    pass


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", LegacyWarning)
    return abs(value)


print(old_api(2))
for v in [-1, -1, -2]:
    check(v)
warnings.warn("plain")
warnings.warn("plain")
warnings.warn_explicit("explicit one", RuntimeWarning, "config.ini", 12)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    check(-5)
    old_api(1)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.filterwarnings("error", category=LegacyWarning)
check(3)
check(-9)
