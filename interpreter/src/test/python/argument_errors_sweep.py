"""Differential sweep of the errors bad calls into the standard library's modules raise.

For every public callable of the modules below (functions, classes' constructors, and the methods of
an instance of each class the module's own constructor gives without arguments, or with the
arguments in INSTANCES), it plans calls CPython's C functions refuse or accept by their argument
checks: no arguments, one too many, an unknown keyword, each parameter by keyword, and each of a few
wrong values (None, a str, a float, a list, a huge int, a negative int) in each parameter's place.
The plan is made once, under this python3; each module's calls then run in a subprocess under
python3 and under pyheap, each in a fresh temporary folder, and every call's outcome is compared:
`TypeName: message` of the exception, or `ok` (values returned are not compared).

  python3 argument_errors_sweep.py [--pyheap PATH] [--show N] [MODULE...]

Prints the modules' counts of calls and of differences, then up to N differences per module.

Calls with effects outside the child are never made (SKIP below: removing or renaming files,
exiting, forking and executing, signals, sleeping, blocking reads, waits, select and accept,
network look-ups, hooks that would run later, process-wide settings such as the recursion limit
and the umask, time.pthread_getcpuclockid, on which CPython 3.11 itself crashes); a module run
past its time limit is reported as such. A call that ends the interpreter's process is recorded
as `CRASH: ...` and the calls after it are made in a new process.
"""

import json
import os
import subprocess
import sys
import tempfile

# The modules CPython writes in C, each by the name programs reach it through (struct for _struct...)
MODULES = ['math', 'cmath', 'time', 'os', 'zlib', 'binascii', 'struct', 'select', 'socket', '_random', 'array',
           'itertools', 'functools', 'collections', 'errno', 'sys', 'gc', '_weakref', 'io', 'unicodedata', 'bisect',
           'heapq', 'operator', 'datetime', 'atexit', 'abc', 'marshal', 'resource', 'fcntl', 'pwd', 'grp', 'codecs',
           'hashlib', 'bz2', 'lzma', 'csv', 'locale', 'mmap', 'stat', 'syslog', 'tracemalloc', 'warnings',
           'contextvars', 'queue', 'audioop', 'pickle', 'termios', 'json', 'weakref', 'string', 'random']

SKIP = {
    'os': {'abort', '_exit', 'fork', 'forkpty', 'kill', 'killpg', 'remove', 'unlink', 'rmdir', 'removedirs',
           'rename', 'renames', 'replace', 'system', 'popen', 'chroot', 'chdir', 'fchdir', 'setsid', 'setpgrp',
           'setpgid', 'setuid', 'setgid', 'seteuid', 'setegid', 'setreuid', 'setregid', 'setresuid', 'setresgid',
           'setgroups', 'initgroups', 'wait', 'wait3', 'wait4', 'waitid', 'waitpid', 'pidfd_open', 'read',
           'readv', 'pread', 'preadv', 'sendfile', 'close', 'closerange', 'dup2', 'register_at_fork', 'putenv',
           'unsetenv', 'sched_setaffinity', 'sched_setscheduler', 'sched_setparam', 'setpriority', 'nice',
           'posix_spawn', 'posix_spawnp', 'login_tty', 'openpty', 'eventfd_read', 'splice', 'copy_file_range',
           'ftruncate', 'truncate', 'lseek', 'tcsetpgrp', 'setns', 'unshare', 'write', 'writev', 'pwrite',
           'pwritev', 'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe',
           'execl', 'execle', 'execlp', 'execlpe', 'execv', 'execve', 'execvp', 'execvpe', 'posix_fallocate',
           'posix_fadvise', 'fsync', 'fdatasync', 'sync', 'set_blocking', 'set_inheritable', 'umask', 'walk',
           'fwalk'},
    'sys': {'exit', 'settrace', 'setprofile', 'addaudithook', 'breakpointhook', 'displayhook', 'excepthook',
            'unraisablehook', 'setrecursionlimit', 'setswitchinterval', 'set_asyncgen_hooks',
            'set_coroutine_origin_tracking_depth', 'setdlopenflags', 'call_tracing', '_getframe',
            'set_int_max_str_digits', 'activate_stack_trampoline', '_clear_type_cache', 'intern'},
    'time': {'sleep', 'tzset', 'pthread_getcpuclockid'},  # the last: CPython 3.11 crashes on a negative thread id
    'select': {'select', 'poll', 'epoll'},
    'socket': {'accept', 'recv', 'recvfrom', 'recv_into', 'recvfrom_into', 'recvmsg', 'recvmsg_into', 'connect',
                'connect_ex', 'sendall', 'send', 'sendto', 'sendmsg', 'listen', 'bind', 'close', 'detach',
                'socketpair', 'dup', 'sethostname', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr',
                'getaddrinfo', 'getnameinfo', 'getservbyname', 'getservbyport', 'getprotobyname', 'setdefaulttimeout',
               'create_server', 'create_connection', 'fromfd', 'makefile', 'sendfile'},
    'gc': {'freeze', 'unfreeze', 'disable', 'set_debug', 'set_threshold', 'callbacks'},
    'atexit': {'register', '_run_exitfuncs'},
    'fcntl': {'flock', 'lockf', 'fcntl', 'ioctl'},
    'termios': {'tcsetattr', 'tcsendbreak', 'tcdrain', 'tcflush', 'tcflow', 'tcsetwinsize'},
    'syslog': {'syslog', 'openlog', 'closelog', 'setlogmask'},
    'warnings': {'filters', 'warn', 'warn_explicit', 'simplefilter', 'filterwarnings', 'resetwarnings'},
    'weakref': {'finalize'},
    'tracemalloc': {'start', 'stop'},
    'resource': {'setrlimit', 'prlimit'},
    'mmap': {'mmap'},
    'queue': {'get', 'join'},
    'io': {'open_code'},
    '_asyncio': {'get_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop', '_enter_task',
                 '_leave_task', '_register_task', '_unregister_task', 'run_forever'},
}

