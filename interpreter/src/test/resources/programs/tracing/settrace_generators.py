# Generators under sys.settrace: 'call' at each resumption, 'return' at each yield (with the value)
# and at the end; send, throw (a 'call' before the 'exception'), close, yield from.
import sys


def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return tracer


def counter(n):
    for i in range(n):
        got = yield i
        if got:
            print('sent', got)
    return 'end'


def delegating():
    result = yield from counter(2)
    yield result


def catching():
    try:
        yield 1
    except KeyError:
        yield 'caught'
    yield 'after'


sys.settrace(tracer)
print(list(counter(2)))
g = counter(3)
next(g)
g.send('hello')
g.close()
print(list(delegating()))
c = catching()
next(c)
print(c.throw(KeyError('k')))
c.close()
print(sum(x for x in range(3)))
sys.settrace(None)
