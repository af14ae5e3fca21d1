# xmlrpc.client dumps/loads (every value type, calls, responses, faults, encodings, builtin types and
# datetimes on loading, untyped values, marshalling and response errors; Error's str is its repr)
# and xmlrpc.server's SimpleXMLRPCDispatcher (functions, a dotted instance, introspection, multicall)
import datetime
import xmlrpc.client as xc
call = xc.dumps((1, -5, 2.5, True, 'a<b>&c', b'bytes\x00\xff' * 5, [1, [2, 'x']], {'k': 'v', 'n': {'m': None}},
                 datetime.datetime(2024, 2, 29, 1, 2, 3), xc.Binary(b'bin'), xc.DateTime('20200101T00:00:00')),
                'math.add', allow_none=True)
print(call)
params, method = xc.loads(call)
print(method, params[:5], params[6:8], params[8], params[9].data, params[10].value, type(params[10]).__name__)
print(xc.loads(call, use_builtin_types=True)[0][8:10])
print(xc.loads(call, use_datetime=True)[0][8])
print(xc.dumps((42,), methodresponse=True))
print(xc.dumps(('x',), encoding='iso-8859-1'))
f = xc.dumps(xc.Fault(4, 'Too many params'))
print(f)
try:
    xc.loads(f)
except xc.Fault as e:
    print(repr(e), str(e), e.faultCode, e.faultString)
class Point:
    def __init__(self): self.x, self.y = 1, 2
print(xc.dumps((Point(),)))
for bad in [(None,), (2**31,), ({1: 2},), (object(),), (xc.MAXINT + 1,)]:
    try: xc.dumps(bad)
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
l = []; l.append(l)
try: xc.dumps((l,))
except TypeError as e: print(e)
print(xc.loads('<params><param><value>untyped</value></param><param><value><i8>7</i8></value></param><param><value><bigdecimal>1.5</bigdecimal></value></param></params>'))
for bad in ['<params><param><value><foo/></value></param></params>', '<params><param><value><boolean>2</boolean></value></param></params>', '<params>', '<x/>']:
    try: print(xc.loads(bad))
    except Exception as e: print(type(e).__name__, e)
d = xc.DateTime(datetime.datetime(2001, 2, 3, 4, 5, 6))
print(str(d), d == '20010203T04:05:06', d < xc.DateTime('20020101T00:00:00'), d.timetuple()[:6])
print(xc.Binary(b'ab') == b'ab', str(xc.Binary(b'\xe9')), xc.escape('<&>'))
try: xc.Binary('str')
except TypeError as e: print(e)
print(repr(xc.ProtocolError('http://h/', 404, 'Not Found', {})))
from xmlrpc.server import SimpleXMLRPCDispatcher, resolve_dotted_attribute, list_public_methods
d = SimpleXMLRPCDispatcher(allow_none=True)
@d.register_function
def add(a, b):
    "Add two numbers."
    return a + b
d.register_function(lambda: None, 'nothing')
@d.register_function(name='fail')
def fail():
    raise ValueError('broken')
class Calc:
    def mul(self, a, b):
        "Multiply."
        return a * b
    def _hidden(self): pass
    class sub:
        @staticmethod
        def neg(x): return -x
d.register_instance(Calc(), allow_dotted_names=True)
d.register_introspection_functions()
d.register_multicall_functions()
def ask(method, *params):
    print(d._marshaled_dispatch(xc.dumps(params, method).encode()).decode())
ask('add', 2, 3)
ask('mul', 4, 5)
ask('sub.neg', 7)
ask('nothing')
ask('fail')
ask('_hidden')
ask('nope', 1)
ask('system.listMethods')
ask('system.methodHelp', 'add')
ask('system.methodHelp', 'mul')
ask('system.methodSignature', 'add')
ask('system.multicall', [{'methodName': 'add', 'params': [1, 2]}, {'methodName': 'fail', 'params': []}])
print(d._marshaled_dispatch(b'<bad').decode())
try: resolve_dotted_attribute(Calc(), 'a._b')
except AttributeError as e: print(e)
print(list_public_methods(Calc()))
