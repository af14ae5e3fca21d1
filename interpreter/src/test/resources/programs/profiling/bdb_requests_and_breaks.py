# bdb.Bdb's stepping requests (set_until, set_return, set_next, set_continue with and without breakpoints),
# function, temporary and conditional breakpoints with do_clear, ignore counts, a condition that raises,
# get_stack/format_stack_entry, run/runeval/runctx, canonic, the break-table queries
import bdb, os, sys

HERE = os.path.abspath(__file__)

def square(v):
    r = v * v
    return r

def loop(n):
    total = 0
    for i in range(n):
        total += square(i)
    after = total + 1
    return after

def main():
    a = loop(3)
    b = loop(2)
    return a + b

def short(frame):
    # lines of bdb's own frames are its implementation's business
    if frame.f_code.co_filename != __file__:
        return frame.f_code.co_name
    return '%s:%d' % (frame.f_code.co_name, frame.f_lineno)

class Scripted(bdb.Bdb):
    """Each stop prints where it is and applies the next request of a script."""
    def __init__(self, script, **kw):
        super().__init__(**kw)
        self.script = list(script)
    def act(self, frame, what):
        print(what, short(frame))
        request = self.script.pop(0) if self.script else 'continue'
        if request == 'step':
            self.set_step()
        elif request == 'next':
            self.set_next(frame)
        elif request == 'return':
            self.set_return(frame)
        elif request == 'until':
            self.set_until(frame)
        elif request.startswith('until '):
            self.set_until(frame, int(request.split()[1]))
        elif request == 'quit':
            self.set_quit()
        else:
            self.set_continue()
    def user_call(self, frame, args):
        self.act(frame, 'call')
    def user_line(self, frame):
        self.act(frame, 'line')
    def user_return(self, frame, value):
        print('  returns', value)
        self.act(frame, 'return')
    def user_exception(self, frame, info):
        print('  raised', info[0].__name__)
        self.act(frame, 'exception')
    def do_clear(self, arg):
        print('  do_clear', arg)
        self.clear_bpbynumber(arg)

print('-- step, next, until at a loop, return')
d = Scripted(['step', 'step', 'step', 'next', 'next', 'until', 'until', 'step', 'return', 'next', 'next'])
print('result', d.runcall(main))

print('-- until a given line, then continue with no breakpoints')
d = Scripted(['step', 'step', 'until %d' % (loop.__code__.co_firstlineno + 4), 'continue'])
print('result', d.runcall(main))

print('-- function breakpoint and a temporary line breakpoint')
bdb.Breakpoint.clearBreakpoints()
d = Scripted(['continue'] * 10)
print(d.set_break(HERE, square.__code__.co_firstlineno, funcname='square'))
print(d.set_break(HERE, loop.__code__.co_firstlineno + 4, temporary=True))
print('result', d.runcall(main))
for bp in bdb.Breakpoint.bpbynumber:
    if bp:
        print(bp.bpformat().replace(HERE, 'HERE'))
print(d.get_file_breaks(HERE), d.get_breaks(HERE, 5), len(d.get_breaks(HERE, square.__code__.co_firstlineno)))
print(d.clear_all_file_breaks(HERE), d.clear_all_file_breaks(HERE).replace(HERE, 'HERE'))

print('-- conditions and ignore counts')
bdb.Breakpoint.clearBreakpoints()
d = Scripted(['continue'] * 10)
line = square.__code__.co_firstlineno + 1
d.set_break(HERE, line, cond='v == 2')
d.set_break(HERE, line + 1, cond='undefined_name > 0')
bp = d.get_bpbynumber(1)
print(d.runcall(loop, 4))
print([(b.number, b.hits, b.ignore) for b in bdb.Breakpoint.bpbynumber if b])
bp.cond = None
bp.ignore = 2
d.get_bpbynumber('2').disable()
print(d.runcall(loop, 4))
print([(b.number, b.hits, b.ignore, b.enabled) for b in bdb.Breakpoint.bpbynumber if b])
print(d.clear_break(HERE, line), d.clear_break(HERE, line).replace(HERE, 'HERE'), d.clear_break('nowhere.py', 1).endswith('nowhere.py'))
print(d.get_break(HERE, line + 1), d.get_break(HERE, line))
print(d.clear_all_breaks(), d.clear_all_breaks())

print('-- the stack')
class Stacker(bdb.Bdb):
    def user_line(self, frame):
        if frame.f_code.co_name == 'square':
            stack, index = self.get_stack(frame, None)
            print('index', index, [f.f_code.co_name for f, _ in stack])
            for entry in stack[-2:]:
                print(self.format_stack_entry(entry).replace(HERE, 'HERE'))
            print(self.format_stack_entry((frame, None), ' | ').replace(HERE, 'HERE'))
            self.set_quit()
    def user_return(self, frame, value):
        print(self.format_stack_entry((frame, frame.f_lineno), ' -- ').replace(HERE, 'HERE'))
s = Stacker()
print(s.runcall(loop, 2))
print(s.runeval('square(5) + 1', {'square': square}))
ns = {'loop': loop}
s.run('x = loop(0)', ns)
print(ns['x'])
s.runctx(compile('y = 7', '<mine>', 'exec'), ns, ns)
print(ns['y'])
print(s.canonic('<string>'), s.canonic('<>'), s.canonic('x.py') == os.path.join(os.getcwd(), 'x.py'))

print('-- exceptions')
def fails():
    raise KeyError('k')
def catches():
    try:
        fails()
    except KeyError as e:
        return repr(e)
d = Scripted(['step'] * 30)
print('result', d.runcall(catches))
