# The built-in exception hierarchy: what each exception is a subclass of.
for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, ModuleNotFoundError, NotImplementedError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, TypeError, ValueError, UnicodeDecodeError, OverflowError,
            MemoryError, ReferenceError, AttributeError, AssertionError, DeprecationWarning):
    chain = [k.__name__ for k in exc.__mro__[1:-1]]
    print(f"{exc.__name__}: {' > '.join(chain)}")
