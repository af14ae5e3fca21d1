"""Fast profiler (CPython's is C): the collector cProfile builds on.

The profiler is its own profile function (``sys.setprofile(self)``).  It keeps
one entry per function: the code object of a Python function, or for a
built-in function the method it calls (so ``a.append`` and ``b.append`` share
one entry, labelled by the method's repr).  A stack of contexts mirrors the
calls in progress: entering a function pushes a context that remembers the
timer's value and the time its own callees took; leaving it pops the context
and adds the elapsed time to the entry (its total only at the outermost level
of a recursion, so recursive time is counted once; each inner return counts
as a recursive call) and to the caller's sub-entry for it, which records the
same figures per (caller, callee) pair.  Returns from frames entered before
the profiler started find no context and are ignored; disable() and clear()
close the contexts still open, as if their functions returned then.

Times are integers: nanoseconds from a float timer (seconds, floored), the
timer's own units from an integer timer with ``timeunit``; getstats() turns
them into seconds with the factor 1/1e9 or ``timeunit``.
"""

import sys
import time as _time

_BUILTIN = type(len)
_MODULE = type(sys)


class profiler_entry(tuple):
    """One function's figures: code, callcount, reccallcount, totaltime,
    inlinetime and calls (a list of profiler_subentry, or None)."""

    n_fields = 6
    n_sequence_fields = 6
    n_unnamed_fields = 0
    _fields = ('code', 'callcount', 'reccallcount', 'totaltime',
               'inlinetime', 'calls')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(cls._fields):
            raise TypeError("_lsprof.%s() takes a %d-sequence (%d-sequence given)"
                            % (cls.__name__, len(cls._fields), len(values)))
        return tuple.__new__(cls, values)

    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])
    calls = property(lambda self: self[5])

    def __repr__(self):
        parts = ", ".join("%s=%r" % (name, value)
                          for name, value in zip(self._fields, self))
        return "_lsprof.%s(%s)" % (type(self).__name__, parts)

    def __reduce__(self):
        return (type(self), (tuple(self),))


class profiler_subentry(profiler_entry):
    """One caller's calls of one function: code, callcount, reccallcount,
    totaltime, inlinetime."""

    n_fields = 5
    n_sequence_fields = 5
    _fields = ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime')
    calls = None


class _Entry:
    __slots__ = ('label', 'tt', 'it', 'callcount', 'reccallcount', 'level',
                 'calls')

    def __init__(self, label):
        self.label = label
        self.tt = 0
        self.it = 0
        self.callcount = 0
        self.reccallcount = 0
        self.level = 0
        self.calls = None       # callee's key -> _Entry used as a sub-entry


class _Context:
    __slots__ = ('t0', 'subt', 'previous', 'entry', 'key')


