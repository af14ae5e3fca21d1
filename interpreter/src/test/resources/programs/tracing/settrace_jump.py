# frame.f_lineno set from a trace function (frame_setlineno): forward and backward jumps, out of a
# for loop (its iterator popped), out of and into a with block, and the refusals with 3.11's
# messages: from a 'call' event, into a for loop's body, before or after the
# code, a non-int line. A jump over an assignment leaves the local unbound.
import sys

def jumper(target_func, from_line, to_line):
    done = []
    def tr(frame, event, arg):
        if frame.f_code.co_name != target_func:
            return tr
        if event == 'line' and frame.f_lineno == from_line and not done:
            done.append(1)
            try:
                frame.f_lineno = to_line
                print('jumped', from_line, '->', to_line)
            except ValueError as e:
                print('ValueError:', e)
        elif event == 'call':
            try:
                frame.f_lineno = to_line
            except ValueError as e:
                print('call ValueError:', e)
        return tr
    return tr

def skip():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    return out

def back():
    out = []
    n = 0
    n += 1
    out.append(n)
    if n < 3:
        pass
    return out

def into_loop():
    out = []
    for i in range(2):
        out.append(i)
    out.append('end')
    return out

def out_of_loop():
    out = []
    for i in range(3):
        out.append(i)
        out.append('x')
    out.append('after')
    return out

def into_except():
    try:
        x = 1
    except ValueError:
        x = 2
    return x

def before():
    a = 1
    return a

def after():
    a = 1
    return a

def in_with():
    import contextlib
    out = []
    with contextlib.nullcontext():
        out.append(1)
    out.append(2)
    return out

def cases():
    for name, f, t in [('skip', 2, 4), ('back', 4, 2), ('into_loop', 1, 3), ('out_of_loop', 3, 5),
                       ('before', 1, -50), ('after', 1, 100), ('in_with', 3, 5),
                       ('in_with', 4, 2), ('out_of_loop', 4, 1), ('skip', 1, 5), ('skip', 4, 1), ('skip', 2, 'x'), ('skip', 2, True)]:
        first = globals()[name].__code__.co_firstlineno
        sys.settrace(jumper(name, first + f, t if isinstance(t, (str, bool)) else first + t))
        try:
            r = globals()[name]()
        except UnboundLocalError as e:
            r = e
        finally:
            sys.settrace(None)
        print(name, r)
cases()
