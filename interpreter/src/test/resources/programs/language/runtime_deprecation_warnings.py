# DeprecationWarnings the runtime issues (PyErr_WarnEx): int() through __trunc__, conversions that
# return an instance of a strict subclass, NotImplemented in a boolean context; shown once per
# location by the default filters, recorded with their line, raised under the "error" filter
import warnings, operator

class Trunc:
    def __trunc__(self):
        return 7
class SubInt(int):
    pass
class SubFloat(float):
    pass
class SubComplex(complex):
    pass
class Returns:
    def __index__(self):
        return SubInt(3)
    def __int__(self):
        return SubInt(4)
    def __float__(self):
        return SubFloat(1.5)
    def __complex__(self):
        return SubComplex(2j)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(int(Trunc()))
    print(operator.index(Returns()), type(operator.index(Returns())).__name__)
    print(int(Returns()), float(Returns()), complex(Returns()))
    print(bool(NotImplemented), not NotImplemented)
for w in caught:
    print(w.category.__name__, w.lineno, w.filename == __file__, str(w.message))

for i in range(3):
    int(Trunc())  # the default filter shows this once

with warnings.catch_warnings():
    warnings.simplefilter('error')
    for make in (lambda: int(Trunc()), lambda: float(Returns()), lambda: bool(NotImplemented)):
        try:
            make()
            print('no error')
        except DeprecationWarning as e:
            print('DeprecationWarning raised:', e)
    warnings.simplefilter('ignore')
    print(int(Trunc()), 'ignored')

class BadTrunc:
    def __trunc__(self):
        return 'not integral'
class IndexTrunc:
    class Half:
        def __index__(self):
            return 12
    def __trunc__(self):
        return IndexTrunc.Half()
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    try:
        int(BadTrunc())
    except TypeError as e:
        print('TypeError:', e)
    print(int(IndexTrunc()), type(int(SubInt(5))).__name__)
