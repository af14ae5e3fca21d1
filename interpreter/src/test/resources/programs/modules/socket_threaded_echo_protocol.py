# A line protocol over TCP on 127.0.0.1 with a thread per client: socket options, makefile()
# reading lines, sendall/recv_into, shutdown(SHUT_WR) and EOF, getsockname/getpeername shapes,
# timeouts (TimeoutError from recv), connection refused on a closed port, and the errors of a
# closed socket (Bad file descriptor).
import socket
import threading

def handle(conn):
    with conn, conn.makefile('rwb') as f:
        for line in f:
            cmd, _, arg = line.decode().strip().partition(' ')
            if cmd == 'ADD':
                reply = str(sum(int(x) for x in arg.split()))
            elif cmd == 'REV':
                reply = arg[::-1]
            elif cmd == 'BYE':
                f.write(b'bye\n'); f.flush()
                break
            else:
                reply = f'ERR unknown {cmd!r}'
            f.write(reply.encode() + b'\n')
            f.flush()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.family.name, srv.type.name, srv.proto)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, isinstance(port, int))

def serve(n):
    for _ in range(n):
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()
acceptor = threading.Thread(target=serve, args=(3,))
acceptor.start()

results = {}
def client(name, cmds):
    with socket.create_connection((host, port), timeout=5) as c:
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        f = c.makefile('rb')
        out = []
        for cmd in cmds:
            c.sendall(cmd.encode() + b'\n')
            out.append(f.readline().decode().rstrip('\n'))
        results[name] = out
        f.close()
cl = [threading.Thread(target=client, args=('a', ['ADD 1 2 3', 'REV hello', 'BYE'])),
      threading.Thread(target=client, args=('b', ['NOPE x', 'ADD 10 -4', 'BYE']))]
for t in cl: t.start()
for t in cl: t.join()
print(sorted(results.items()))

c = socket.create_connection((host, port))
print(c.getpeername() == (host, port), c.gettimeout(), c.getblocking())
c.sendall(b'REV abc\n')
buf = bytearray(16)
n = c.recv_into(buf)
print(n, bytes(buf[:n]))
c.shutdown(socket.SHUT_WR)
print(c.recv(100), c.recv(100))
c.settimeout(0.05)
try:
    c.recv(1)
    print('eof again')
except TimeoutError as e:
    print('TimeoutError', e)
c.close()
acceptor.join()
try:
    c.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print(repr(c)[:40].split(' fd=')[0], c.fileno())

srv.close()
probe = socket.socket()
try:
    probe.settimeout(2)
    probe.connect((host, port))
    print('connected?')
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno, e.strerror)
finally:
    probe.close()
for bad in [lambda: socket.socket().bind(('127.0.0.1', 70000)), lambda: socket.getaddrinfo('127.0.0.1', 'no-such-service'),
            lambda: socket.inet_aton('300.1.2.3'), lambda: socket.socket(999)]:
    try:
        bad()
    except (OverflowError, OSError, ValueError) as e:
        print(type(e).__name__, e)
print(socket.inet_ntoa(socket.inet_aton('10.0.0.1')), socket.htons(1), socket.ntohl(1 << 24),
      socket.inet_pton(socket.AF_INET6, '::1')[-1], socket.getservbyname('http', 'tcp'))
