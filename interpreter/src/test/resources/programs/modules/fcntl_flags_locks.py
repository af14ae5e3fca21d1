# fcntl over os descriptors: F_GETFL/F_SETFL (access mode, O_APPEND, O_NONBLOCK), F_GETFD/F_SETFD and the
# inheritable flag, F_DUPFD(_CLOEXEC), F_GETPIPE_SZ, a bytes argument; flock between two open files and a
# thread waiting for a release, lockf ranges (a process never conflicts with itself); ioctl's ENOTTY; the errors.
import fcntl, os, tempfile, threading
d = tempfile.mkdtemp()
path = os.path.join(d, "x.txt")
fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND)
print(fcntl.fcntl(fd, fcntl.F_GETFL), fcntl.fcntl(fd, fcntl.F_GETFD))
fd2 = os.open(path, os.O_WRONLY); fd3 = os.open(path, os.O_RDONLY)
print(fcntl.fcntl(fd2, fcntl.F_GETFL), fcntl.fcntl(fd3, fcntl.F_GETFL))
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFL), fcntl.fcntl(w, fcntl.F_GETFL))
fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK); print(os.get_blocking(r), fcntl.fcntl(r, fcntl.F_GETFL))
try: os.read(r, 3)
except BlockingIOError as e: print(repr(e))
fcntl.fcntl(r, fcntl.F_SETFL, 0); print(os.get_blocking(r))
fcntl.fcntl(fd, fcntl.F_SETFL, 0); print(fcntl.fcntl(fd, fcntl.F_GETFL))
fcntl.fcntl(r, fcntl.F_SETFD, 0); print(os.get_inheritable(r), fcntl.fcntl(r, fcntl.F_GETFD))
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC); print(os.get_inheritable(r))
a = fcntl.fcntl(r, fcntl.F_DUPFD, 20); b = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 20)
print(a, b, os.get_inheritable(a), os.get_inheritable(b))
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ), fcntl.fcntl(r, fcntl.F_GETFL, b'abcd'))
for bad in (lambda: fcntl.fcntl(99, fcntl.F_GETFL), lambda: fcntl.ioctl(r, 0x5413, b'12345678'),
            lambda: fcntl.ioctl(99, 0x5413), lambda: fcntl.fcntl(r, 12345), lambda: fcntl.fcntl('x', 1),
            lambda: fcntl.flock(r, 99), lambda: fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ), lambda: fcntl.fcntl(-1, 1)):
    try: print(bad())
    except Exception as e: print(repr(e))
f = open(path, 'w'); g = open(path, 'r+')
fcntl.flock(f, fcntl.LOCK_EX); fcntl.flock(f, fcntl.LOCK_UN)
fcntl.flock(f, fcntl.LOCK_EX)
try: fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError as e: print(repr(e))
fcntl.flock(f, fcntl.LOCK_UN); fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB); print("g locked")
done = []
def waiter():
    fcntl.flock(f, fcntl.LOCK_EX); done.append("f locked after g released"); fcntl.flock(f, fcntl.LOCK_UN)
t = threading.Thread(target=waiter); t.start()
fcntl.flock(g, fcntl.LOCK_UN); t.join(); print(done)
fcntl.lockf(f, fcntl.LOCK_EX, 10, 0); fcntl.lockf(g, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 10); print("ranges")
try: fcntl.lockf(g, fcntl.LOCK_SH | fcntl.LOCK_NB, 5, 5)
except OSError as e: print(repr(e))
fcntl.lockf(f, fcntl.LOCK_UN, 10, 0); fcntl.lockf(g, fcntl.LOCK_UN, 10, 10)
fcntl.flock(r, fcntl.LOCK_EX); print("pipe flock ok")
f.close(); g.close()
for x in (fd, fd2, fd3, r, w, a, b): os.close(x)
os.remove(path); os.rmdir(d)
print(sorted(n for n in dir(fcntl) if not n.startswith('_')) == sorted(n for n in dir(fcntl) if not n.startswith('_')), len([n for n in dir(fcntl) if n.isupper()]))
