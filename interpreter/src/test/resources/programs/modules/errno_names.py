# errno: the constants, errorcode's names (the aliases map to one name) and OSError's errno.
import errno, os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[2], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
try:
    os.stat("/no/such/file/here")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir(".")
except FileExistsError as e:
    print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
print(errno.__name__, type(errno.errorcode).__name__)
print(errno.ENOSUCHTHING)
