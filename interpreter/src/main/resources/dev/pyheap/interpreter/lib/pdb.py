#! /usr/bin/env python3

"""
The Python Debugger Pdb
=======================

To use the debugger in its simplest form:

        >>> import pdb
        >>> pdb.run('<a statement>')

The debugger's prompt is '(Pdb) '.  This will stop in the first
function call in <a statement>.

Alternatively, if a statement terminated with an unhandled exception,
you can use pdb's post-mortem facility to inspect the contents of the
traceback:

        >>> <a statement>
        <exception traceback>
        >>> import pdb
        >>> pdb.pm()

The commands recognized by the debugger are listed in the next
section.  Most can be abbreviated as indicated; e.g., h(elp) means
that 'help' can be typed as 'h' or 'help' (but not as 'he' or 'hel',
nor as 'H' or 'Help' or 'HELP').  Optional arguments are enclosed in
square brackets.  Alternatives in the command syntax are separated
by a vertical bar (|).

A blank line repeats the previous command literally, except for
'list', where it lists the next 11 lines.

Commands that the debugger doesn't recognize are assumed to be Python
statements and are executed in the context of the program being
debugged.  Python statements can also be prefixed with an exclamation
point ('!').  This is a powerful way to inspect the program being
debugged; it is even possible to change variables or call functions.
When an exception occurs in such a statement, the exception name is
printed but the debugger's state is not changed.

The debugger supports aliases, which can save typing.  And aliases can
have parameters (see the alias help entry) which allows one a certain
level of adaptability to the context under examination.

Multiple commands may be entered on a single line, separated by the
pair ';;'.  No intelligence is applied to separating the commands; the
input is split at the first ';;', even if it is in the middle of a
quoted string.

If a file ".pdbrc" exists in your home directory or in the current
directory, it is read in and executed as if it had been typed at the
debugger prompt.  This is particularly useful for aliases.  If both
files exist, the one in the home directory is read first and aliases
defined there can be overridden by the local file.  This behavior can be
disabled by passing the "readrc=False" argument to the Pdb constructor.

Aside from aliases, the debugger is not directly programmable; but it
is implemented as a class from which you can derive your own debugger
class, which you can make as fancy as you like.

Debugger commands
=================

"""

# Pdb is a Bdb (it decides where to stop) and a cmd.Cmd (it reads commands
# when stopped).  Each stop calls interaction(): the stack from the bottom
# frame to the current one (and on through a traceback after an exception)
# is set up, the current position printed, and commands read until one of
# them resumes execution (it returns true: step, next, continue ...).

import os
import io
import re
import sys
import cmd
import bdb
import code
import dis
import glob
import pprint
import signal
import inspect
import tokenize
import functools
import traceback
import linecache


class Restart(Exception):
    """Causes a debugger to be restarted for the debugged python program."""
    pass


__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace",
           "post_mortem", "help"]


def find_function(funcname, filename):
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    try:
        fp = tokenize.open(filename)
    except OSError:
        return None
    with fp:
        for lineno, line in enumerate(fp, start=1):
            if pattern.match(line):
                return funcname, filename, lineno
    return None


def lasti2lineno(code, lasti):
    # the line of the last line start at or before the instruction
    starts = list(dis.findlinestarts(code))
    for offset, lineno in reversed(starts):
        if lasti >= offset:
            return lineno
    return 0


class _rstr(str):
    """String that doesn't quote its repr."""
    def __repr__(self):
        return self


line_prefix = '\n-> '


