# os's process functions over the C library: uname and times as struct sequences, umask (the
# process's mask: files the program creates get it), getloadavg, sched_getaffinity, sysconf/confstr/
# pathconf with their name tables and errors, strerror's texts, kill (to a child, and to the program
# itself through its signal handler), and commands run by the shell: system's wait status, popen's
# pipe and close(), the W* helpers and waitstatus_to_exitcode. Machine-dependent values are printed
# as types and relations.
import os
import signal
import subprocess
import sys
import tempfile

u = os.uname()
print(type(u).__name__, type(u).__module__, u.n_fields, u.sysname, u == os.uname(), len(u), u[0] == u.sysname)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed > 0, t[4] == t.elapsed)
old = os.umask(0o27)
print(oct(os.umask(old)))
os.umask(0o077)
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'made')
    open(path, 'w').close()
    os.mkdir(path + '.d')
    print(oct(os.stat(path).st_mode & 0o777), oct(os.stat(path + '.d').st_mode & 0o777))
os.umask(old)
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) and x >= 0 for x in load))
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, cpus == os.sched_getaffinity(os.getpid()), len(cpus) >= 1, min(cpus) >= 0)
print(os.sysconf('SC_PAGE_SIZE'), os.sysconf('SC_CLK_TCK'), os.sysconf(os.sysconf_names['SC_PAGESIZE']),
      os.confstr('CS_PATH'), os.pathconf('/', 'PC_NAME_MAX'), os.pathconf('/', os.pathconf_names['PC_PATH_MAX']))
print(len(os.sysconf_names), len(os.confstr_names), len(os.pathconf_names), list(os.confstr_names.items())[:3])
for attempt in (lambda: os.sysconf('SC_NO_SUCH'), lambda: os.sysconf(99999), lambda: os.sysconf(1.5),
                lambda: os.confstr(99999), lambda: os.umask('x'), lambda: os.getloadavg(1),
                lambda: os.sched_getaffinity(2**22 + 12345), lambda: os.uname(1), lambda: os.times(1),
                lambda: os.pathconf('/no/such/place', 'PC_NAME_MAX'), lambda: os.kill('1', 0), lambda: os.kill(1),
                lambda: os.kill(os.getpid(), 99), lambda: os.kill(2**22 + 12345, 0)):
    try:
        print(repr(attempt()))
    except Exception as e:
        print(type(e).__name__, e)
print([os.strerror(e) for e in (1, 3, 11, 28, 104, 110, 111, 200)])

child = subprocess.Popen(['sleep', '30'])
os.kill(child.pid, 0)
child.send_signal(signal.SIGUSR1)
print('child', child.wait())
child = subprocess.Popen(['sleep', '30'])
# SIGUSR2, not SIGINT: a child started in the background of a shell without job control ignores
# SIGINT, as the recording's and the tests' shells may
os.kill(child.pid, signal.SIGUSR2)
print('child', child.wait())
caught = []
signal.signal(signal.SIGUSR2, lambda number, frame: caught.append(signal.Signals(number).name))
os.kill(os.getpid(), signal.SIGUSR2)
print(caught)
signal.signal(signal.SIGINT, signal.default_int_handler)  # whatever the shell left SIGINT at
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')

sys.stdout.flush()
print(os.system('echo from the shell; exit 3'), os.system('exit 0'), os.system('true'))
sys.stdout.flush()
pipe = os.popen('echo hi; echo there; exit 2')
print(repr(pipe.read()), pipe.close())
with os.popen('printf "a\\nb\\n"') as pipe:
    print(list(pipe), type(pipe).__name__)
pipe = os.popen('cat > /dev/null', 'w')
print(pipe.write('data'), pipe.close())
for attempt in (lambda: os.popen(['ls']), lambda: os.popen('ls', 'rb'), lambda: os.popen('ls', 'r', 0)):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)


class Status:
    def __index__(self):
        return 768


for status in (0, 768, 9, 0x8b, 0x137f, 0xffff, -1, 2**40, Status(), 1.5):
    try:
        print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
              os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFCONTINUED(status), os.WCOREDUMP(status), end=' ')
    except Exception as e:
        print(type(e).__name__, e, end=' ')
    try:
        print(os.waitstatus_to_exitcode(status))
    except Exception as e:
        print(type(e).__name__, e)
print(os.EX_OK, os.EX_USAGE, os.EX_CONFIG, os.WNOHANG, os.WUNTRACED, os.WNOWAIT)

# no descriptor of the interpreter is a terminal here (stdin, stdout and stderr are redirected)
for attempt in (lambda: os.get_terminal_size(), lambda: os.get_terminal_size(2), lambda: os.get_terminal_size(99),
                lambda: os.get_terminal_size('1'), lambda: os.get_terminal_size(1, 2)):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
size = os.terminal_size((100, 40))
print(size, size.columns, size.lines, size.n_fields, type(size).__module__, type(size).__name__)
os.environ.pop('COLUMNS', None)
os.environ.pop('LINES', None)
import shutil
print(shutil.get_terminal_size(), shutil.get_terminal_size((10, 5)), type(shutil.get_terminal_size()) is os.terminal_size)
os.environ['COLUMNS'] = '123'
print(shutil.get_terminal_size())
try:
    os.terminal_size((1,))
except TypeError as e:
    print(e)
