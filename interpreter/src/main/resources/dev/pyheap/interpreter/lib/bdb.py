"""The machinery under a debugger: a trace function that knows when to stop.

A debugger built on this module subclasses Bdb and fills in the user_*
methods; Bdb decides when they run.  Breakpoints live in the Breakpoint class,
shared by every debugger of the program.
"""

# How stopping works.  Bdb.trace_dispatch is installed with sys.settrace and
# as the f_trace of the frames it wants to see.  Every event asks one
# question: should the debugger take over here?  The answer comes from four
# fields that the set_* requests write together (_stop_when):
#
#   stopframe   None: any frame will do (single stepping).  A frame: only
#               that frame (and, for 'next', nothing below it) may stop.
#   stoplineno  with a stopframe, the first line number that may stop in it;
#               -1 means "never stop in it" (continue, return from a
#               generator).
#   returnframe a frame whose return event must stop as well.
#   quitting    once true, every later event raises BdbQuit to unwind.
#
# Breakpoints are a second reason to stop.  The Breakpoint class keeps two
# indexes of all breakpoints (by number, by (file, line)); each Bdb keeps
# self.breaks, the lines per canonical file name that hold one, so that a
# 'call' event can cheaply tell whether a frame's file needs tracing at all.

import fnmatch
import os
import sys
from inspect import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

GENERATOR_AND_COROUTINE_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class BdbQuit(Exception):
    """Raised through the debugged code when the user quits."""


def _suspends(frame):
    # generators and coroutines leave and re-enter their frame at each
    # yield/await, so their call and return events are not real calls
    return bool(frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS)


def _main_namespaces(globals, locals):
    if globals is None:
        import __main__
        globals = __main__.__dict__
    return globals, (globals if locals is None else locals)


