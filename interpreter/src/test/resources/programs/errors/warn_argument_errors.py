# warnings.warn and warn_explicit are C functions in CPython: Argument Clinic's messages for unknown,
# missing, doubled and too many arguments, and every argument given by keyword.
import warnings
calls = [
    lambda: warnings.warn('m', x=1),
    lambda: warnings.warn_explicit('m', UserWarning, 'f', 1, x=1),
    lambda: warnings.warn(),
    lambda: warnings.warn('a', UserWarning, 1, None, 2, 3),
    lambda: warnings.warn_explicit('m'),
    lambda: warnings.warn('m', message='x'),
    lambda: warnings.warn(category=UserWarning),
    lambda: warnings.warn_explicit('m', UserWarning, 'f', lineno=1),
    lambda: warnings.warn_explicit('m', UserWarning, filename='f'),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn(message="kw", category=RuntimeWarning, stacklevel=1)
    warnings.warn_explicit(message="ex", category=UserWarning, filename="f.py", lineno=3, module="m")
print([(str(x.message), x.category.__name__, x.lineno) for x in w])
