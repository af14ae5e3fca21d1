# 'line' events of sys.settrace at 3.11's line starts: loops (a backward jump to a line start is a new
# event, the rest of one line's loop is not), comprehensions, with, try/finally, decorators,
# multi-line statements, lambdas, chained conditions, break/continue, nested functions.
import sys

events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def decorated(x):
    return x * 2


def body():
    total = 0
    for i in range(3): total += i
    while total > 4: total -= 1
    squares = [i * i for i in range(3)]
    evens = {i for i in range(4) if i % 2 == 0}
    with Managed() as m:
        total += 1
    try:
        total += 1
    finally:
        total += 2
    try:
        1 / 0
    except ZeroDivisionError:
        total -= 1
    value = (1 +
             2 +
             3)
    call = max(1,
               2)
    f = lambda y: y + 1
    f(2)
    for k in range(4):
        if k == 1:
            continue
        if k == 3:
            break
    if 0 < total < 100 and total != 5:
        total += decorated(1)

    def inner():
        return total
    return inner() + value + call + len(squares) + len(evens)


sys.settrace(tracer)
result = body()
sys.settrace(None)
print(result)
for e in events:
    print(*e)
