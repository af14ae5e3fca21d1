# os beyond open/read/write: hard and symbolic links (link, readlink), truncate in both
# directions, stat's st_blksize/st_blocks/st_rdev and the 19 fields of stat_result (pickled,
# made from a short sequence), statvfs/fstatvfs, fsync/fdatasync of a file and a file object,
# positional I/O (pread, pwrite, readv, writev, sendfile, copy_file_range), pipe2, closerange,
# mkfifo, device numbers, the process group/priority/credential calls, and the errors each
# gives for a missing file, a pipe, a bad descriptor or a bad argument, as posixmodule.c's.
import os
import pickle
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


with open("f", "wb") as f:
    f.write(b"0123456789")

attempt("readlink missing", lambda: os.readlink("missing"))
attempt("readlink regular", lambda: os.readlink("f"))
attempt("link missing", lambda: os.link("missing", "x"))
attempt("link onto itself", lambda: os.link("f", "f"))
attempt("truncate missing", lambda: os.truncate("missing", 3))
attempt("truncate a directory", lambda: os.truncate(".", 1))
attempt("truncate negative", lambda: os.truncate("f", -1))
attempt("chown missing", lambda: os.chown("missing", -1, -1))

os.symlink("f", "ln")
print("readlink", os.readlink("ln"), os.readlink(b"ln"))
os.link("f", "hard")
print("nlink", os.stat("f").st_nlink, os.path.samefile("f", "hard"), os.lstat("ln").st_nlink)
os.truncate("f", 4)
print("shrunk", open("f", "rb").read())
os.truncate("f", 6)
print("grown", open("f", "rb").read())

st = os.stat("f")
print("blksize", st.st_blksize > 0, "blocks", st.st_blocks >= 0, "rdev", st.st_rdev)
print("times", type(st.st_atime).__name__, st.st_mtime_ns // 10**9 == st[8], st.st_ctime == st.st_ctime_ns / 1e9 or abs(st.st_ctime - st.st_ctime_ns / 1e9) < 1e-6)
again = pickle.loads(pickle.dumps(st))
print("pickled", again == st, again.st_blocks == st.st_blocks, again.st_rdev == st.st_rdev)
short = os.stat_result(range(10))
print("short", short.st_atime, short.st_atime_ns, short.st_blksize, len(short), short.n_fields)
named = os.stat_result(range(10), {"st_rdev": 5, "st_atime": 1.5})
print("named", named.st_rdev, named.st_atime, named.st_mtime)
attempt("too long", lambda: os.stat_result(range(20)))

fd = os.open("f", os.O_RDWR)
print("pread", os.pread(fd, 3, 2), os.lseek(fd, 0, os.SEEK_CUR))
print("pwrite", os.pwrite(fd, b"ab", 1), os.pread(fd, 100, 0), os.pread(fd, 5, 100))
print("stat by fd", os.stat(fd).st_size == os.fstat(fd).st_size == 6)
os.fsync(fd)
os.fdatasync(fd)
with open("f", "rb") as f:
    os.fsync(f)
attempt("fsync of a str", lambda: os.fsync("x"))
first, second = bytearray(2), bytearray(3)
print("readv", os.readv(fd, [first, second]), first, second)
os.lseek(fd, 0, os.SEEK_SET)
print("writev", os.writev(fd, [b"XY", memoryview(b"Z")]), os.pread(fd, 10, 0))
print("copy_file_range", os.copy_file_range(fd, fd, 2, 1, 8), os.pread(fd, 20, 0))

r, w = os.pipe()
attempt("pread of a pipe", lambda: os.pread(r, 3, 0))
attempt("fsync of a pipe", lambda: os.fsync(r))
attempt("fdatasync of a pipe", lambda: os.fdatasync(w))
attempt("pwrite of a pipe", lambda: os.pwrite(w, b"x", 0))
attempt("pread negative", lambda: os.pread(r, -1, 0))
attempt("pread offset", lambda: os.pread(fd, 1, -1))
attempt("fstatvfs closed", lambda: os.fstatvfs(9))
attempt("ttyname of a pipe", lambda: os.ttyname(r))
attempt("ttyname closed", lambda: os.ttyname(9))
attempt("pipe2 flags", lambda: os.pipe2(12345))
attempt("copy_file_range to a pipe", lambda: os.copy_file_range(fd, w, 2))
print("sendfile", os.sendfile(w, fd, 0, 4), os.read(r, 10))
print("pipe statvfs", os.fstatvfs(r).f_namemax)

vfs = os.statvfs(".")
print("statvfs", type(vfs).__name__, vfs.n_fields, vfs.n_sequence_fields, len(vfs),
      isinstance(vfs.f_fsid, int), vfs == os.fstatvfs(fd), vfs.f_bsize > 0)
print("devices", os.major(0x10305), os.minor(0x10305), os.makedev(259, 5),
      os.major(os.makedev(1234, 98765)), os.minor(os.makedev(1234, 98765)))
attempt("major negative", lambda: os.major(-1))
print("groups", os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()) >= 0, os.sched_yield())
print("priority", os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print("credentials", os.getresuid()[:2] == (os.getuid(), os.geteuid()), os.getresgid()[:2] == (os.getgid(), os.getegid()))
print("random", len(os.getrandom(5)), os.getrandom(0), os.device_encoding(r), os.device_encoding(fd))
print("ctermid", os.ctermid(), os.getgid() in os.getgrouplist("root", os.getgid()))
os.mkfifo("fifo")
print("fifo", stat.S_ISFIFO(os.stat("fifo").st_mode))
attempt("mkfifo again", lambda: os.mkfifo("fifo"))
a, b = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print("pipe2", os.get_blocking(a), os.get_inheritable(b))
os.closerange(a, b + 1)
attempt("closed by closerange", lambda: os.close(a))
os.posix_fallocate(fd, 0, 20)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
print("fallocate", os.fstat(fd).st_size)
for d in (fd, r, w):
    os.close(d)
print("module", os.st is stat, os.GenericAlias, os.Mapping, os.MutableMapping)

os.chdir("/")
for name in sorted(os.listdir(base)):
    os.unlink(os.path.join(base, name))
os.rmdir(base)
