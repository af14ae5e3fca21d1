# socketserver: a ThreadingTCPServer on 127.0.0.1 port 0 serving a StreamRequestHandler (rfile
# lines, wfile writes) from serve_forever in a thread, two clients, shutdown and server_close;
# a TCPServer's handle_request for one client; a UDPServer with a DatagramRequestHandler; a
# handler's exception reported by handle_error on stderr while the server goes on; the with
# statement; http's HTTPStatus and HTTPMethod enumerations.
import http
import socket
import socketserver
import sys
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b'boom':
                raise ValueError('handler failed')
            self.wfile.write(b'echo: ' + line.upper())


def talk(address, lines):
    with socket.create_connection(address) as conn:
        for line in lines:
            conn.sendall(line + b'\n')
        conn.shutdown(socket.SHUT_WR)
        data = b''
        while chunk := conn.recv(1024):
            data += chunk
    return data


class Quiet(socketserver.ThreadingTCPServer):
    def handle_error(self, request, client_address):
        print('handle_error:', sys.exc_info()[0].__name__, sys.exc_info()[1], file=sys.stderr)


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    host, port = server.server_address
    print(host, port > 0, server.socket.type == socket.SOCK_STREAM, server.daemon_threads)
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    thread.start()
    print(talk(server.server_address, [b'hello', b'world']))
    print(talk(server.server_address, [b'second client']))
    server.shutdown()
    thread.join()
    print('serve_forever returned', thread.is_alive())

with Quiet(('127.0.0.1', 0), Echo) as server:
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    thread.start()
    print(talk(server.server_address, [b'ok', b'boom']))
    print(talk(server.server_address, [b'still serving']))
    server.shutdown()
    thread.join()


served = []


class Once(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(data[::-1])
        served.append((self.client_address[0], type(self.server).__name__))


server = socketserver.TCPServer(('127.0.0.1', 0), Once)
thread = threading.Thread(target=server.handle_request)
thread.start()
with socket.create_connection(server.server_address) as conn:
    conn.sendall(b'abcdef')
    print(conn.recv(1024))
thread.join()
print('served', served)
server.server_close()
print(server.socket.fileno())


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with socketserver.UDPServer(('127.0.0.1', 0), Upper) as udp:
    thread = threading.Thread(target=udp.handle_request)
    thread.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        client.sendto(b'datagram', udp.server_address)
        print(client.recvfrom(1024)[0])
    thread.join()

print(repr(http.HTTPStatus.OK), int(http.HTTPStatus.NOT_FOUND), http.HTTPStatus(404).phrase)
print(http.HTTPStatus.TOO_MANY_REQUESTS.description, http.HTTPStatus['IM_A_TEAPOT'].phrase)
print(len(http.HTTPStatus), [s.value for s in http.HTTPStatus][:5], http.HTTPStatus.OK == 200)
print(repr(http.HTTPMethod.GET), str(http.HTTPMethod.POST), http.HTTPMethod.PATCH.description)
print([m.name for m in http.HTTPMethod], http.HTTPMethod('PUT') is http.HTTPMethod.PUT)
try:
    http.HTTPStatus(999)
except ValueError as e:
    print(e)
print(http.__all__, f'{http.HTTPStatus.CREATED}', '%d' % http.HTTPStatus.ACCEPTED)
