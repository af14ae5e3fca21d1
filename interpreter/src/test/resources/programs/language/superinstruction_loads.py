# Pairs that 3.11 runs as one superinstruction once it quickens the code (LOAD_FAST__LOAD_FAST,
# LOAD_FAST__LOAD_CONST, LOAD_CONST__LOAD_FAST, STORE_FAST__LOAD_FAST): the values and reference
# counts they push; an unbound local as the first or the second instruction of a pair, in code not
# yet quickened (the traceback's line is the failing load's own) and in quickened code (a failing
# second load is located at the pair's first instruction, also when the pair spans two lines; the
# message names the second's local); a jump that lands on the second load of a pair (`a or b` before
# another load); a store whose release runs a __del__ before the pair's load; and a trace function
# with f_trace_opcodes set while the pairs run, which sees each instruction of a pair on its own.
import sys
import traceback


def add(a, b):
    return a + b


def add_const(a):
    return a + 1000


def const_first(a):
    return 1000 - a


def split_pair(a, b):
    return (a
            +
            b)


def first_unbound(flag):
    if flag:
        x = 1
    return (x +
            1000)


def second_unbound(flag):
    x = 1
    if flag:
        y = 2
    return (x +
            y)


def const_then_unbound(flag):
    if flag:
        y = 2
    return (1000 -
            y)


def store_then_unbound(flag):
    if flag:
        x = 1
    y = 2
    return x + y


def or_pair(a, b, c):
    return [a or b, c]


def back_edge(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


class Loud:
    def __del__(self):
        print("del", end=" ")


def store_releases(o):
    x = Loud()
    x = o
    return x


class Box:
    pass


def refs(o, p):
    return sys.getrefcount(o) - base, sys.getrefcount(p) - base


def report(f):
    try:
        f(False)
    except UnboundLocalError as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(e, tb.name, tb.lineno - f.__code__.co_firstlineno, repr(tb.line))


base = sys.getrefcount(Box())  # a new object: its count as an argument of getrefcount alone

unbound = (first_unbound, second_unbound, const_then_unbound, store_then_unbound)
print("cold:")
for f in unbound:
    report(f)

for _ in range(20):
    r1 = add(3, 4), add_const(5), const_first(6), split_pair(7, 8), back_edge(10)
    r2 = or_pair(0, 2, 3), or_pair(1, 2, 3), or_pair("", [], ())
    for f in unbound:
        f(True)
print(r1, r2)
print("hot:")
for f in unbound:
    report(f)

for _ in range(3):
    print(store_releases(5))

o, p = Box(), Box()
counts = [refs(o, p) for _ in range(20)]
print(counts[0], counts[-1])
print(sys.getrefcount(o), sys.getrefcount(p))

events = []


def tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == "opcode" and frame.f_code.co_name in ("add", "add_const", "const_first", "back_edge"):
        code = frame.f_code.co_code
        events.append((frame.f_code.co_name, frame.f_lasti, code[frame.f_lasti]))
    return tracer


import dis
sys.settrace(tracer)
add(1, 2)
add_const(3)
const_first(4)
back_edge(2)
sys.settrace(None)
for name, lasti, op in events:
    print(name, lasti, dis.opname[op])
print(add(10, 20), add_const(1), const_first(1), back_edge(100))
