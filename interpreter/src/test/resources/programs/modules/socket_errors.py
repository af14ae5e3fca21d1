# Socket errors as CPython raises them: refused connections, closed sockets, bad addresses, names,
# and the address helpers (inet_*, htons family, getaddrinfo on numeric hosts).
import errno
import socket

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free_port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", free_port), timeout=2)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)
s = socket.socket()
print(s.connect_ex(("127.0.0.1", free_port)) == errno.ECONNREFUSED)
s.close()

taken = socket.socket()
taken.bind(("127.0.0.1", 0))
taken.listen()
again = socket.socket()
try:
    again.bind(taken.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
again.close()
try:
    socket.create_server(taken.getsockname())
except OSError as e:
    print(type(e).__name__, str(e).startswith("[Errno 98] Address already in use (while attempting to bind on address ('127.0.0.1',"))
taken.close()

s = socket.socket()
for call, args in (("bind", ("x",)), ("bind", (("127.0.0.1", 70000),)), ("send", ("text",)),
                   ("connect", ((1, 2),)), ("bind", (("127.0.0.1",),)), ("recv", (-1,))):
    try:
        getattr(s, call)(*args)
    except Exception as e:
        print(call, type(e).__name__, e)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    s.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
s.close()
for call in ("recv", "send", "getsockname", "listen"):
    try:
        getattr(s, call)(*{"recv": (1,), "send": (b"x",), "getsockname": (), "listen": ()}[call])
    except OSError as e:
        print(call, type(e).__name__, e)
with socket.socket() as s:
    pass
print(s.fileno(), s._closed)

try:
    socket.getaddrinfo("host.invalid", 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e, isinstance(e, OSError))
try:
    socket.getaddrinfo("127.0.0.1", "no-such-service")
except socket.gaierror as e:
    print(e)
print(socket.getaddrinfo("127.0.0.1", 80))
print(socket.getaddrinfo("::1", "443", socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("localhost", None, socket.AF_INET, socket.SOCK_STREAM))
print(isinstance(socket.gethostname(), str), socket.gethostname() != "")

for text in ("127.0.0.1", "10.1", "0x7f.1", "1.2.3", "017.0.0.1", "256.1.1.1", "1.2.3.4.5", "", "a.b", "1.2.3.4 junk"):
    try:
        print(repr(text), socket.inet_aton(text))
    except OSError as e:
        print(repr(text), e)
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\x00\x10\x01")))
for text in ("::1", "::", "fe80::1:2", "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1", "1::2::3", "12345::", "1.2.3.4"):
    try:
        packed = socket.inet_pton(socket.AF_INET6, text)
        print(text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
    except OSError as e:
        print(text, e)
print(socket.inet_ntop(socket.AF_INET6, bytes.fromhex("20010db8000000000001000000000001")))
print(socket.inet_ntop(socket.AF_INET6, bytes.fromhex("20010db8000100000000000000000001")))
print(socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"), socket.inet_pton(socket.AF_INET, "1.2.3.4"))
for bad in ((socket.AF_INET, "1.2.3"), (socket.AF_INET, "01.2.3.4"), (socket.AF_INET6, "1:2")):
    try:
        socket.inet_pton(*bad)
    except OSError as e:
        print(e)
try:
    socket.inet_ntop(socket.AF_INET6, b"\x00" * 5)
except ValueError as e:
    print(e)
try:
    socket.inet_ntoa(b"\x00")
except OSError as e:
    print(e)
print(socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x12345678))
for f, v in ((socket.htons, -1), (socket.htons, 70000), (socket.htonl, 2 ** 32), (socket.htonl, "1")):
    try:
        f(v)
    except (OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(socket.AF_INET, socket.SOCK_DGRAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP,
      socket.TCP_NODELAY, socket.SHUT_RDWR, socket.error is OSError, socket.has_ipv6)
