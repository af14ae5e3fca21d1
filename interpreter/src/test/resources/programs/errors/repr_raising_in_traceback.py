# An uncaught exception whose str() raises, one whose __str__ returns a non-str, and a chained
# context whose str raises: the traceback prints <exception str() failed>; also a class with a
# broken __repr__ in the exception args (str of a 1-arg exception is str(arg)).
class BadStr(Exception):
    def __str__(self): raise RuntimeError('no str for you')
class BadRepr:
    def __repr__(self): raise ValueError('no repr')
    def __str__(self): return 'BadRepr-str'
e = ValueError(BadRepr())
print(str(e))
try:
    repr(e)
except ValueError as err:
    print('repr failed:', err)
def f():
    try:
        raise BadStr('ctx')
    except BadStr:
        raise KeyError(BadRepr())
f()