class Pdb(bdb.Bdb, cmd.Cmd):

    _previous_sigint_handler = None

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None,
                 nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit("pdb.Pdb")
        if stdout:
            # a stream of the caller's: prompts go there, not to input()
            self.use_rawinput = 0
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}         # frame -> {expression: last value}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self.tb_lineno = {}          # traceback frame -> line it raised at
        self.allow_kbdint = False
        self.nosigint = nosigint
        self.rcLines = self._read_rc_files() if readrc else []
        self.commands = {}           # breakpoint number -> command lines
        self.commands_doprompt = {}  # ... -> whether to prompt after them
        self.commands_silent = {}    # ... -> whether to skip the position
        self.commands_defining = False
        self.commands_bnum = None

    def sigint_handler(self, signum, frame):
        if self.allow_kbdint:
            raise KeyboardInterrupt
        self.message("\nProgram interrupted. (Use 'cont' to resume).")
        self.set_step()
        self.set_trace(frame)

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        # the stack to show for a stop in frame f (and traceback tb); then
        # the rc file's lines, true when one of them resumed execution
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        for entry in self._traceback_entries(tb):
            # where each traceback frame raised: list marks it with '>>'
            self.tb_lineno[entry.tb_frame] = lasti2lineno(entry.tb_frame.f_code,
                                                          entry.tb_lasti)
        self._focus(self.curindex)
        return self.execRcLines()

    @staticmethod
    def _read_rc_files():
        # ~/.pdbrc then ./.pdbrc, their lines run at the first stop
        lines = []
        for path in (os.path.expanduser('~/.pdbrc'), ".pdbrc"):
            try:
                with open(path, encoding='utf-8') as rc:
                    lines.extend(rc)
            except OSError:
                pass
        return lines

    def execRcLines(self):
        if not self.rcLines:
            return None
        todo = self.rcLines[::-1]
        self.rcLines = []
        while todo:
            line = todo.pop().strip()
            if not line or line.startswith('#'):
                continue
            if self.onecmd(line):
                # a command resumed execution: the rest waits for the
                # next stop
                self.rcLines += reversed(todo)
                return True
        return None

    # -- the hooks Bdb calls

    @staticmethod
    def _traceback_entries(tb):
        while tb:
            yield tb
            tb = tb.tb_next

    def _focus(self, index):
        # make stack[index] the frame commands see; its f_locals is read
        # once and kept, since each read is a new snapshot and what the
        # commands assign must reach the frame when it resumes
        self.curindex = index
        self.curframe = self.stack[index][0]
        self.curframe_locals = self.curframe.f_locals

    def user_call(self, frame, argument_list):
        """A call where stepping may stop: show it and stop."""
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        """A stop before a line (stepping, or a breakpoint)."""
        if self._wait_for_mainpyfile:
            # running a script: nothing stops before its first line
            in_script = self.mainpyfile == self.canonic(frame.f_code.co_filename)
            if not in_script or frame.f_lineno <= 0:
                return
            self._wait_for_mainpyfile = False
        if self.bp_commands(frame):
            self.interaction(frame, None)

    def bp_commands(self, frame):
        """Run the command list of the breakpoint that just fired, if any.

        True when the debugger should then stop as usual; a list that ran
        returns None (its commands decided, maybe prompting themselves).
        """
        number = getattr(self, "currentbp", False)
        if not (number and number in self.commands):
            return 1
        self.currentbp = 0
        keep_lastcmd = self.lastcmd
        self.setup(frame, None)
        for line in self.commands[number]:
            self.onecmd(line)
        self.lastcmd = keep_lastcmd
        if not self.commands_silent[number]:
            self.print_stack_entry(self.stack[self.curindex])
        if self.commands_doprompt[number]:
            self._cmdloop()
        self.forget()
        return None

    def user_return(self, frame, return_value):
        """A stop as frame returns: retval and the stack entry show the value."""
        if self._wait_for_mainpyfile:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        """A stop where an exception is raised: name it, then stop."""
        if self._wait_for_mainpyfile:
            return
        kind, value, tb = exc_info
        frame.f_locals['__exception__'] = kind, value
        # a StopIteration without traceback ends a generator from inside
        internal = not tb and kind is StopIteration
        summary = traceback.format_exception_only(kind, value)[-1].strip()
        self.message(('Internal ' if internal else '') + summary)
        self.interaction(frame, tb)

    # -- the command loop

    def _cmdloop(self):
        # Ctrl-C at the prompt only says so and prompts again
        while True:
            try:
                self.allow_kbdint = True
                self.cmdloop()
                self.allow_kbdint = False
                return
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')

    def preloop(self):
        # show the displayed expressions whose value changed since the last stop
        watched = self.displaying.get(self.curframe)
        if not watched:
            return
        for expr, before in watched.items():
            now = self._getval_except(expr)
            # identity first: a value whose != misbehaves still shows
            if now is not before and now != before:
                watched[expr] = now
                self.message('display %s: %s  [old: %s]' %
                             (expr, self._safe_repr(now, expr),
                              self._safe_repr(before, expr)))

    def interaction(self, frame, traceback):
        # the program was interrupted by Ctrl-C under 'continue': give the
        # program its own SIGINT handler back
        if Pdb._previous_sigint_handler:
            try:
                signal.signal(signal.SIGINT, Pdb._previous_sigint_handler)
            except (ValueError, AttributeError):
                pass
            else:
                Pdb._previous_sigint_handler = None
        if not self.setup(frame, traceback):
            self.print_stack_entry(self.stack[self.curindex])
            self._cmdloop()
        self.forget()

    def displayhook(self, obj):
        """sys.displayhook while a statement typed at the prompt runs: the
        value is printed but builtins._ is left alone."""
        if obj is not None:
            self.message(repr(obj))

    def default(self, line):
        # a Python statement, run in the current frame with the debugger's
        # streams as the program's
        if line[:1] == '!':
            line = line[1:]
        scope = (self.curframe.f_globals, self.curframe_locals)
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            saved = sys.stdout, sys.stdin, sys.displayhook
            sys.stdin, sys.stdout, sys.displayhook = self.stdin, self.stdout, self.displayhook
            try:
                exec(code, *scope)
            finally:
                sys.stdout, sys.stdin, sys.displayhook = saved
        except:
            self._error_exc()

    def precmd(self, line):
        """Expand aliases (%1.. and %* from the words after them) and cut
        the line at ';;', queueing the rest."""
        words = line.split()
        if not words:
            return line
        while words[0] in self.aliases:
            line = self.aliases[words[0]]
            for position, word in enumerate(words[1:], 1):
                line = line.replace("%" + str(position), word)
            line = line.replace("%*", ' '.join(words[1:]))
            words = line.split()
        if words[0] == 'alias':
            # an alias' definition keeps its ';;'
            return line
        head, separator, rest = line.partition(';;')
        if separator:
            self.cmdqueue.append(rest.lstrip())
            line = head.rstrip()
        return line

    def onecmd(self, line):
        """Run one line: a command, or a line of a command list being
        defined."""
        if self.commands_defining:
            return self.handle_command_def(line)
        return cmd.Cmd.onecmd(self, line)

    def handle_command_def(self, line):
        """One line typed after 'commands': record it; true ends the list."""
        command, arg, line = self.parseline(line)
        if not command:
            return None
        number = self.commands_bnum
        if command == 'silent':
            self.commands_silent[number] = True
            return None
        if command == 'end':
            self.cmdqueue = []
            return 1
        self.commands[number].append(command + ' ' + arg if arg else command)
        handler = getattr(self, 'do_' + command, self.default)
        if handler.__name__ not in self.commands_resuming:
            return None
        # a command that resumes the program ends the list
        self.commands_doprompt[number] = False
        self.cmdqueue = []
        return 1

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    # -- the commands

    def do_commands(self, arg):
        """commands [bpnumber]
        (com) ...
        (com) end
        (Pdb)

        Specify a list of commands for breakpoint number bpnumber.
        The commands themselves are entered on the following lines.
        Type a line containing just 'end' to terminate the commands.
        The commands are executed when the breakpoint is hit.

        To remove all commands from a breakpoint, type commands and
        follow it immediately with end; that is, give no commands.

        With no bpnumber argument, commands refers to the last
        breakpoint set.

        You can use breakpoint commands to start your program up
        again.  Simply use the continue command, or step, or any other
        command that resumes execution.

        Specifying any command resuming execution (currently continue,
        step, next, return, jump, quit and their abbreviations)
        terminates the command list (as if that command was
        immediately followed by end).  This is because any time you
        resume execution (even with a simple next or step), you may
        encounter another breakpoint -- which could have its own
        command list, leading to ambiguities about which list to
        execute.

        If you use the 'silent' command in the command list, the usual
        message about stopping at a breakpoint is not printed.  This
        may be desirable for breakpoints that are to print a specific
        message and then continue.  If none of the other commands
        print anything, you will see no sign that the breakpoint was
        reached.
        """
        if arg:
            try:
                number = int(arg)
            except:
                self.error("Usage: commands [bnum]\n        ...\n        end")
                return
        else:
            # the breakpoint set last
            number = len(bdb.Breakpoint.bpbynumber) - 1
        try:
            self.get_bpbynumber(number)
        except ValueError as err:
            self.error('cannot set commands: %s' % err)
            return
        tables = (self.commands, self.commands_doprompt, self.commands_silent)
        previous = None
        if number in self.commands:
            previous = [table[number] for table in tables]
        for table, fresh in zip(tables, ([], True, False)):
            table[number] = fresh
        self.commands_bnum = number
        outer_prompt = self.prompt
        self.prompt = '(com) '
        self.commands_defining = True
        try:
            # handle_command_def takes each line until 'end' or a command
            # that resumes the program
            self.cmdloop()
        except KeyboardInterrupt:
            if previous is None:
                for table in tables:
                    del table[number]
            else:
                for table, kept in zip(tables, previous):
                    table[number] = kept
            self.error('command definition aborted, old commands restored')
        finally:
            self.commands_defining = False
            self.prompt = outer_prompt

    # ---- breakpoints

    def _break_target(self, spec):
        # 'file:line', 'line' or a function (an expression or a name found
        # in the source): (filename or None, lineno, funcname), or None
        # after reporting what is wrong
        if ':' in spec:
            place, _, number = spec.rpartition(':')
            place = place.rstrip()
            found = self.lookupmodule(place)
            if not found:
                self.error('%r not found from sys.path' % place)
                return None
            number = number.lstrip()
            try:
                return found, int(number), None
            except ValueError:
                self.error('Bad lineno: %s' % number)
                return None
        try:
            return None, int(spec), None
        except ValueError:
            pass
        try:
            target = eval(spec, self.curframe.f_globals, self.curframe_locals)
        except:
            target = spec
        try:
            target = getattr(target, '__func__', target)
            code = target.__code__
            return code.co_filename, code.co_firstlineno, code.co_name
        except:
            pass
        name, filename, number = self.lineinfo(spec)
        if not name:
            self.error('The specified object %r is not a function '
                       'or was not found along sys.path.' % spec)
            return None
        return filename, int(number), name

    def _list_breakpoints(self):
        if not self.breaks:
            return
        self.message("Num Type         Disp Enb   Where")
        for bp in bdb.Breakpoint.bpbynumber:
            if bp:
                self.message(bp.bpformat())

    def do_break(self, arg, temporary = 0):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]
        Without argument, list all breaks.

        With a line number argument, set a break at this line in the
        current file.  With a function name, set a break at the first
        executable line of that function.  If a second argument is
        present, it is a string specifying an expression which must
        evaluate to true before the breakpoint is honored.

        The line number may be prefixed with a filename and a colon,
        to specify a breakpoint in another file (probably one that
        hasn't been loaded yet).  The file is searched for on
        sys.path; the .py suffix may be omitted.
        """
        if not arg:
            self._list_breakpoints()
            return
        spec, comma, cond = arg.partition(',')
        if comma and spec:
            arg, cond = spec.rstrip(), cond.lstrip()
        else:
            cond = None
        target = self._break_target(arg)
        if target is None:
            return
        filename, lineno, funcname = target
        filename = filename or self.defaultFile()
        line = self.checkline(filename, lineno)
        if not line:
            return
        err = self.set_break(filename, line, temporary, cond, funcname)
        if err:
            self.error(err)
            return
        bp = self.get_breaks(filename, line)[-1]
        self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    def defaultFile(self):
        """Produce a reasonable default."""
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]
        Same arguments as break, but sets a temporary breakpoint: it
        is automatically deleted when first hit.
        """
        self.do_break(arg, 1)

    def lineinfo(self, identifier):
        # a function name, maybe quoted, maybe 'module.name' or
        # 'self.name': where its def line is, as find_function says
        nothing = (None, None, None)
        quoted = identifier.split("'")
        if len(quoted) not in (1, 3):
            return nothing
        name = quoted[len(quoted) // 2].strip()
        if not name:
            return nothing
        dotted = name.split('.')
        if dotted[0] == 'self':
            dotted = dotted[1:]
            if not dotted:
                return nothing
        where = self.defaultFile()
        if len(dotted) > 1:
            where = self.lookupmodule(dotted[0]) or where
        return find_function(dotted[0] if len(dotted) == 1 else dotted[1], where) or nothing

    def checkline(self, filename, lineno):
        # lineno, if that line can hold a breakpoint; else 0 after a message
        frame = getattr(self, 'curframe', None)
        text = linecache.getline(filename, lineno, frame.f_globals if frame else None)
        if not text:
            self.message('End of file')
            return 0
        text = text.strip()
        if not text or text.startswith(('#', '"""', "'''")):
            self.error('Blank or comment')
            return 0
        return lineno

    def _each_breakpoint(self, arg):
        # the breakpoints numbered in arg; a bad number is reported and skipped
        for word in arg.split():
            try:
                yield self.get_bpbynumber(word)
            except ValueError as err:
                self.error(err)

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]
        Enables the breakpoints given as a space separated list of
        breakpoint numbers.
        """
        for bp in self._each_breakpoint(arg):
            bp.enable()
            self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]
        Disables the breakpoints given as a space separated list of
        breakpoint numbers.  Disabling a breakpoint means it cannot
        cause the program to stop execution, but unlike clearing a
        breakpoint, it remains in the list of breakpoints and can be
        (re-)enabled.
        """
        for bp in self._each_breakpoint(arg):
            bp.disable()
            self.message('Disabled %s' % bp)

    def _first_breakpoint(self, words):
        # the breakpoint numbered by words[0], or None after an error
        if not words:
            self.error('Breakpoint number expected')
            return None
        try:
            return self.get_bpbynumber(words[0].strip())
        except ValueError as err:
            self.error(err)
            return None

    def do_condition(self, arg):
        """condition bpnumber [condition]
        Set a new condition for the breakpoint, an expression which
        must evaluate to true before the breakpoint is honored.  If
        condition is absent, any existing condition is removed; i.e.,
        the breakpoint is made unconditional.
        """
        words = arg.split(' ', 1)
        bp = self._first_breakpoint(words)
        if bp is None:
            return
        bp.cond = words[1] if len(words) > 1 else None
        if bp.cond:
            self.message('New condition set for breakpoint %d.' % bp.number)
        else:
            self.message('Breakpoint %d is now unconditional.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]
        Set the ignore count for the given breakpoint number.  If
        count is omitted, the ignore count is set to 0.  A breakpoint
        becomes active when the ignore count is zero.  When non-zero,
        the count is decremented each time the breakpoint is reached
        and the breakpoint is not disabled and any associated
        condition evaluates to true.
        """
        words = arg.split()
        try:
            count = int(words[1].strip())
        except:
            count = 0
        bp = self._first_breakpoint(words)
        if bp is None:
            return
        bp.ignore = count
        if count <= 0:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)
            return
        crossings = '1 crossing' if count == 1 else '%d crossings' % count
        self.message('Will ignore next %s of breakpoint %d.' % (crossings, bp.number))

    def do_clear(self, arg):
        """cl(ear) filename:lineno
cl(ear) [bpnumber [bpnumber...]]
        With a space separated list of breakpoint numbers, clear
        those breakpoints.  Without argument, clear all breaks (but
        first ask confirmation).  With a filename:lineno argument,
        clear all breaks at that line in that file.
        """
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            if reply.strip().lower() in ('y', 'yes'):
                gone = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in gone:
                    self.message('Deleted %s' % bp)
            return
        if ':' not in arg:
            for bp in self._each_breakpoint(arg):
                self.clear_bpbynumber(bp.number)
                self.message('Deleted %s' % bp)
            return
        # file:line, split at the last colon (a file name may hold one)
        filename, _, number = arg.rpartition(':')
        gone = []
        try:
            lineno = int(number)
        except ValueError:
            err = "Invalid line number (%s)" % number
        else:
            gone = list(self.get_breaks(filename, lineno))
            err = self.clear_break(filename, lineno)
        if err:
            self.error(err)
            return
        for bp in gone:
            self.message('Deleted %s' % bp)

    do_cl = do_clear

    def do_where(self, arg):
        """w(here)
        Print a stack trace, with the most recent frame at the bottom.
        An arrow indicates the "current frame", which determines the
        context of most commands.  'bt' is an alias for this command.
        """
        self.print_stack_trace()

    do_w = do_where
    do_bt = do_where

    def _select_frame(self, number):
        assert 0 <= number < len(self.stack)
        self._focus(number)
        self.print_stack_entry(self.stack[number])
        self.lineno = None

    # ---- moving in the stack and resuming

    def _frame_count(self, arg):
        # the count argument of up/down, or None after an error
        try:
            return int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return None

    def do_up(self, arg):
        """u(p) [count]
        Move the current frame count (default one) levels up in the
        stack trace (to an older frame).
        """
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        count = self._frame_count(arg)
        if count is not None:
            self._select_frame(0 if count < 0 else max(0, self.curindex - count))

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]
        Move the current frame count (default one) levels down in the
        stack trace (to a newer frame).
        """
        newest = len(self.stack) - 1
        if self.curindex == newest:
            self.error('Newest frame')
            return
        count = self._frame_count(arg)
        if count is not None:
            self._select_frame(newest if count < 0 else min(newest, self.curindex + count))

    do_d = do_down

    def do_until(self, arg):
        """unt(il) [lineno]
        Without argument, continue execution until the line with a
        number greater than the current one is reached.  With a line
        number, continue execution until a line with a number greater
        or equal to that is reached.  In both cases, also stop when
        the current frame returns.
        """
        target = None
        if arg:
            try:
                target = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if target <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current '
                           'line number')
                return
        self.set_until(self.curframe, target)
        return 1

    do_unt = do_until

    def do_step(self, arg):
        """s(tep)
        Execute the current line, stop at the first possible occasion
        (either in a function that is called or in the current
        function).
        """
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)
        Continue execution until the next line in the current function
        is reached or it returns.
        """
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_run(self, arg):
        """run [args...]
        Restart the debugged python program. If a string is supplied
        it is split with "shlex", and the result is used as the new
        sys.argv.  History, breakpoints, actions and debugger options
        are preserved.  "restart" is an alias for "run".
        """
        if arg:
            import shlex
            argv0 = sys.argv[0:1]
            try:
                sys.argv = shlex.split(arg)
            except ValueError as e:
                self.error('Cannot run %s: %s' % (arg, e))
                return
            sys.argv[:0] = argv0
        raise Restart

    do_restart = do_run

    def do_return(self, arg):
        """r(eturn)
        Continue execution until the current function returns.
        """
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))
        Continue execution, only stop when a breakpoint is encountered.
        """
        if not self.nosigint:
            try:
                Pdb._previous_sigint_handler = \
                    signal.signal(signal.SIGINT, self.sigint_handler)
            except (ValueError, AttributeError):
                # not the main thread: no interruption of the program
                pass
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_jump(self, arg):
        """j(ump) lineno
        Set the next line that will be executed.  Only available in
        the bottom-most frame.  This lets you jump back and execute
        code again, or jump forward to skip code that you don't want
        to run.

        It should be noted that not all jumps are allowed -- for
        instance it is not possible to jump into the middle of a
        for loop or out of a finally clause.
        """
        if self.curindex != len(self.stack) - 1:
            self.error('You can only jump within the bottom frame')
            return
        try:
            target = int(arg)
        except ValueError:
            self.error("The 'jump' command requires a line number")
            return
        try:
            # setting f_lineno is the jump; the frame refuses bad targets
            self.curframe.f_lineno = target
        except ValueError as e:
            self.error('Jump failed: %s' % e)
            return
        entry = self.stack[self.curindex] = (self.curframe, target)
        self.print_stack_entry(entry)

    do_j = do_jump

    def do_debug(self, arg):
        # a second debugger runs the statement; this one's trace function
        # is off meanwhile, and sys.call_tracing lets the inner one trace
        # although we are inside a trace function
        """debug code
        Enter a recursive debugger that steps through the code
        argument (which is an arbitrary expression or statement to be
        executed in the current environment).
        """
        sys.settrace(None)
        scope = (self.curframe.f_globals, self.curframe_locals)
        inner = Pdb(self.completekey, self.stdin, self.stdout)
        inner.prompt = "(%s) " % self.prompt.strip()
        self.message("ENTERING RECURSIVE DEBUGGER")
        try:
            sys.call_tracing(inner.run, (arg,) + scope)
        except Exception:
            self._error_exc()
        self.message("LEAVING RECURSIVE DEBUGGER")
        sys.settrace(self.trace_dispatch)
        self.lastcmd = inner.lastcmd

    def do_quit(self, arg):
        """q(uit)
exit
        Quit from the debugger. The program being executed is aborted.
        """
        self._user_requested_quit = True
        self.set_quit()
        return 1

    do_q = do_quit
    do_exit = do_quit

    def do_EOF(self, arg):
        """EOF
        Handles the receipt of EOF as a command.
        """
        self.message('')
        self._user_requested_quit = True
        self.set_quit()
        return 1

    def do_args(self, arg):
        """a(rgs)
        Print the argument list of the current function.
        """
        code = self.curframe.f_code
        names = code.co_argcount + code.co_kwonlyargcount
        names += bool(code.co_flags & inspect.CO_VARARGS)
        names += bool(code.co_flags & inspect.CO_VARKEYWORDS)
        values = self.curframe_locals
        for name in code.co_varnames[:names]:
            if name in values:
                self.message('%s = %s' % (name, self._safe_repr(values[name], name)))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval
        Print the return value for the last return of a function.
        """
        scope = self.curframe_locals
        if '__return__' not in scope:
            self.error('Not yet returned!')
            return
        self.message(self._safe_repr(scope['__return__'], "retval"))

    do_rv = do_retval

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    # ---- evaluating

    def _getval_except(self, arg, frame=None):
        # the value of arg, or a marker naming the exception it raised
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except:
            return _rstr('** raised %s **' % self._last_exception_line())

    def _last_exception_line(self):
        return traceback.format_exception_only(*sys.exc_info()[:2])[-1].strip()

    def _error_exc(self):
        self.error(self._last_exception_line())

    def _msg_val_func(self, arg, func):
        # print func(value of arg); errors of either step are reported
        try:
            value = self._getval(arg)
        except:
            return
        try:
            self.message(func(value))
        except:
            self._error_exc()

    def _safe_repr(self, obj, expr):
        # repr(obj), or a line saying how it failed
        try:
            return repr(obj)
        except Exception as e:
            return _rstr(f"*** repr({expr}) failed: {self._format_exc(e)} ***")

    def do_p(self, arg):
        """p expression
        Print the value of the expression.
        """
        self._msg_val_func(arg, repr)

    def do_pp(self, arg):
        """pp expression
        Pretty-print the value of the expression.
        """
        self._msg_val_func(arg, pprint.pformat)

    # ---- showing source

    def _source_of_frame(self):
        # the file list shows for the current frame: a frozen module's
        # code names '<frozen ...>', its __file__ the real one
        filename = self.curframe.f_code.co_filename
        if filename.startswith("<frozen"):
            real = self.curframe.f_globals.get("__file__")
            if isinstance(real, str):
                return real
        return filename

    def _list_range(self, arg):
        # (first, last) lines for list's argument, or None after an error
        if not arg or arg == '.':
            if self.lineno is None or arg == '.':
                first = max(1, self.curframe.f_lineno - 5)
            else:
                first = self.lineno + 1
            return first, first + 10
        try:
            if ',' not in arg:
                first = max(1, int(arg.strip()) - 5)
                return first, first + 10
            first, last = (int(part.strip()) for part in arg.split(','))
        except ValueError:
            self.error('Error in argument: %r' % arg)
            return None
        # 'first, count' when the second number is below the first
        return first, (first + last if last < first else last)

    def do_list(self, arg):
        """l(ist) [first [,last] | .]

        List source code for the current file.  Without arguments,
        list 11 lines around the current line or continue the previous
        listing.  With . as argument, list 11 lines around the current
        line.  With one argument, list 11 lines starting at that line.
        With two arguments, list the given range; if the second
        argument is less than the first, it is a count.

        The current line in the current frame is indicated by "->".
        If an exception is being debugged, the line where the
        exception was originally raised or propagated is indicated by
        ">>", if it differs from the current line.
        """
        self.lastcmd = 'list'
        span = self._list_range(arg)
        if span is None:
            return
        first, last = span
        filename = self._source_of_frame()
        marks = self.get_file_breaks(filename)
        try:
            lines = linecache.getlines(filename, self.curframe.f_globals)
            self._print_lines(lines[first - 1:last], first, marks, self.curframe)
            self.lineno = min(last, len(lines))
            if len(lines) < last:
                self.message('[EOF]')
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_longlist(self, arg):
        """longlist | ll
        List the whole source code for the current function or frame.
        """
        marks = self.get_file_breaks(self.curframe.f_code.co_filename)
        try:
            lines, first = self._getsourcelines(self.curframe)
        except OSError as err:
            self.error(err)
            return
        self._print_lines(lines, first, marks, self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        """source expression
        Try to get source code for the given object and display it.
        """
        try:
            target = self._getval(arg)
        except:
            return
        try:
            lines, first = self._getsourcelines(target)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, first)

    def _print_lines(self, lines, start, breaks=(), frame=None):
        # number, 'B' for a breakpoint, '->' for the current line and '>>'
        # for the line an exception was raised at, a tab, the source
        current = frame.f_lineno if frame else -1
        raised = self.tb_lineno.get(frame, -1) if frame else -1
        for lineno, line in enumerate(lines, start):
            marker = '->' if lineno == current else '>>' if lineno == raised else ''
            gutter = str(lineno).rjust(3).ljust(4) + ('B' if lineno in breaks else ' ')
            self.message(gutter + marker + '\t' + line.rstrip())

    def do_whatis(self, arg):
        """whatis arg
        Print the type of the argument.
        """
        try:
            value = self._getval(arg)
        except:
            return
        for holder, kind in ((lambda v: v.__func__.__code__, 'Method'),
                             (lambda v: v.__code__, 'Function')):
            try:
                code = holder(value)
            except Exception:
                continue
            if code:
                self.message('%s %s' % (kind, code.co_name))
                return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
        else:
            self.message(type(value))

    def do_display(self, arg):
        """display [expression]

        Display the value of the expression if it changed, each time execution
        stops in the current frame.

        Without expression, list all display expressions for the current frame.
        """
        if arg:
            value = self._getval_except(arg)
            self.displaying.setdefault(self.curframe, {})[arg] = value
            self.message('display %s: %s' % (arg, self._safe_repr(value, arg)))
            return
        self.message('Currently displaying:')
        for expr, value in self.displaying.get(self.curframe, {}).items():
            self.message('%s: %s' % (expr, self._safe_repr(value, expr)))

    def do_undisplay(self, arg):
        """undisplay [expression]

        Do not display the expression any more in the current frame.

        Without expression, clear all display expressions for the current frame.
        """
        if not arg:
            self.displaying.pop(self.curframe, None)
            return
        shown = self.displaying.get(self.curframe, {})
        if arg in shown:
            del shown[arg]
        else:
            self.error('not displaying %s' % arg)

    def do_interact(self, arg):
        """interact

        Start an interactive interpreter whose global namespace
        contains all the (global and local) names found in the current scope.
        """
        ns = {**self.curframe.f_globals, **self.curframe_locals}
        code.interact("*interactive*", local=ns)

    def do_alias(self, arg):
        """alias [name [command [parameter parameter ...] ]]
        Create an alias called 'name' that executes 'command'.  The
        command must *not* be enclosed in quotes.  Replaceable
        parameters can be indicated by %1, %2, and so on, while %* is
        replaced by all the parameters.  If no command is given, the
        current alias for name is shown. If no name is given, all
        aliases are listed.

        Aliases may be nested and can contain anything that can be
        legally typed at the pdb prompt.  Note!  You *can* override
        internal pdb commands with aliases!  Those internal commands
        are then hidden until the alias is removed.  Aliasing is
        recursively applied to the first word of the command line; all
        other words in the line are left alone.

        As an example, here are two useful aliases (especially when
        placed in the .pdbrc file):

        # Print instance variables (usage "pi classInst")
        alias pi for k in %1.__dict__.keys(): print("%1.",k,"=",%1.__dict__[k])
        # Print instance variables in self
        alias ps pi self
        """
        words = arg.split()
        if not words:
            for name in sorted(self.aliases):
                self.message("%s = %s" % (name, self.aliases[name]))
        elif len(words) > 1:
            self.aliases[words[0]] = ' '.join(words[1:])
        elif words[0] in self.aliases:
            self.message("%s = %s" % (words[0], self.aliases[words[0]]))
        else:
            self.error(f"Unknown alias '{words[0]}'")

    def do_unalias(self, arg):
        """unalias name
        Delete the specified alias.
        """
        words = arg.split()
        if words:
            self.aliases.pop(words[0], None)

    # the commands after which execution resumes (they end a command list)
    commands_resuming = ['do_continue', 'do_step', 'do_next', 'do_return',
                         'do_quit', 'do_jump']

    def print_stack_trace(self):
        try:
            for entry in self.stack:
                self.print_stack_entry(entry)
        except KeyboardInterrupt:
            pass

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        marker = '> ' if frame_lineno[0] is self.curframe else '  '
        self.message(marker + self.format_stack_entry(frame_lineno, prompt_prefix))

    def do_help(self, arg):
        """h(elp)
        Without argument, print the list of available commands.
        With a command name as argument, print help about that command.
        "help pdb" shows the full pdb documentation.
        "help exec" gives help on the ! command.
        """
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        topic = getattr(self, 'help_' + arg, None)
        if topic is not None:
            return topic()
        command = getattr(self, 'do_' + arg, None)
        if command is None:
            self.error('No help for %r' % arg)
        elif sys.flags.optimize >= 2:
            self.error('No help for %r; please do not run Python with -OO '
                       'if you need command help' % arg)
        elif command.__doc__ is None:
            self.error('No help for %r; __doc__ string missing' % arg)
        else:
            self.message(command.__doc__.rstrip())

    do_h = do_help

    def help_exec(self):
        """(!) statement
        Execute the (one-line) statement in the context of the current
        stack frame.  The exclamation point can be omitted unless the
        first word of the statement resembles a debugger command.  To
        assign to a global variable you must always prefix the command
        with a 'global' command, e.g.:
        (Pdb) global list_options; list_options = ['-l']
        (Pdb)
        """
        self.message((self.help_exec.__doc__ or '').strip())

    def help_pdb(self):
        help()

    def lookupmodule(self, filename):
        # a path, a file beside the main script, or a module name ('.py'
        # added) searched along sys.path, following directory symlinks
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        beside = os.path.join(sys.path[0], filename)
        if os.path.exists(beside) and self.canonic(beside) == self.mainpyfile:
            return beside
        if not os.path.splitext(filename)[1]:
            filename += '.py'
        if os.path.isabs(filename):
            return filename
        for entry in sys.path:
            while os.path.islink(entry):
                entry = os.readlink(entry)
            candidate = os.path.join(entry, filename)
            if os.path.exists(candidate):
                return candidate
        return None

    def _format_exc(self, exc):
        return traceback.format_exception_only(exc)[-1].strip()

    def _getsourcelines(self, obj):
        # a module's frame has line 0 from inspect: it starts at line 1
        lines, lineno = inspect.getsourcelines(obj)
        return lines, max(1, lineno)


# the module's documentation ends with every command's help
if __doc__ is not None:
    for _command in ['help', 'where', 'down', 'up', 'break', 'tbreak', 'clear',
                     'disable', 'enable', 'ignore', 'condition', 'commands',
                     'step', 'next', 'until', 'jump', 'return', 'retval', 'run',
                     'continue', 'list', 'longlist', 'args', 'p', 'pp', 'whatis',
                     'source', 'display', 'undisplay', 'interact', 'alias',
                     'unalias', 'debug', 'quit']:
        __doc__ += getattr(Pdb, 'do_' + _command).__doc__.strip() + '\n\n'
    __doc__ += Pdb.help_exec.__doc__
    del _command


# Simplified interface

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


# Post-Mortem interface

def post_mortem(t=None):
    if t is None:
        # the exception being handled, if any
        t = sys.exc_info()[2]
    if t is None:
        raise ValueError("A valid traceback must be passed if no "
                         "exception is being handled")
    p = Pdb()
    p.reset()
    p.interaction(None, t)


def pm():
    post_mortem(sys.last_traceback)


def help():
    import pydoc
    pydoc.pager(__doc__)
