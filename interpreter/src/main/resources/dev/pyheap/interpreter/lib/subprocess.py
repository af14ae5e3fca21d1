"""Child processes: run, Popen, call, check_call, check_output, getoutput, getstatusoutput, with
PIPE, STDOUT and DEVNULL, text mode, timeouts, CompletedProcess, CalledProcessError and
TimeoutExpired as CPython 3.11's subprocess has them.

Written over the interpreter's _subprocess module (Java, over java.lang.ProcessBuilder), which
names a child by its pid. A child's standard streams are the parent's (None), a pipe (PIPE), the
null device (DEVNULL), stderr into stdout (STDOUT), a file open() made for writing (the child
opens its path again and writes at its end: a real file descriptor cannot be handed over) or
for reading (read from its start), or the standard streams. The child's environment is
the environment os.environ and os.putenv set (or env). Not here: preexec_fn, pass_fds, user/group, start_new_session and the other
POSIX process options (accepted only with their default values); send_signal knows SIGTERM and
SIGKILL only.
"""

import os
import sys
import _subprocess
import io
from io import _Lines

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


def _translate(data):
    """Universal newlines: \\r\\n and \\r become \\n."""
    return data.replace('\r\n', '\n').replace('\r', '\n')


class _Pipe(_Lines):
    """One end of a pipe to the child (Popen.stdin, .stdout, .stderr): bytes, or text when the
    Popen is in text mode."""

    def __init__(self, pid, fd, text, encoding, errors):
        self._pid = pid
        self._fd = fd
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False
        self.mode = ('w' if fd == 0 else 'r') + ('' if text else 'b')

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file." if self._text else "I/O operation on closed file")

    def _decode(self, data):
        return _translate(data.decode(self._encoding, self._errors)) if self._text else data

    def read(self, size=-1):
        self._check()
        return self._decode(_subprocess.read(self._pid, self._fd, -1 if size is None else size))

    def readline(self):
        self._check()
        return self._decode(_subprocess.readline(self._pid, self._fd))

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            _subprocess.write(self._pid, data.encode(self._encoding, self._errors))
            return len(data)
        return _subprocess.write(self._pid, bytes(data))

    def flush(self):
        self._check()

    def readable(self):
        return self._fd != 0

    def writable(self):
        return self._fd == 0

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._pid, self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        kind = '_io.TextIOWrapper' if self._text else ('_io.BufferedWriter' if self._fd == 0 else '_io.BufferedReader')
        return f"<{kind} name={self._fd}>"


def _stream(value, name, reading):
    """What _subprocess.spawn takes for one of stdin/stdout/stderr."""
    if value is None:
        return 0
    if value in (PIPE, DEVNULL) or (value == STDOUT and name == 'stderr'):
        return value
    if isinstance(value, int):
        if value < 0:
            raise OSError(9, "Bad file descriptor")
        if reading:
            if value == 0:
                return 0
            # a child reads only from a file, a pipe to it, or the process's stdin
            raise OSError(9, "Bad file descriptor")
        # the child's output goes to the descriptor (a file, a pipe, the process's stdout) as it comes
        return 'd:%d' % value
    if not reading and isinstance(getattr(value, 'file', value), io.IOBase) and not value.closed:
        # a file open() or tempfile made: what it buffers first, then the child's output: a named
        # file opened again by the child at its end (stdout and stderr in the order written), a
        # file without a name through its descriptor
        fileno = value.fileno()
        if fileno not in (0, 1, 2):
            value.flush()
            path = getattr(value, 'name', None)
            if isinstance(path, str):
                return 'a:' + os.path.abspath(path)
            return 'd:%d' % fileno
    path = getattr(value, 'name', None)
    if reading and isinstance(path, str) and not path.startswith('<'):
        return 'r:' + os.path.abspath(path)
    fileno = value.fileno()
    if fileno in (0, 1, 2):
        return 0 if reading else 'd:%d' % fileno
    raise ValueError(f"{name}: only files open() made and the standard streams can be given to a child")


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self._closed_child = False
        if preexec_fn is not None or pass_fds or user is not None or group is not None \
                or extra_groups is not None or umask != -1 or process_group is not None \
                or start_new_session:
            raise NotImplementedError("preexec_fn, pass_fds, user, group, umask, process groups and "
                                      "sessions are not supported")
        if pipesize is None:
            pipesize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if universal_newlines is not None and text is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines
        enc = encoding or 'utf-8'
        err = errors or 'strict'

        self._execute_child(args, executable, cwd, env, shell, stdin, stdout, stderr)
        self._pipes = (stdin == PIPE, stdout == PIPE, stderr == PIPE)
        if stdin == PIPE:
            self.stdin = _Pipe(self.pid, 0, self.text_mode, enc, err)
        if stdout == PIPE:
            self.stdout = _Pipe(self.pid, 1, self.text_mode, enc, err)
        if stderr == PIPE:
            self.stderr = _Pipe(self.pid, 2, self.text_mode, enc, err)

    def _execute_child(self, args, executable, cwd, env, shell, stdin, stdout, stderr):
        """Starts the child (its argv, environment and directory checked here, as CPython does)."""
        if isinstance(args, (str, bytes)) or hasattr(type(args), '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        argv = [os.fsdecode(a) for a in argv]
        if executable is not None:
            argv[0] = os.fsdecode(executable)
        environment = os._c_environ if env is None else env
        env_list = []
        for key, value in environment.items():
            key, value = os.fsdecode(key), os.fsdecode(value)
            if '=' in key:
                raise ValueError("illegal environment variable name")
            env_list.append(key + '=' + value)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        self.pid = _subprocess.spawn(tuple(argv), cwd, tuple(env_list),
                                     _stream(stdin, 'stdin', True), _stream(stdout, 'stdout', False),
                                     _stream(stderr, 'stderr', False))

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr, self.stdin):
            if pipe:
                pipe.close()
        self.wait()

    def __del__(self):
        if self.pid is not None and self.returncode is not None:
            _subprocess.release(self.pid)

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        return _translate(data.decode(self.encoding or 'utf-8', self.errors or 'strict'))

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their end, wait for the process; returns
        (stdout_data, stderr_data)."""
        if self.stdin is not None and self.stdin.closed and input:
            raise ValueError("Invalid file object: " + repr(self.stdin))
        if input is not None and self.stdin is None:
            input = None
        if input is not None and self.text_mode:
            input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        result = _subprocess.communicate(self.pid, input, _nanos(timeout),
                                         self.stdout is not None and not self.stdout.closed,
                                         self.stderr is not None and not self.stderr.closed)
        if self.stdin is not None:
            self.stdin.closed = True
        if result is None:
            raise TimeoutExpired(self.args, timeout)
        for pipe in (self.stdout, self.stderr):
            if pipe is not None:
                pipe.closed = True
        self.wait()
        return self._decode(result[0]), self._decode(result[1])

    def poll(self):
        """The return code once the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; its return code (TimeoutExpired after timeout seconds)."""
        if self.returncode is None:
            code = _subprocess.wait(self.pid, _nanos(timeout))
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            _subprocess.signal(self.pid, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


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

