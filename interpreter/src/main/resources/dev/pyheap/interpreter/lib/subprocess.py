"""Child processes: run, Popen, call, check_call, check_output, getoutput, getstatusoutput, with
PIPE, STDOUT and DEVNULL, text mode, timeouts, CompletedProcess, CalledProcessError and
TimeoutExpired as CPython 3.11's subprocess has them on Linux.

Written over the interpreter's _subprocess module (Java), which starts a child with the C
library's posix_spawn and waits for it with waitpid, as _posixsubprocess and the posix module do:
a child ended by signal N has returncode -N. The pipes to a child are descriptors of the process,
so Popen.stdin/stdout/stderr are the io objects CPython makes (open(fd, 'rb', bufsize), a
TextIOWrapper over it in text mode), fileno() is theirs and a pipe can be another child's stdin.
A child's stream may also be a file open() made (the child opens its path again: for writing at
its end, for reading from its start), the null device or the interpreter's standard streams
(the child's output is copied to them as it comes). pass_fds, close_fds, start_new_session,
process_group and restore_signals are the spawn's; communicate reads each pipe in a thread of its
own (CPython's way on Windows), so a TimeoutExpired loses nothing. umask is the parent's own for
the moment of the spawn. Not here: preexec_fn (no Python code can run between fork and exec), and
user, group and extra_groups other than the process's own ids.
"""

import os
import sys
import _subprocess
import io

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
            7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
            13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# The errors' stdout: an alias of their output attribute.
_stdout = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout


def _stream(value, name):
    """What _subprocess.spawn takes for one of stdin/stdout/stderr: None, PIPE, DEVNULL, STDOUT
    or a descriptor."""
    if value is None or value in (PIPE, DEVNULL) or (value == STDOUT and name == 'stderr'):
        return value
    if isinstance(value, int):
        return value
    fileno = value.fileno()
    if fileno > 2 and name != 'stdin' and isinstance(getattr(value, 'file', value), io.IOBase):
        # the child writes after what the file object holds (it opens the file again at its end)
        value.flush()
    return fileno


