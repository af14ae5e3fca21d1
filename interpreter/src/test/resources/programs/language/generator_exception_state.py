# A generator keeps the exception it is handling when it yields (gi_exc_state): the caller's
# sys.exc_info() and the context of the caller's next exception never see it, the generator sees it
# again when resumed, and while it handles nothing the caller's exception shows through.
import sys


def handling():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 1
        print('resumed, handling', repr(sys.exc_info()[1]))
        yield 2
    print('after the handler', sys.exc_info())


g = handling()
next(g)
print('caller after next', sys.exc_info())
try:
    raise ValueError('caller')
except ValueError as e:
    print('caller context', repr(e.__context__))
    next(g)
    print('caller still handles', repr(sys.exc_info()[1]))
print('caller after the handler', sys.exc_info())
next(g, None)


def sees_callers():
    yield repr(sys.exc_info()[1])
    try:
        raise TypeError('raised in the generator')
    except TypeError as e:
        yield repr(e.__context__)


s = sees_callers()
try:
    raise IndexError('the caller handles this')
except IndexError:
    print(next(s))
    print(next(s))
print('caller after', sys.exc_info())


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


x = ignores_exit()
next(x)
try:
    x.close()
except RuntimeError as e:
    print('close:', e, repr(e.__context__))
print('after close', sys.exc_info())


def thrown_into():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'caught'
        raise OverflowError('from the handler')


t = thrown_into()
next(t)
print(t.throw(ZeroDivisionError('thrown')))
print('after throw', sys.exc_info())
try:
    next(t)
except OverflowError as e:
    print(repr(e), 'context:', repr(e.__context__))
