"""A profiler written in Python: Profile, run and runctx."""

# Profile is a sys.setprofile hook that reads a timer at every event and
# books the time since the previous event to the function running then.
#
# The functions being run form a stack of records, self.cur, each a tuple
#     (owed, own, inner, label, frame, parent)
# owed   time that belongs to the caller (spent before this frame started),
# own    time spent in the function's own code so far,
# inner  time spent in the functions it called,
# label  (file, first line, name), or ("", 0, name) for a built-in,
# frame  the frame (or a fake_frame), parent the caller's record.
# Two fake records sit at the bottom: 'profiler' and the command being run
# (they show as profile:0(...) in reports).
#
# When a record is popped its figures go into self.timings[label], a tuple
#     (calls, active, own total, cumulative total, {caller label: calls})
# where `active` is how many more frames of the same function are still on
# the stack: only the outermost one adds to calls and to the cumulative time,
# so recursion is not counted twice.
#
# The hook's own cost is left out: the timer is read as the hook starts and
# again as it ends, and the clock starts over from the second reading.

import marshal
import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """run() and runctx() for a profiler class (this one or cProfile's)."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._report(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._report(prof, filename, sort)

    @staticmethod
    def _report(prof, filename, sort):
        if filename is None:
            prof.print_stats(sort)
        else:
            prof.dump_stats(filename)


def run(statement, filename=None, sort=-1):
    """Profile the statement run by exec() in __main__.

    With a filename, the statistics are written there (marshal, as pstats
    reads them); without, a report sorted by `sort` is printed.
    """
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() with the namespaces to execute the statement in."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


def _sum_of_timer(timer):
    # for a timer returning several numbers: the time is their sum
    def get_time_timer(timer=timer, sum=sum):
        return sum(timer())
    return get_time_timer


class Profile:
    """The profiler; see the comment at the top of the module.

    timer (default time.process_time) returns a number, or a sequence of
    numbers whose sum is the time; bias is taken off every event's time.
    """

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        self.bias = self.bias if bias is None else bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            self._choose_dispatcher(timer)
        self.t = self.get_time()
        self.simulate_call('profiler')

    def _choose_dispatcher(self, timer):
        # one sample tells the timer's shape
        sample = timer()
        try:
            width = len(sample)
        except TypeError:
            self.get_time = timer
            self.dispatcher = self.trace_dispatch_i
            return
        self.get_time = _sum_of_timer(timer)
        self.dispatcher = self.trace_dispatch if width == 2 else self.trace_dispatch_l

    # ---- the hooks, one per kind of timer.  Each measures the time since
    # the last event, hands it to the event's handler, and restarts the
    # clock: from now if the handler booked the time, else from a point
    # that carries the unbooked time over to the next event.

    def _book(self, frame, event, arg, elapsed):
        if event == "c_call":
            self.c_func_name = arg.__name__
        return self.dispatch[event](self, frame, elapsed)

    def trace_dispatch(self, frame, event, arg):
        # a timer returning (user, system)
        clock = self.timer
        reading = clock()
        elapsed = reading[0] + reading[1] - self.t - self.bias
        booked = self._book(frame, event, arg, elapsed)
        reading = clock()
        restart = reading[0] + reading[1]
        self.t = restart if booked else restart - elapsed

    def trace_dispatch_i(self, frame, event, arg):
        # a timer returning one number
        clock = self.timer
        elapsed = clock() - self.t - self.bias
        booked = self._book(frame, event, arg, elapsed)
        self.t = clock() if booked else clock() - elapsed

    def trace_dispatch_mac(self, frame, event, arg):
        # a timer counting sixtieths of a second
        clock = self.timer
        elapsed = clock() / 60.0 - self.t - self.bias
        booked = self._book(frame, event, arg, elapsed)
        self.t = clock() / 60.0 if booked else clock() / 60.0 - elapsed

    def trace_dispatch_l(self, frame, event, arg):
        # a timer returning any other sequence: get_time sums it
        read = self.get_time
        elapsed = read() - self.t - self.bias
        booked = self._book(frame, event, arg, elapsed)
        self.t = read() if booked else read() - elapsed

    # ---- the handlers; each returns 1 once it has booked the time

    def trace_dispatch_exception(self, frame, t):
        owed, own, inner, label, top_frame, parent = self.cur
        if top_frame is not frame and parent:
            # raised in a caller: the frame on top is gone without a return
            return self.trace_dispatch_return(top_frame, t)
        self.cur = owed, own + t, inner, label, top_frame, parent
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            self._close_sibling(frame)
        code = frame.f_code
        self._enter((code.co_filename, code.co_firstlineno, code.co_name), frame, t)
        return 1

    def _close_sibling(self, frame):
        # the new frame's caller is not the frame on top: the one on top
        # left (through an exception) without a return event
        top_frame = self.cur[-2]
        if isinstance(top_frame, Profile.fake_frame):
            return
        assert top_frame.f_back is frame.f_back, ("Bad call", self.cur[-3],
                                                  top_frame, top_frame.f_back,
                                                  frame, frame.f_back)
        self.trace_dispatch_return(top_frame, 0)
        assert self.cur is None or frame.f_back is self.cur[-2], (
            "Bad call", self.cur[-3])

    def trace_dispatch_c_call(self, frame, t):
        self._enter(("", 0, self.c_func_name), frame, t)
        return 1

    def _enter(self, label, frame, t):
        # push a record; t, spent before the call, is owed to the caller
        self.cur = (t, 0, 0, label, frame, self.cur)
        entry = self.timings.get(label)
        if entry is None:
            self.timings[label] = 0, 0, 0, 0, {}
        else:
            calls, active, own_total, cumulative, callers = entry
            self.timings[label] = calls, active + 1, own_total, cumulative, callers

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            # the caller returns while the record on top is its callee's
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)
        owed, own, inner, label, _, parent = self.cur
        own += t
        spent = own + inner
        # the caller gets back what it was owed, and our time as its inner time
        p_owed, p_own, p_inner, p_label, p_frame, p_parent = parent
        self.cur = (p_owed, p_own + owed, p_inner + spent,
                    p_label, p_frame, p_parent)
        calls, active, own_total, cumulative, callers = self.timings[label]
        if not active:
            calls += 1
            cumulative += spent
        callers[p_label] = callers.get(p_label, 0) + 1
        self.timings[label] = calls, active - 1, own_total + own, cumulative, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # ---- the fake records at the bottom of the stack

    def set_cmd(self, cmd):
        if self.cur[-1]:
            # a command is already on the stack
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        below = self.cur[-2] if self.cur else None
        fake = self.fake_frame(self.fake_code('profile', 0, name), below)
        self.dispatch['call'](self, fake, 0)

    def simulate_cmd_complete(self):
        # pop every record above the bottom one; the time since the last
        # event goes to the innermost
        read = self.get_time
        elapsed = read() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], elapsed)
            elapsed = 0
        self.t = read() - elapsed

    # ---- results

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        # pstats' layout: (primitive calls, all calls, own, cumulative, callers)
        self.stats = {
            label: (calls, sum(callers.values()), own_total, cumulative, dict(callers))
            for label, (calls, _, own_total, cumulative, callers) in self.timings.items()
        }

    # ---- running code under the profiler.  Between setprofile and the
    # code, and in the finally clause, these methods call nothing but
    # sys.setprofile, whose own events the figures include as CPython's do.

    def run(self, cmd):
        import __main__
        return self.runctx(cmd, __main__.__dict__, __main__.__dict__)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)


# ---------------------------------------------------------------- command line

def _command_line(script, runctx, options):
    """`python -m profile` and `python -m cProfile`: profile a script or (-m) a module, print the
    statistics or (-o) save them. `options` lists (flags, keywords) in the order --help shows
    them, which differs between the two, as their defaults do."""
    import os
    from optparse import OptionParser
    parser = OptionParser(usage=script + ' [-o output_file_path] [-s sort] '
                                         '[-m module | scriptfile] [arg] ...')
    parser.allow_interspersed_args = False      # the program's own options stay its own
    for flags, keywords in options:
        parser.add_option(*flags, **keywords)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    opts, args = parser.parse_args()
    sys.argv[:] = args
    if not args:
        parser.print_usage()
        return parser
    # the program may change directory: the output file is named from where we started
    outfile = None if opts.outfile is None else os.path.abspath(opts.outfile)
    if opts.module:
        import runpy
        code = "run_module(modname, run_name='__main__')"
        namespace = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        import importlib.machinery
        import io
        program = args[0]
        sys.path.insert(0, os.path.dirname(program))
        with io.open_code(program) as source:
            code = compile(source.read(), program, 'exec')
        spec = importlib.machinery.ModuleSpec(name='__main__', loader=None, origin=program)
        namespace = {'__spec__': spec, '__file__': spec.origin, '__name__': spec.name,
                     '__package__': None, '__cached__': None}
    try:
        runctx(code, namespace, None, outfile, opts.sort)
    except BrokenPipeError as exc:
        # a closed pipe ends the run quietly, with no complaint at shutdown
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


_OUTFILE = (('-o', '--outfile'), dict(dest='outfile', help='Save stats to <outfile>', default=None))
_SORT_HELP = 'Sort order when printing to stdout, based on pstats.Stats class'


def main():
    return _command_line('profile.py', runctx, (
        _OUTFILE,
        (('-m',), dict(dest='module', action='store_true', help='Profile a library module.',
                       default=False)),
        (('-s', '--sort'), dict(dest='sort', help=_SORT_HELP, default=-1)),
    ))


if __name__ == '__main__':
    main()
