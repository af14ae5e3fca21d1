# frame.f_trace_opcodes (an 'opcode' event per instruction, after the line's 'line') and
# frame.f_trace_lines = False (no 'line' events); their defaults and type checks.
import sys

counts = {}


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'call':
        if name == 'with_opcodes':
            frame.f_trace_opcodes = True
        if name == 'without_lines':
            frame.f_trace_lines = False
    counts[name, event] = counts.get((name, event), 0) + 1
    return tracer


def with_opcodes(a):
    b = a + 1
    c = [b, b]
    return len(c)


def without_lines(a):
    b = a * 2
    return b


def plain(a):
    return a


sys.settrace(tracer)
with_opcodes(1)
without_lines(2)
plain(3)
sys.settrace(None)
for key in sorted(counts):
    print(key, counts[key])
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
for attr, value in [('f_trace_lines', 1), ('f_trace_opcodes', None)]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print(attr, e)
