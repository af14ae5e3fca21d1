# Setting f_lineno into an except block, onto its match line or into a handler is refused with
# 3.11's messages (mark_stacks: an instruction's inline cache entries leave the stack unchanged);
# a jump past the handler works and leaves x unbound.
import sys


def f():
    try:
        x = 1
        y = 3
    except ValueError:
        x = 2
    return x


FIRST = f.__code__.co_firstlineno


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code is f.__code__:
        print(event, frame.f_lineno - FIRST, frame.f_lasti)
        if frame.f_lineno == FIRST + 2:
            for target in (4, 5, 6, 3):
                try:
                    frame.f_lineno = FIRST + target
                    print("jumped to", target)
                    break
                except ValueError as e:
                    print("ValueError:", e)
    return tracer


sys.settrace(tracer)
try:
    print(f())
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
sys.settrace(None)
