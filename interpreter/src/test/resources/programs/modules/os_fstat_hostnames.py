# os.fstat on descriptors (a file opened with os.open and with open(), after writes, a pipe's ends as
# FIFOs, stdin, a closed descriptor's EBADF) against os.stat of the same file; socket's name lookups
# that http.server and urllib use: gethostbyname_ex, gethostbyaddr (by address and by name, the
# herror for an address without a name) and getfqdn (a loopback address, 0.0.0.0, a name unknown).
import os
import socket
import stat
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'data.bin')
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
print(os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode), oct(stat.S_IMODE(os.fstat(fd).st_mode)))
os.write(fd, b'x' * 1234)
st = os.fstat(fd)
print(st.st_size, st == os.stat(path), st.st_ino == os.stat(path).st_ino, type(st).__name__, len(st))
os.close(fd)
with open(path, 'rb') as f:
    st = os.fstat(f.fileno())
    print(st.st_size, st.st_mtime == os.stat(path).st_mtime, stat.S_ISDIR(st.st_mode))
r, w = os.pipe()
for end in (r, w):
    mode = os.fstat(end).st_mode
    print(stat.S_ISFIFO(mode), stat.S_ISREG(mode))
os.close(r)
os.close(w)
for bad in (w, 9999):
    try:
        os.fstat(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.fstat('0')
except TypeError as e:
    print('TypeError', e)
os.remove(path)
os.rmdir(folder)

print(socket.gethostbyname_ex('localhost'))
print(socket.gethostbyaddr('127.0.0.1'), socket.gethostbyaddr('localhost'))
print(socket.getfqdn('127.0.0.1'), socket.getfqdn('localhost'), socket.getfqdn('no-such-host.invalid'), socket.getfqdn('  127.0.0.1  '))
print(socket.getfqdn('0.0.0.0') == socket.getfqdn(), socket.getfqdn() == socket.getfqdn(socket.gethostname()))
try:
    socket.gethostbyaddr('192.0.2.1')
except socket.herror as e:
    print('herror', e.args)
try:
    socket.gethostbyname_ex('no-such-host.invalid')
except socket.gaierror as e:
    print('gaierror', e.args)
