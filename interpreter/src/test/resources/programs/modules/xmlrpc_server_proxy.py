# xmlrpc.client.ServerProxy against xmlrpc.server.SimpleXMLRPCServer in a thread on 127.0.0.1
# port 0: registered functions (also as a decorator and under dotted names), an instance with
# dotted names, introspection (listMethods, methodHelp, methodSignature), allow_none, Fault from the
# server and from any other exception, MultiCall with a fault inside, use_builtin_types, the proxy's
# repr and ('close')/('transport'), a 404 path as ProtocolError, gzip both ways, request handler
# subclasses with _dispatch, MultiPathXMLRPCServer, unsupported schemes.
import datetime
import threading
import xmlrpc.client
from xmlrpc.server import (SimpleXMLRPCServer, SimpleXMLRPCRequestHandler,
                           MultiPathXMLRPCServer, SimpleXMLRPCDispatcher)


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ('/RPC2', '/other')


server = SimpleXMLRPCServer(('127.0.0.1', 0), requestHandler=Handler, logRequests=False,
                            allow_none=True)
server.register_introspection_functions()
server.register_multicall_functions()


def add(a, b):
    """Add two things."""
    return a + b


server.register_function(add)
server.register_function(lambda x: x * 2, 'twice')


@server.register_function(name='math.neg')
def neg(x):
    return -x


@server.register_function
def fail(kind):
    if kind == 'fault':
        raise xmlrpc.client.Fault(42, 'custom fault')
    if kind == 'value':
        raise ValueError('bad value')
    return None


def big(n):
    return 'x' * n


server.register_function(big)
server.register_function(lambda: datetime.datetime(2020, 1, 2, 3, 4, 5), 'when')
server.register_function(lambda: xmlrpc.client.Binary(b'\x00\xff'), 'blob')


class Tools:
    class sub:
        @staticmethod
        def hello(name):
            return 'hello ' + name

    def upper(self, text):
        """Uppercase a text."""
        return text.upper()

    def _private(self):
        return 'hidden'


server.register_instance(Tools(), allow_dotted_names=True)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

uri = 'http://127.0.0.1:%d/RPC2' % port
with xmlrpc.client.ServerProxy(uri, allow_none=True) as proxy:
    print(repr(proxy).replace(str(port), 'PORT'))
    print(proxy.add(2, 3), proxy.add('a', 'b'), proxy.add([1], [2, 3]), proxy.twice(21))
    print(proxy.math.neg(5), proxy.upper('abc'), proxy.sub.hello('you'))
    print(proxy.fail('none'))
    print(proxy.system.listMethods())
    print(repr(proxy.system.methodHelp('add')), repr(proxy.system.methodHelp('upper')),
          repr(proxy.system.methodHelp('nothing')))
    print(proxy.system.methodSignature('add'))
    print(proxy.add({'k': 1.5}.get('k'), 2))
    for call in [lambda: proxy.fail('fault'), lambda: proxy.fail('value'), lambda: proxy.missing(1),
                 lambda: proxy._private(), lambda: proxy.add(1)]:
        try:
            call()
        except xmlrpc.client.Fault as f:
            print('Fault', f.faultCode, repr(f.faultString), repr(f)[:40])
    multi = xmlrpc.client.MultiCall(proxy)
    multi.add(1, 2)
    multi.math.neg(3)
    multi.fail('fault')
    multi.upper('m')
    results = multi()
    for i in range(4):
        try:
            print('multi', results[i])
        except xmlrpc.client.Fault as f:
            print('multi Fault', f.faultCode, f.faultString)
    print(list(xmlrpc.client.MultiCall(proxy)()))
    print(len(proxy.big(5000)))
    transport = proxy('transport')
    print(type(transport).__name__, transport.user_agent.startswith('Python-xmlrpc/'))
    try:
        proxy('other')
    except AttributeError as e:
        print('AttributeError', e)

p2 = xmlrpc.client.ServerProxy(uri, use_builtin_types=True)
print(repr(p2.when()), repr(p2.blob()))
when, blob = xmlrpc.client.ServerProxy(uri).when(), xmlrpc.client.ServerProxy(uri).blob()
print(type(when).__name__, when.value, type(blob).__name__, blob.data)
p2('close')()
try:
    print(xmlrpc.client.ServerProxy(uri).fail('none'))
except xmlrpc.client.Fault as f:
    print('Fault', f.faultString)
transport = xmlrpc.client.Transport()
transport.encode_threshold = 10
p3 = xmlrpc.client.ServerProxy(uri, transport=transport)
print(p3.add('long text ' * 5, '!'))
p3('close')()

try:
    xmlrpc.client.ServerProxy('http://127.0.0.1:%d/nowhere' % port).add(1, 2)
except xmlrpc.client.ProtocolError as e:
    print('ProtocolError', e.errcode, e.errmsg, e.url.replace(str(port), 'PORT'), sorted(e.headers))
print(repr(xmlrpc.client.ServerProxy('http://user:pw@host')).replace(str(port), 'PORT'))
try:
    xmlrpc.client.ServerProxy('ftp://host/')
except OSError as e:
    print('OSError', e)

server.shutdown()
server.server_close()
thread.join()


class Doubler:
    def _dispatch(self, method, params):
        return [method, list(params) * 2]


multi_server = MultiPathXMLRPCServer(('127.0.0.1', 0), logRequests=False,
                                     requestHandler=Handler)
first = multi_server.add_dispatcher('/RPC2', SimpleXMLRPCDispatcher())
first.register_function(pow)
second = multi_server.add_dispatcher('/other', SimpleXMLRPCDispatcher())
second.register_instance(Doubler())
print(multi_server.get_dispatcher('/RPC2') is first)
port = multi_server.server_address[1]
thread = threading.Thread(target=multi_server.serve_forever)
thread.start()
print(xmlrpc.client.ServerProxy('http://127.0.0.1:%d/RPC2' % port).pow(2, 10))
print(xmlrpc.client.ServerProxy('http://127.0.0.1:%d/other' % port).any.name(1, 'a'))
try:
    xmlrpc.client.ServerProxy('http://127.0.0.1:%d/RPC2' % port).nothing()
except xmlrpc.client.Fault as f:
    print('Fault', f.faultCode, f.faultString)
multi_server.shutdown()
multi_server.server_close()
thread.join()
print(xmlrpc.client.Server is xmlrpc.client.ServerProxy)
print(xmlrpc.client.gzip_decode(xmlrpc.client.gzip_encode(b'round trip')))
try:
    xmlrpc.client.gzip_decode(xmlrpc.client.gzip_encode(b'x' * 100), max_decode=10)
except ValueError as e:
    print('ValueError', e)
