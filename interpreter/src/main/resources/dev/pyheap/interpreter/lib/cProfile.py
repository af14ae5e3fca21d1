"""Python interface for the 'lsprof' profiler.
   Compatible with the 'profile' module.
"""

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import io
import profile as _pyprofile

# The functions and methods here are placed so that the one a profile can
# show, Profile.__exit__ (it is running when a with-block's profiling stops),
# is on the line CPython's is on.


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals,
                                             filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        # pstats' layout: {label: (primitive calls, calls, own time,
        # cumulative time, {caller label: (calls, primitive calls, own time,
        # cumulative time)})}, where a label is (file, first line, name) for
        # Python code and ('~', 0, text) for a built-in.  The collector's
        # entries list, for each function, the functions it called
        # (sub-entries); turned around here, they become each callee's
        # callers.  A sub-entry is matched to the callee's entry by the
        # identity of its code object (or built-in label), so two code
        # objects with one label stay apart until their rows are stored.
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[label(entry.code)] = (
                entry.callcount - entry.reccallcount, entry.callcount,
                entry.inlinetime, entry.totaltime, callers)
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                cc = nc - sub.reccallcount
                tt = sub.inlinetime
                ct = sub.totaltime
                if caller in callers:
                    pnc, pcc, ptt, pct = callers[caller]
                    nc += pnc
                    cc += pcc
                    tt += ptt
                    ct += pct
                callers[caller] = nc, cc, tt, ct

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        # profiles one call; its result is returned
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        # profiling spans the with-block
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)       # a built-in ('~' sorts after paths)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import pstats
    return _pyprofile._command_line('cProfile.py', runctx, (
        _pyprofile._OUTFILE,
        (('-s', '--sort'), dict(dest='sort', help=_pyprofile._SORT_HELP, default=2,
                                choices=sorted(pstats.Stats.sort_arg_dict_default))),
        (('-m',), dict(dest='module', action='store_true', help='Profile a library module',
                       default=False)),
    ))


if __name__ == '__main__':
    main()