def _builtin_label(func):
    """How a built-in function is named in the statistics, as CPython's
    collector names a PyCFunction: the repr of the method its receiver's type
    defines, else '<built-in method module.name>'."""
    owner = func.__self__
    name = func.__name__
    if owner is None:
        module = func.__module__
        if isinstance(module, str) and module != 'builtins':
            return '<%s.%s>' % (module, name)
        return '<%s>' % name
    for klass in type(owner).__mro__:
        if name in klass.__dict__:
            return repr(klass.__dict__[name])
    module = func.__module__
    if isinstance(module, str):
        return '<built-in method %s.%s>' % (module, name)
    return '<built-in method %s>' % name


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

        Builds a profiler object using the specified timer function.
        The default timer is a fast built-in one based on real time.
        For custom timer functions returning integers, timeunit can
        be a float specifying a scale (i.e. how long each integer unit
        is, in seconds).
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._entries = {}
        self._context = None
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._timer = timer
        self._timeunit = timeunit

    # -- the profile function ------------------------------------------------

    def _now(self):
        timer = self._timer
        if timer is None:
            return _time.perf_counter_ns()
        value = timer()
        if self._timeunit > 0.0:
            return value.__index__()
        if isinstance(value, float):
            return int(value * 1e9 // 1)
        return value.__index__() * 1000000000

    def __call__(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename == __file__:
            # the profiler's own methods stand for C methods: their calls are
            # built-in calls, what runs inside them is not profiled
            if self._builtins and (event == 'call' or event == 'return'):
                name = code.co_name
                if name in _OWN_METHODS and frame.f_back is not None \
                        and frame.f_back.f_code.co_filename != __file__:
                    key = ('_lsprof', name)
                    if event == 'call':
                        self._enter(key, "<method '%s' of '_lsprof.Profiler' objects>"
                                    % name)
                    else:
                        self._leave(key)
            return
        if event == 'call':
            self._enter(code, code)
        elif event == 'return':
            self._leave(code)
        elif event == 'c_call':
            if self._builtins and type(arg) is _BUILTIN:
                label = _builtin_label(arg)
                self._enter(label, label)
        elif event == 'c_return' or event == 'c_exception':
            if self._builtins and type(arg) is _BUILTIN:
                self._leave(_builtin_label(arg))

    def _enter(self, key, label):
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(label)
        context = _Context()
        context.entry = entry
        context.key = key
        context.subt = 0
        context.previous = self._context
        self._context = context
        entry.level += 1
        if self._subcalls and context.previous is not None:
            sub = self._sub_entry(context.previous.entry, key, entry)
            sub.level += 1
        context.t0 = self._now()

    def _sub_entry(self, caller, key, entry):
        if caller.calls is None:
            caller.calls = {}
        sub = caller.calls.get(key)
        if sub is None:
            sub = caller.calls[key] = _Entry(entry.label)
        return sub

    def _leave(self, key):
        context = self._context
        if context is None:
            return
        entry = self._entries.get(key)
        if entry is None:
            self._context = context.previous
        else:
            self._stop(context, key, entry)

    def _stop(self, context, key, entry):
        elapsed = self._now() - context.t0
        inline = elapsed - context.subt
        if context.previous is not None:
            context.previous.subt += elapsed
        self._context = context.previous
        self._count(entry, elapsed, inline)
        if self._subcalls and context.previous is not None:
            calls = context.previous.entry.calls
            sub = calls.get(key) if calls is not None else None
            if sub is not None:
                self._count(sub, elapsed, inline)

    @staticmethod
    def _count(entry, elapsed, inline):
        entry.level -= 1
        if entry.level == 0:
            entry.tt += elapsed
        else:
            entry.reccallcount += 1
        entry.it += inline
        entry.callcount += 1

    def _flush(self):
        while self._context is not None:
            context = self._context
            self._stop(context, context.key, context.entry)

    # -- the methods ---------------------------------------------------------

    def getstats(self):
        """list of profiler_entry objects.

        getstats() -> list of profiler_entry objects

        Return all information collected by the profiler.
        Each profiler_entry is a tuple-like object with the
        following attributes:

            code          code object
            callcount     how many times this was called
            reccallcount  how many times called recursively
            totaltime     total time in this entry
            inlinetime    inline time in this entry (not in subcalls)
            calls         details of the calls

        The calls attribute is either None or a list of
        profiler_subentry objects:

            code          called code object
            callcount     how many times this is called
            reccallcount  how many times this is called recursively
            totaltime     total time spent in this call
            inlinetime    inline time (not in further subcalls)
        """
        if self._timer is None or self._timeunit == 0.0:
            factor = 1 / 1000000000
        else:
            factor = self._timeunit
        result = []
        for entry in self._entries.values():
            if entry.callcount == 0:
                continue
            calls = None
            if entry.calls is not None:
                calls = [profiler_subentry((sub.label, sub.callcount,
                                            sub.reccallcount, factor * sub.tt,
                                            factor * sub.it))
                         for sub in entry.calls.values()]
            result.append(profiler_entry((entry.label, entry.callcount,
                                          entry.reccallcount, factor * entry.tt,
                                          factor * entry.it, calls)))
        return result

    def enable(self, subcalls=-1, builtins=-1):
        """Start collecting profiling information.

          subcalls
            If True, also records for each function
            statistics separated according to its current caller.
          builtins
            If True, records the time spent in
            built-in functions separately from their caller.
        """
        # -1 (the default) keeps what the constructor or the last enable set
        if subcalls != -1:
            self._subcalls = bool(subcalls)
        if builtins != -1:
            self._builtins = bool(builtins)
        sys.setprofile(self)

    def disable(self):
        """Stop collecting profiling information."""
        sys.setprofile(None)
        self._flush()

    def clear(self):
        """Clear all profiling information collected so far."""
        self._flush()
        self._entries = {}
        self._context = None


_OWN_METHODS = frozenset(('enable', 'disable', 'getstats', 'clear'))