def _ids(user, group, extra_groups):
    """The child's (uid, gid, groups) as Popen checks them, each None when not asked for. The spawn
    cannot change them in the child; ids the process already has need no change, others are
    refused in a NotImplementedError naming them."""
    gid = None
    if group is not None:
        if isinstance(group, str):
            import grp
            gid = grp.getgrnam(group).gr_gid
        elif isinstance(group, int):
            gid = group
        else:
            raise TypeError("Group must be a string or an integer, not {}".format(type(group)))
        if gid < 0:
            raise ValueError(f"Group ID cannot be negative, got {gid}")
    gids = None
    if extra_groups is not None:
        gids = []
        for g in extra_groups:
            if isinstance(g, str):
                import grp
                gids.append(grp.getgrnam(g).gr_gid)
            elif isinstance(g, int):
                gids.append(g)
            else:
                raise TypeError("Items in extra_groups must be a string or integer, not {}".format(type(g)))
        for g in gids:
            if g < 0:
                raise ValueError(f"Group ID cannot be negative, got {g}")
    uid = None
    if user is not None:
        if isinstance(user, str):
            import pwd
            uid = pwd.getpwnam(user).pw_uid
        elif isinstance(user, int):
            uid = user
        else:
            raise TypeError("User must be a string or an integer")
        if uid < 0:
            raise ValueError(f"User ID cannot be negative, got {uid}")
    changes = []
    if uid is not None and not (uid == os.getuid() == os.geteuid()):
        changes.append(f"user {uid}")
    if gid is not None and not (gid == os.getgid() == os.getegid()):
        changes.append(f"group {gid}")
    if gids is not None and sorted(set(gids)) != sorted(set(os.getgroups())):
        changes.append(f"extra_groups {gids}")
    if changes:
        raise NotImplementedError("a child cannot be started with other ids than the process's ("
                                  + ", ".join(changes) + ")")
    return uid, gid, gids


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self._waitpid_lock = None
        self._input = None
        self._communication_started = False
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        if preexec_fn is not None:
            # the JVM cannot run Python code in a forked child before its exec
            raise NotImplementedError("preexec_fn is not supported: start_new_session, process_group, "
                                      "restore_signals, umask and cwd cover its usual uses")
        ids = _ids(user, group, extra_groups)
        if pipesize is None:
            pipesize = -1
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            import locale
            self.encoding = encoding = locale.getencoding()
        else:
            self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if universal_newlines is not None and text is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = bool(self.text_mode)
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1  # the binary streams under the text layer cannot buffer by lines
        if process_group is None:
            process_group = -1

        # the child's umask is the parent's at the spawn: the parent's own is put back at once
        old_umask = os.umask(umask) if umask >= 0 else -1
        try:
            p2cwrite, c2pread, errread = self._execute_child(
                args, executable, close_fds, pass_fds, cwd, env, shell, stdin, stdout, stderr,
                restore_signals, start_new_session, process_group)
        finally:
            if old_umask >= 0:
                os.umask(old_umask)
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        if c2pread != -1:
            self.stdout = io.open(c2pread, 'rb', bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding, errors=errors)
        if errread != -1:
            self.stderr = io.open(errread, 'rb', bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding, errors=errors)

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell, stdin, stdout,
                       stderr, restore_signals, start_new_session, process_group):
        """Starts the child (its argv, environment and directory checked here, as CPython does):
        the parent's ends of the pipes made for it, -1 for none."""
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        orig_executable = executable
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsencode(k)
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + b'=' + os.fsencode(v))
        else:
            env_list = [os.fsencode(k) + b'=' + os.fsencode(v) for k, v in os._c_environ.items()]
        executable = os.fsencode(executable)
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(os.path.join(os.fsencode(dir), executable)
                                    for dir in os.get_exec_path(env))
        argv = tuple(os.fsencode(a) for a in args)
        if cwd is not None:
            cwd = os.fsencode(cwd)
            # the child's chdir fails before its exec: the directory is named, as _posixsubprocess names it
            try:
                if not os.path.isdir(os.fsdecode(cwd)):
                    os.listdir(os.fsdecode(cwd))
            except OSError as e:
                raise type(e)(e.errno, os.strerror(e.errno), os.fsdecode(cwd)) from None
        fds_to_keep = tuple(sorted(set(int(fd) for fd in pass_fds)))
        pid, p2cwrite, c2pread, errread = _subprocess.spawn(
            executable_list, argv, tuple(env_list), cwd, _stream(stdin, 'stdin'),
            _stream(stdout, 'stdout'), _stream(stderr, 'stderr'), fds_to_keep, close_fds,
            start_new_session, process_group, restore_signals)
        if pid < 0:
            raise OSError(-pid, os.strerror(-pid), orig_executable)
        self.pid = pid
        return p2cwrite, c2pread, errread

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def __del__(self):
        if self.pid is not None and self.returncode is not None:
            _subprocess.release(self.pid)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # the child does not read its input
            except OSError as exc:
                if exc.errno != 22:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != 22:
                raise

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their end, wait for the process; returns
        (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True
            self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def _readerthread(self, fh, buffer):
        buffer.append(fh.read())
        fh.close()

    def _communicate(self, input, endtime, orig_timeout):
        """Each output pipe read to its end by a thread of its own, the input written meanwhile;
        after a TimeoutExpired the threads go on, and the next call collects what they read."""
        import threading
        if self.stdout and not hasattr(self, "_stdout_buff"):
            self._stdout_buff = []
            self.stdout_thread = threading.Thread(target=self._readerthread,
                                                  args=(self.stdout, self._stdout_buff), daemon=True)
            self.stdout_thread.start()
        if self.stderr and not hasattr(self, "_stderr_buff"):
            self._stderr_buff = []
            self.stderr_thread = threading.Thread(target=self._readerthread,
                                                  args=(self.stderr, self._stderr_buff), daemon=True)
            self.stderr_thread.start()
        if self.stdin and not self._communication_started:
            self._stdin_write(input)
        for name in ('stdout', 'stderr'):
            if getattr(self, name) is not None:
                thread = getattr(self, name + '_thread')
                remaining = self._remaining_time(endtime)
                thread.join(None if remaining is None else max(remaining, 0))
                if thread.is_alive():
                    raise TimeoutExpired(self.args, orig_timeout)
        stdout = self._stdout_buff[0] if self.stdout is not None and self._stdout_buff else None
        stderr = self._stderr_buff[0] if self.stderr is not None and self._stderr_buff else None
        return (stdout, stderr)

    def poll(self):
        """The return code once the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; its return code (TimeoutExpired after timeout seconds)."""
        if self.returncode is None:
            if timeout is not None and timeout < 0:
                timeout = 0
            code = _subprocess.wait(self.pid, _nanos(timeout))
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        """Send signal sig to the child (nothing once it has been waited for)."""
        self.poll()
        if self.returncode is None:
            _subprocess.signal(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def _time():
    import time
    return time.monotonic()


def _nanos(timeout):
    if timeout is None:
        return -1
    return max(0, int(timeout * 1e9))


class CompletedProcess:
    """A process that has finished running: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it to end and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; return 0, or raise CalledProcessError for a non-zero exit."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output (CalledProcessError for a non-zero exit)."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def list2cmdline(seq):
    """One command line from a sequence of arguments, quoted as the MS C runtime parses them:
    an argument with a space or a tab, or an empty one, goes in double quotes; a double quote is
    escaped by a backslash, and the backslashes right before one (or before the closing quote)
    are doubled; other backslashes stay as they are."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        out = []
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
                continue
            if c == '"':
                out.append('\\' * (2 * backslashes + 1) + '"')
            else:
                out.append('\\' * backslashes + c)
            backslashes = 0
        if quote:
            out.append('\\' * (2 * backslashes))
            parts.append('"' + ''.join(out) + '"')
        else:
            out.append('\\' * backslashes)
            parts.append(''.join(out))
    return ' '.join(parts)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell; a trailing newline is stripped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]

