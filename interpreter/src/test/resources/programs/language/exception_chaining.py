# __context__, __cause__ and __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('bad')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('no ctx') from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print(repr(ValueError('a', 2)), str(ValueError('a', 2)), ValueError('a').args)
