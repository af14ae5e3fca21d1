# raise ... from None (the context kept but hidden), explicit __cause__ over __context__,
# a __context__ cycle made by hand (the traceback printer stops at the repeat), and
# __suppress_context__ toggled after the fact.
def a():
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
try:
    a()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    e.__suppress_context__ = False
    import traceback
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
    print(len(traceback.format_exception(e)) > 3)
x = TypeError('x')
y = LookupError('y')
x.__context__ = y
y.__context__ = x
try:
    x.__cause__ = 5
except TypeError as err:
    print('TypeError:', err)
try:
    try:
        raise y
    except LookupError:
        raise x
except TypeError as z:
    print(z.__context__ is y, y.__context__ is x)
    print(y.__context__ is None)
raise x
