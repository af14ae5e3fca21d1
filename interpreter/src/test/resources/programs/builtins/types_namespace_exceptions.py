# The namespaces of the exceptions: BaseException's getsets and slot wrappers, __init__ (and __str__,
# the members) of the others, __new__ only where CPython's type has a tp_new of its own.
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

for t in (BaseException, Exception, StopIteration, OSError, SyntaxError, KeyError, UnicodeDecodeError,
          ImportError, AttributeError, NameError, ValueError, StopAsyncIteration, SystemExit,
          BaseExceptionGroup, ExceptionGroup):
    listing(t)