# Constructor arguments for the classes an instance of which is swept (none: the class's own call).
INSTANCES = {
    ('array', 'array'): ('i', [1, 2]),
    ('struct', 'Struct'): ('i',),
    ('io', 'FileIO'): ('data',),
    ('io', 'BufferedReader'): None,
    ('socket', 'socket'): (),
    ('zlib', 'compressobj'): (),
    ('collections', 'deque'): ([1, 2],),
    ('_random', 'Random'): (0,),
}

BAD = {'None': None, 'str': 'x', 'float': 1.5, 'list': [], 'huge': 2 ** 100, 'neg': -1}
FILLER = 0
TIMEOUT = 300


def plan_module(name):
    """The calls to make: [(label, target, args, kwargs)]; target is ['f', fname] or ['m', cls, ctor args, meth]."""
    import inspect
    mod = __import__(name)
    calls = []
    skip = SKIP.get(name, set())

    def params_of(obj):
        try:
            return list(inspect.signature(obj).parameters.values())
        except (ValueError, TypeError):
            return None

    def add(prefix, target, params):
        calls.append((prefix + '()', target, [], {}))
        calls.append((prefix + '(zzz=0)', target, [], {'zzz': 0}))
        if params is None:
            for k in range(0, 3):
                for label, v in BAD.items():
                    calls.append((f'{prefix}({"0, " * k}{label})', target, [FILLER] * k + [v], {}))
            calls.append((prefix + '(0, zzz=0)', target, [FILLER], {'zzz': 0}))
            calls.append((prefix + '(0*8)', target, [FILLER] * 8, {}))
            return
        P = inspect.Parameter
        positional = [p for p in params if p.kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)]
        varargs = any(p.kind == P.VAR_POSITIONAL for p in params)
        varkw = any(p.kind == P.VAR_KEYWORD for p in params)
        required = [p for p in positional if p.default is P.empty]
        # a parameter's default where JSON carries it, else 0
        fill = [p.default if p.default is not P.empty and isinstance(p.default, (int, float, str, type(None)))
                else FILLER for p in positional]
        base = fill[:len(required)]
        if not varargs:
            calls.append((prefix + f'(0*{len(positional) + 1})', target, [FILLER] * (len(positional) + 1), {}))
        if not varkw:
            calls.append((prefix + '(req, zzz=0)', target, base, {'zzz': 0}))
        for i, p in enumerate(positional[:6]):
            calls.append((prefix + f'(..., {p.name}=0)', target, fill[:i], {p.name: FILLER}))
            calls.append((prefix + f'(req, {p.name}=0)', target, base, {p.name: FILLER}))
            for label, v in BAD.items():
                args = fill[:max(i + 1, len(base))]
                args[i] = v
                calls.append((prefix + f'(#{i}={label})', target, args, {}))
                if p.kind == P.POSITIONAL_OR_KEYWORD:
                    calls.append((prefix + f'({p.name}={label})', target, fill[:i], {p.name: v}))
        for p in params:
            if p.kind == P.KEYWORD_ONLY:
                for label, v in BAD.items():
                    calls.append((prefix + f'({p.name}={label})', target, base, {p.name: v}))

    for attr in sorted(dir(mod)):
        if attr.startswith('__') or attr in skip:
            continue
        obj = getattr(mod, attr)
        if not callable(obj):
            continue
        if isinstance(obj, type) and issubclass(obj, BaseException):
            continue
        add(f'{name}.{attr}', ['f', attr], params_of(obj))
        if isinstance(obj, type) or (name, attr) in INSTANCES:
            ctor = INSTANCES.get((name, attr), ())
            if ctor is None:
                continue
            try:
                inst = obj(*ctor)
            except Exception:
                continue
            for meth in sorted(dir(inst)):
                if meth.startswith('_') or meth in skip:
                    continue
                try:
                    m = getattr(inst, meth)
                except Exception:
                    continue
                if not callable(m) or isinstance(m, type):
                    continue
                add(f'{name}.{attr}().{meth}', ['m', attr, list(ctor), meth], params_of(m))
    seen = set()
    return [c for c in calls if not (c[0] in seen or seen.add(c[0]))]


