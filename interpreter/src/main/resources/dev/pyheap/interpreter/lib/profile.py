"""Class for profiling Python code."""

# The pure-Python profiler: its profile function charges the time between two
# events to the function running when it happened.  Each frame being profiled
# has a record on a stack of its own (self.cur, a 6-tuple chained to its
# parent's): the time its parent is still owed, the time spent in the
# function itself, the time spent in its callees, its label, the frame, the
# parent record.  Leaving a frame moves its totals into self.timings[label] =
# (calls not counting recursion, frames of it on the stack minus one, own
# time, cumulative time, {caller label: calls}).  Two fake frames start the
# stack: 'profiler' and the command being run (profile:0(...) in reports).
# The time the profile function itself takes is kept out of the totals: the
# timer is read at the start of an event and again at its end.

import io
import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """What run() and runctx() of profile and cProfile share."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under profiler optionally saving results in filename

    This function takes a single argument that can be passed to the
    "exec" statement, and an optional file name.  In all cases this
    routine attempts to "exec" its first argument and gather profiling
    statistics from the execution. If no file name is present, then this
    function automatically prints a simple profiling report, sorted by the
    standard name string (file/line/function-name) that is presented in
    each line.
    """
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Run statement under profiler, supplying your own globals and locals,
    optionally saving results in filename.

    statement and filename have the same semantics as profile.run
    """
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profiler class (see the comment at the top of the module)."""

    bias = 0  # calibration constant

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = self.timer()
            try:
                parts = len(sample)
            except TypeError:
                # a timer returning one number
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                # a timer returning a sequence: its sum is the time
                if parts == 2:
                    self.dispatcher = self.trace_dispatch
                else:
                    self.dispatcher = self.trace_dispatch_l

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # -- the profile functions: elapsed time since the last event, less bias,
    # then the event's handler; if it recorded the time, the clock restarts
    # now, else the unrecorded time is carried to the next event

    def trace_dispatch(self, frame, event, arg):
        timer = self.timer
        now = timer()
        t = now[0] + now[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            now = timer()
            self.t = now[0] + now[1]
        else:
            now = timer()
            self.t = now[0] + now[1] - t

    def trace_dispatch_i(self, frame, event, arg):
        timer = self.timer
        t = timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer()
        else:
            self.t = timer() - t

    def trace_dispatch_mac(self, frame, event, arg):
        timer = self.timer
        t = timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = timer() / 60.0
        else:
            self.t = timer() / 60.0 - t

    def trace_dispatch_l(self, frame, event, arg):
        get_time = self.get_time
        t = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = get_time()
        else:
            self.t = get_time() - t

    # -- the handlers

    def trace_dispatch_exception(self, frame, t):
        parent_owed, own, sub, label, rframe, parent = self.cur
        if rframe is not frame and parent:
            # the exception left a frame without a return event
            return self.trace_dispatch_return(rframe, t)
        self.cur = parent_owed, own + t, sub, label, rframe, parent
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # a sibling of the current frame: the current one left unseen
            rframe = self.cur[-2]
            if not isinstance(rframe, Profile.fake_frame):
                assert rframe.f_back is frame.f_back, ("Bad call", self.cur[-3],
                                                       rframe, rframe.f_back,
                                                       frame, frame.f_back)
                self.trace_dispatch_return(rframe, 0)
                assert (self.cur is None or
                        frame.f_back is self.cur[-2]), ("Bad call",
                                                        self.cur[-3])
        code = frame.f_code
        label = (code.co_filename, code.co_firstlineno, code.co_name)
        self._push(label, frame, t)
        return 1

    def trace_dispatch_c_call(self, frame, t):
        self._push(("", 0, self.c_func_name), frame, t)
        return 1

    def _push(self, label, frame, t):
        self.cur = (t, 0, 0, label, frame, self.cur)
        timings = self.timings
        if label in timings:
            cc, ns, tt, ct, callers = timings[label]
            timings[label] = cc, ns + 1, tt, ct, callers
        else:
            timings[label] = 0, 0, 0, 0, {}

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            # the return of the caller of the current frame: close that first
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)

        parent_owed, own, sub, label, frame, parent = self.cur
        own = own + t
        frame_total = own + sub

        p_owed, p_own, p_sub, p_label, p_frame, p_parent = parent
        self.cur = (p_owed, p_own + parent_owed, p_sub + frame_total,
                    p_label, p_frame, p_parent)

        timings = self.timings
        cc, ns, tt, ct, callers = timings[label]
        if not ns:
            # the outermost frame of the function: its whole time counts
            ct = ct + frame_total
            cc = cc + 1
        callers[p_label] = callers.get(p_label, 0) + 1
        timings[label] = cc, ns - 1, tt + own, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    def set_cmd(self, cmd):
        if self.cur[-1]:
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
        code = self.fake_code('profile', 0, name)
        parent_frame = self.cur[-2] if self.cur else None
        self.dispatch['call'](self, self.fake_frame(code, parent_frame), 0)

    def simulate_cmd_complete(self):
        # return from every frame left on the stack, the time since the last
        # event charged to the innermost
        get_time = self.get_time
        t = get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = get_time() - t

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
        self.stats = {}
        for label, (cc, ns, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[label] = cc, sum(callers.values()), tt, ct, callers

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

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