class Bdb:
    """Base of debuggers: the trace function and its stopping rules.

    skip, when given, holds glob patterns of module names (a frame's
    __name__ global) in which the debugger never stops.
    """

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        for filename, lineno in Breakpoint.bplist:
            self._remember_line(filename, lineno)

    def canonic(self, filename):
        """The name under which breakpoints of filename are filed.

        Pseudo-file names in angle brackets ("<string>") are kept as they
        are; real ones become absolute and case-normalized.
        """
        if filename[:1] == "<" and filename[-1:] == ">":
            return filename
        known = self.fncache.get(filename)
        if not known:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget where the last run stopped and start single stepping."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._stop_when(None, None)

    # ---- the trace function

    def trace_dispatch(self, frame, event, arg):
        """The trace function: hand each event to its dispatch_* method.

        Returns the trace function to use for the frame from now on.  The
        C-function events of a profile hook change nothing.
        """
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event in ('call', 'return', 'exception'):
            handler = getattr(self, 'dispatch_' + event)
            return handler(frame, arg)
        if event not in ('c_call', 'c_exception', 'c_return'):
            print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def _hand_over(self, hook, *args):
        # run a user_* hook; the user may have asked to quit meanwhile
        hook(*args)
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame):
        """A line is about to run: stop if stepping or at a breakpoint."""
        if self.stop_here(frame) or self.break_here(frame):
            self._hand_over(self.user_line, frame)
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """A frame is entered: trace it only if it may stop."""
        if self.botframe is None:
            # the very first event: everything from the caller down is ours
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        if not (self.stopframe and _suspends(frame)):
            self._hand_over(self.user_call, frame, arg)
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """A frame is left: stop if stepping or if it is the returnframe."""
        if not (self.stop_here(frame) or frame == self.returnframe):
            return self.trace_dispatch
        if self.stopframe and _suspends(frame):
            # a generator yielding while we step over it
            return self.trace_dispatch
        self.frame_returning = frame
        try:
            self.user_return(frame, arg)
        finally:
            self.frame_returning = None
        if self.quitting:
            raise BdbQuit
        if self.stopframe is frame and self.stoplineno != -1:
            # 'next' or 'until' ran off the end of its frame: stop anywhere
            self._stop_when(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """An exception is raised in frame: maybe stop to show it."""
        kind, _, tb = arg
        if self.stop_here(frame):
            # a generator ending normally raises a traceback-less
            # StopIteration, which is no news to the user
            if not (_suspends(frame) and kind is StopIteration and tb is None):
                self._hand_over(self.user_exception, frame, arg)
        elif (self.stopframe and frame is not self.stopframe
              and _suspends(self.stopframe)
              and kind in (StopIteration, GeneratorExit)):
            # the generator being stepped through ends here, in its consumer
            self._hand_over(self.user_exception, frame, arg)
        return self.trace_dispatch

    # ---- deciding

    def is_skipped_module(self, module_name):
        """Whether module_name matches one of the skip patterns."""
        if module_name is None:
            return False
        for pattern in self.skip:
            if fnmatch.fnmatch(module_name, pattern):
                return True
        return False

    def stop_here(self, frame):
        """Whether the stepping request in force stops in frame."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is not self.stopframe:
            return not self.stopframe
        return self.stoplineno != -1 and frame.f_lineno >= self.stoplineno

    def break_here(self, frame):
        """Whether a breakpoint takes effect at frame's current line.

        A function's breakpoint is filed under the function's first line.
        A temporary breakpoint that fires is deleted (through do_clear).
        """
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if lines is None:
            return False
        for lineno in (frame.f_lineno, frame.f_code.co_firstlineno):
            if lineno in lines:
                break
        else:
            return False
        bp, flag = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if flag and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Delete a temporary breakpoint; debuggers must provide it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """Whether frame's file holds any breakpoint."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # ---- what a debugger overrides

    def user_call(self, frame, argument_list):
        """The debugger may stop as frame is entered."""

    def user_line(self, frame):
        """The debugger stops before a line of frame."""

    def user_return(self, frame, return_value):
        """The debugger stops as frame returns return_value."""

    def user_exception(self, frame, exc_info):
        """The debugger stops on an exception raised in frame."""

    # ---- stepping requests

    def _stop_when(self, stopframe, returnframe, stoplineno=0):
        # see the comment at the top of the module
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.stoplineno = stoplineno
        self.quitting = False

    def set_until(self, frame, lineno=None):
        """Run until a line past lineno (default: the next line) of frame,
        or until frame returns."""
        target = frame.f_lineno + 1 if lineno is None else lineno
        self._stop_when(frame, frame, target)

    def set_step(self):
        """Stop at the very next event."""
        leaving = self.frame_returning
        if leaving:
            # the caller we return to may have run untraced so far
            caller = leaving.f_back
            if caller and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._stop_when(None, None)

    def set_next(self, frame):
        """Stop at the next line of frame (or of a frame it returns to)."""
        self._stop_when(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if _suspends(frame):
            self._stop_when(frame, None, -1)
        else:
            self._stop_when(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging in frame (default: the caller's frame)."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        while frame:
            # every frame up the stack gets traced; the outermost one is
            # the bottom of what the debugger shows
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run on, stopping only at breakpoints."""
        self._stop_when(self.botframe, None, -1)
        if self.breaks:
            return
        # with no breakpoint to watch for, tracing can stop altogether
        sys.settrace(None)
        frame = sys._getframe().f_back
        while frame and frame is not self.botframe:
            del frame.f_trace
            frame = frame.f_back

    def set_quit(self):
        """Give up: the next event raises BdbQuit."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # ---- breakpoints

    def _remember_line(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def _forget_line_if_empty(self, filename, lineno):
        # after breakpoints at filename:lineno were deleted
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def set_break(self, filename, lineno, temporary=False, cond=None,
                  funcname=None):
        """Add a breakpoint at filename:lineno.

        Returns None, or a message when the file has no such line.
        """
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._remember_line(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at filename:lineno (None, or a message)."""
        filename = self.canonic(filename)
        lines = self.breaks.get(filename)
        if lines is None:
            return 'There are no breakpoints in %s' % filename
        if lineno not in lines:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._forget_line_if_empty(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete breakpoint number arg (None, or a message)."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._forget_line_if_empty(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint of filename (None, or a message)."""
        filename = self.canonic(filename)
        lines = self.breaks.pop(filename, None)
        if lines is None:
            return 'There are no breakpoints in %s' % filename
        for lineno in lines:
            for bp in Breakpoint.bplist[filename, lineno]:
                bp.deleteMe()
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint (None, or a message if there was none)."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The live breakpoint numbered arg (a string or a number).

        Raises ValueError saying what is wrong with arg.
        """
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        """Whether filename:lineno holds a breakpoint."""
        return lineno in self.breaks.get(self.canonic(filename), ())

    def get_breaks(self, filename, lineno):
        """The breakpoints at filename:lineno (a list, maybe empty)."""
        filename = self.canonic(filename)
        if not self.get_break(filename, lineno):
            return []
        return Breakpoint.bplist[filename, lineno] or []

    def get_file_breaks(self, filename):
        """The lines of filename that hold breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """All lines with breakpoints, by canonical file name."""
        return self.breaks

    # ---- the stack as the user sees it

    def get_stack(self, f, t):
        """The (frame, lineno) pairs from the bottom frame up to f, then
        those of traceback t; and the index of the current entry."""
        if t and t.tb_frame is f:
            t = t.tb_next
        upward = []
        while f is not None:
            upward.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack = upward[::-1]
        current = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            # no bottom frame met: the innermost entry is the current one
            current = max(0, len(stack) - 1)
        return stack, current

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """One line about a stack entry: file(line)function()->result,
        then lprefix and the source line."""
        import linecache
        import reprlib
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        parts = ['%s(%r)' % (filename, lineno),
                 frame.f_code.co_name or "<lambda>", '()']
        if '__return__' in frame.f_locals:
            parts.append('->' + reprlib.repr(frame.f_locals['__return__']))
        if lineno is None:
            parts.append(f'{lprefix}Warning: lineno is None')
        else:
            source = linecache.getline(filename, lineno, frame.f_globals)
            if source:
                parts.append(lprefix + source.strip())
        return ''.join(parts)

    # ---- running code under the debugger

    # run, runeval and runcall install the trace function themselves: the
    # code they start must be the first call it sees (its caller becomes
    # the bottom frame), and nothing may be called between the end of the
    # code and 'quitting' being set, or the debugger would stop in it.

    def run(self, cmd, globals=None, locals=None):
        """Debug the statements cmd (source or code), run by exec()."""
        globals, locals = _main_namespaces(globals, locals)
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug the expression expr, evaluated by eval(); return its value."""
        globals, locals = _main_namespaces(globals, locals)
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            return None
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """run() under its old name."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug the call func(*args, **kwds); return its result."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return func(*args, **kwds)
        except BdbQuit:
            return None
        finally:
            self.quitting = True
            sys.settrace(None)


def set_trace():
    """Debug the caller with a plain Bdb."""
    Bdb().set_trace()


class Breakpoint:
    """A place to stop: a line (or a function's first line) of a file.

    A breakpoint may be temporary (deleted once it fires), disabled, carry
    a condition (an expression evaluated in the frame) and an ignore count.
    The class indexes every breakpoint: bpbynumber[n] is breakpoint n (None
    once deleted), bplist[file, line] the list of those at that place.
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        # for a function's breakpoint: the line where it first stopped
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the class's indexes."""
        place = (self.file, self.line)
        self.bpbynumber[self.number] = None
        here = self.bplist[place]
        here.remove(self)
        if not here:
            del self.bplist[place]

    def enable(self):
        """Let the breakpoint fire."""
        self.enabled = True

    def disable(self):
        """Keep the breakpoint from firing."""
        self.enabled = False

    def bpprint(self, out=None):
        """Write bpformat() to out (default: sys.stdout)."""
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint as pdb's 'break' command lists it."""
        disp = ('del  ' if self.temporary else 'keep ') + \
               ('yes  ' if self.enabled else 'no   ')
        lines = ['%-4dbreakpoint   %s at %s:%d'
                 % (self.number, disp, self.file, self.line)]
        if self.cond:
            lines.append('\tstop only if %s' % (self.cond,))
        if self.ignore:
            lines.append('\tignore next %d hits' % (self.ignore,))
        if self.hits:
            plural = 's' if self.hits > 1 else ''
            lines.append('\tbreakpoint already hit %d time%s' % (self.hits, plural))
        return '\n'.join(lines)

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """Whether breakpoint b is at frame's current line.

    A line breakpoint compares line numbers.  A function breakpoint fires
    in a frame of that function, at the first line it was ever seen
    stopping at (the function's first executable line).
    """
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """The breakpoint at file:line that fires in frame, and whether a
    temporary one may now be deleted: (bp, flag), or (None, None).

    Breakpoints are tried in the order they were set; a disabled one or one
    for another line is passed over; any other counts a hit.  Then a false
    condition or an ignore count (used up by one) passes it over too.  A
    condition that raises makes the breakpoint fire with flag False.
    """
    for bp in Breakpoint.bplist[file, line]:
        if not (bp.enabled and checkfuncname(bp, frame)):
            continue
        bp.hits += 1
        if bp.cond:
            try:
                wanted = eval(bp.cond, frame.f_globals, frame.f_locals)
            except:
                return (bp, False)
            if not wanted:
                continue
        if bp.ignore > 0:
            bp.ignore -= 1
            continue
        return (bp, True)
    return (None, None)