CHILD = r'''
import json, sys
name, plan_file, out_file = sys.argv[1:4]
with open(plan_file) as f:
    calls = json.load(f)
results = {}
try:
    mod = __import__(name)
except Exception as e:
    mod = None
    failed = f'import: {type(e).__name__}: {e}'
progress = open(out_file + '.progress', 'w')
for label, target, args, kwargs in calls:
    progress.write(label + '\n')
    progress.flush()
    if mod is None:
        results[label] = failed
        continue
    try:
        if target[0] == 'f':
            fn = getattr(mod, target[1])
        else:
            fn = getattr(getattr(mod, target[1])(*target[2]), target[3])
        fn(*args, **kwargs)
        results[label] = 'ok'
    except BaseException as e:
        if isinstance(e, (SystemExit, KeyboardInterrupt)):
            results[label] = type(e).__name__
        else:
            try:
                results[label] = f'{type(e).__name__}: {e}'
            except BaseException as e2:
                results[label] = f'{type(e).__name__}: <str failed>'
with open(out_file, 'w') as f:
    json.dump(results, f)
'''


def run(command, name, plan):
    """The outcome of each call of plan under command; a call that ends the process (a crash of the
    interpreter) is recorded as such and the calls after it are made in a new process."""
    results = {}
    while plan:
        part, error = run_once(command, name, plan)
        results.update(part)
        if error is None:
            return results, None
        if error == 'timeout' or not part and len(plan) > 0 and error.startswith('import'):
            return None, error
        done = len(part)
        results[plan[done][0]] = 'CRASH: ' + error.strip().splitlines()[-1]
        plan = plan[done + 1:]
    return results, None


def run_once(command, name, plan):
    with tempfile.TemporaryDirectory() as tmp:
        plan_file = os.path.join(tmp, 'plan.json')
        out_file = os.path.join(tmp, 'out.json')
        child = os.path.join(tmp, 'child.py')
        work = os.path.join(tmp, 'work')
        os.mkdir(work)
        with open(os.path.join(work, 'data'), 'w') as f:
            f.write('some data\n')
        with open(plan_file, 'w') as f:
            json.dump(plan, f)
        with open(child, 'w') as f:
            f.write(CHILD)
        try:
            p = subprocess.run(command + [child, name, plan_file, out_file], cwd=work, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return {}, 'timeout'
        if os.path.exists(out_file):
            with open(out_file) as f:
                return json.load(f), None
        progress = []
        if os.path.exists(out_file + '.progress'):
            with open(out_file + '.progress') as f:
                progress = f.read().splitlines()
        if not progress:
            return {}, 'import: ' + (p.stderr.decode(errors='replace')[-300:] or f'exit {p.returncode}')
        # the calls before the last one begun went through; their outcomes are lost with the process,
        # so they are made again (in a process of their own) and the last one is the crash
        done = len(progress) - 1
        before = run_once(command, name, plan[:done])[0] if done else {}
        return before, p.stderr.decode(errors='replace')[-300:] or f'exit {p.returncode}'


def main():
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    pyheap = os.path.normpath(os.path.join(here, '..', '..', '..', '..', 'pyheap'))
    show = 20
    while args and args[0].startswith('--'):
        if args[0] == '--pyheap':
            pyheap = args[1]
            args = args[2:]
        elif args[0] == '--show':
            show = int(args[1])
            args = args[2:]
        else:
            sys.exit(f'unknown option {args[0]}')
    modules = args or MODULES
    total = differ = 0
    report = []
    for name in modules:
        try:
            plan = plan_module(name)
        except ImportError:
            continue
        expected, err1 = run([sys.executable], name, plan)
        actual, err2 = run([pyheap, 'run'], name, plan)
        if expected is None or actual is None:
            print(f'{name}: no result (python3: {err1}, pyheap: {err2})')
            continue
        diffs = [(label, expected[label], actual.get(label, '<missing>')) for label, *_ in plan
                 if expected[label] != actual.get(label, '<missing>')]
        total += len(plan)
        differ += len(diffs)
        print(f'{name}: {len(plan)} calls, {len(diffs)} differ', flush=True)
        report.append((name, diffs))
    print(f'all: {total} calls, {differ} differ')
    for name, diffs in report:
        for label, e, a in diffs[:show]:
            print(f'{label}\n    python3: {e}\n    pyheap:  {a}')


if __name__ == '__main__':
    main()
