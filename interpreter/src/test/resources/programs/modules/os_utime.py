# os.utime: times (ints, floats floored to the nanosecond), ns, keywords, now; follow_symlinks=False on
# a symbolic link, a descriptor, dir_fd; the errors in posixmodule.c's order and words (a failed call
# names no file); os.fchdir and os.chdir with a descriptor (those errors name it), the fileno() protocol
import os
import tempfile

base = tempfile.mkdtemp()
f = os.path.join(base, 'file.txt')
with open(f, 'w') as h:
    h.write('x')


def show(label):
    st = os.stat(f)
    print(label, st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime, int(st.st_mtime))


print(os.utime(f, (1_000_000_000, 1_200_000_000)))
show('ints')
os.utime(f, (1.5, 2.25))
show('floats')
os.utime(f, (0.999999999, 1e9 + 0.5))
show('fractions')
os.utime(f, ns=(123_456_789_012_345_678, 987_654_321))
show('ns')
os.utime(f, times=(10, 20.75))
show('keyword times')
before = os.stat(f).st_mtime
os.utime(f)
after = os.stat(f)
print('now', after.st_mtime > before, after.st_mtime > 1_600_000_000)
os.utime(f, None)
print('None', os.stat(f).st_mtime > 1_600_000_000)

# a symbolic link: follow_symlinks=False sets the link's own times
link = os.path.join(base, 'link')
os.symlink(f, link)
os.utime(f, (5, 6))
os.utime(link, (50, 60), follow_symlinks=False)
print('link', os.lstat(link).st_mtime_ns, os.stat(link).st_mtime_ns, os.stat(f).st_mtime_ns)
os.utime(link, (7, 8))
print('through link', os.lstat(link).st_mtime_ns, os.stat(f).st_mtime_ns)

# a descriptor
fd = os.open(f, os.O_RDONLY)
os.utime(fd, (30, 40))
print('fd', os.stat(f).st_mtime_ns)
print(os.utime in os.supports_fd, os.utime in os.supports_follow_symlinks, os.utime in os.supports_dir_fd)

# dir_fd: the name is looked up in that directory
dfd = os.open(base, os.O_RDONLY)
os.utime('file.txt', (70, 80), dir_fd=dfd)
print('dir_fd', os.stat(f).st_mtime_ns)

# errors
cases = [
    lambda: os.utime(os.path.join(base, 'missing'), (1, 2)),
    lambda: os.utime(f, (1, 2), ns=(1, 2)),
    lambda: os.utime(f, [1, 2]),
    lambda: os.utime(f, (1,)),
    lambda: os.utime(f, (1, 2, 3)),
    lambda: os.utime(f, ('1', 2)),
    lambda: os.utime(f, ns=(1.5, 2)),
    lambda: os.utime(f, ns=[1, 2]),
    lambda: os.utime(f, ns=(1,)),
    lambda: os.utime(f, 5),
    lambda: os.utime(fd, (1, 2), follow_symlinks=False),
    lambda: os.utime(fd, (1, 2), dir_fd=dfd),
    lambda: os.utime(12345, (1, 2)),
    lambda: os.utime(3.5, (1, 2)),
    lambda: os.utime(f, (float('nan'), 1)),
    lambda: os.utime(f, (float('inf'), 1)),
    lambda: os.utime(),
    lambda: os.utime(f, (1, 2), bogus=1),
]
for case in cases:
    try:
        case()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

# fchdir and chdir with a descriptor
start = os.getcwd()
sub = os.path.join(base, 'sub')
os.mkdir(sub)
sfd = os.open(sub, os.O_RDONLY)
print(os.fchdir(sfd))
print(os.getcwd() == os.path.realpath(sub))
os.chdir(dfd)
print(os.getcwd() == os.path.realpath(base))
print(os.path.exists('file.txt'))
os.chdir(start)
print(os.getcwd() == start)
print(os.chdir in os.supports_fd)
for case in [lambda: os.fchdir(fd), lambda: os.fchdir(99999), lambda: os.chdir(99999),
             lambda: os.fchdir('x'), lambda: os.fchdir(-1), lambda: os.chdir(fd)]:
    try:
        case()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


class Fd:
    def fileno(self):
        return sfd


os.fchdir(Fd())
print(os.getcwd() == os.path.realpath(sub))
os.chdir(start)
for d in (fd, dfd, sfd):
    os.close(d)
os.remove(link)
os.remove(f)
os.rmdir(sub)
os.rmdir(base)
print('done')
