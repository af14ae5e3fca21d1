# bdb.Bdb subclassed: the user_* hooks at calls, lines, returns and exceptions (generators, set_next, skip patterns), set_quit, breakpoint bookkeeping and its messages
import bdb, sys, os
class Tracer(bdb.Bdb):
    def user_call(self, frame, args):
        print('call', frame.f_code.co_name, frame.f_lineno)
    def user_line(self, frame):
        print('line', frame.f_code.co_name, frame.f_lineno)
        if frame.f_lineno == 17:
            self.set_next(frame)
        else:
            self.set_step()
    def user_return(self, frame, value):
        print('return', frame.f_code.co_name, value)
    def user_exception(self, frame, info):
        print('exception', frame.f_code.co_name, info[0].__name__)

def gen():
    yield 1
    yield 2

def h(x):
    s = sum(gen())
    if x:
        raise ValueError(x)
    return s

def main():
    try:
        h(1)
    except ValueError:
        pass
    return h(0)

t = Tracer()
print(t.runcall(main))
t = Tracer(skip=['__main__'])
print(t.runcall(main))
class Q(bdb.Bdb):
    def user_line(self, frame):
        print('quit at', frame.f_lineno)
        self.set_quit()
print(Q().runcall(main))
b = bdb.Bdb()
print(b.set_break(__file__, 21), b.set_break(__file__, 999) is not None)
print(b.get_all_breaks() == {b.canonic(__file__): [21]}, b.get_break(__file__, 21))
print(b.clear_bpbynumber('x'), b.clear_bpbynumber(5), b.clear_bpbynumber(1), b.clear_bpbynumber(1))
print(b.clear_all_breaks())
bp = bdb.Breakpoint('f.py', 3, cond='x > 1')
bp.hits = 2; bp.ignore = 1
print(bp.bpformat()); print(str(bp))
bdb.Breakpoint.clearBreakpoints()
print(bdb.Breakpoint.bpbynumber, bdb.Breakpoint.next)
