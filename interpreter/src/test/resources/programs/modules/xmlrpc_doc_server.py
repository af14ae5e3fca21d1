# xmlrpc.server's documenting servers: DocXMLRPCServer on 127.0.0.1 port 0 answering GET with
# the HTML page of its methods (registered functions with signatures and docstrings, an instance's
# methods, _get_method_argstring/_methodHelp, server title/name/documentation with URLs, RFC and
# PEP numbers and method names made links), a 404 for other paths, POST still XML-RPC;
# DocCGIXMLRPCRequestHandler's GET answer; ServerHTMLDoc's markup and preformat.
import http.client
import io
import sys
import threading
import xmlrpc.client
from xmlrpc.server import DocXMLRPCServer, DocCGIXMLRPCRequestHandler, ServerHTMLDoc

server = DocXMLRPCServer(('127.0.0.1', 0), logRequests=False)
server.set_server_title('Test <Server>')
server.set_server_name('Calculator & co')
server.set_server_documentation('Adds numbers; see RFC 1234, PEP 8 and https://example.org/docs.\n\n'
                                'Call add() or self.state, or read\tthis.')
server.register_introspection_functions()


def add(a, b=1, *rest, scale: int = 1):
    """Return a + b, scaled.

    Uses mul() for the scaling: <see RFC-2616>."""
    return (a + b) * scale


server.register_function(add)
server.register_function(lambda: None, 'nothing')


class Tools:
    def _get_method_argstring(self, name):
        return '(text)' if name == 'echo' else None

    def _methodHelp(self, name):
        return 'Echo the text back.' if name == 'echo' else None

    def _listMethods(self):
        return ['echo', 'mystery']


server.register_instance(Tools())
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()
for path in ['/', '/RPC2', '/elsewhere']:
    conn = http.client.HTTPConnection('127.0.0.1', port)
    conn.request('GET', path)
    response = conn.getresponse()
    print(path, response.status, response.getheader('Content-Type'), response.getheader('Content-length'))
    body = response.read().decode()
    print(body if path == '/' else len(body))
    conn.close()
print(xmlrpc.client.ServerProxy('http://127.0.0.1:%d' % port).add(2, 3))
server.shutdown()
server.server_close()
thread.join()

handler = DocCGIXMLRPCRequestHandler()
handler.register_function(pow)
out = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
saved = sys.stdout
sys.stdout = out
try:
    handler.handle_get()
finally:
    sys.stdout = saved
out.flush()
print(out.buffer.getvalue().decode())
doc = ServerHTMLDoc()
print(doc.markup('see http://x.org/a?b=1&c="d" and RFC1 PEP-257 self.x f() g', funcs={'f': '#f'}, classes={'g': '#g'}))
print(doc.preformat('a\n\n\nb\tc <d>'))
print(doc.grey('x'), doc.namelink('n', {}, {'n': 'u'}), doc.namelink('m'))
