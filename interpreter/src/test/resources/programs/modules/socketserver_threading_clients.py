# socketserver.ThreadingTCPServer and ThreadingUDPServer on 127.0.0.1 (port 0) with several clients
# at once from threads: StreamRequestHandler's rfile/wfile, each request in its own thread
# (daemon_threads, block_on_close), serve_forever stopped by shutdown, server_close, and the
# handler's client_address host.
import socket
import socketserver
import threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"END":
                break
            self.wfile.write(line.upper())
        self.wfile.write(f"served {self.client_address[0]}\n".encode())

class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data[::-1], self.client_address)

with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper) as server:
    print(server.daemon_threads, server.block_on_close, server.allow_reuse_address)
    runner = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    runner.start()
    results = {}
    def client(n):
        with socket.create_connection(server.server_address) as s:
            f = s.makefile("rwb")
            for i in range(n):
                f.write(f"client {n} says {i}\n".encode())
            f.write(b"END\n")
            f.flush()
            results[n] = [line.decode().strip() for line in f]
    threads = [threading.Thread(target=client, args=(n,)) for n in range(1, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    server.shutdown()
    runner.join()
for n in sorted(results):
    print(n, results[n])

with socketserver.ThreadingUDPServer(("127.0.0.1", 0), Echo) as udp:
    runner = threading.Thread(target=udp.serve_forever, kwargs={"poll_interval": 0.05})
    runner.start()
    replies = []
    for word in (b"alpha", b"beta", b"gamma"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            c.settimeout(5)
            c.sendto(word, udp.server_address)
            replies.append(c.recvfrom(100)[0])
    udp.shutdown()
    runner.join()
print(replies)
