# _json, the accelerator json uses: the scanner type (its members, memoized keys, hooks, parse_*
# called with the number's text, StopIteration(idx) where no value starts, errors at their
# positions), scanstring called directly (escapes, surrogate pairs, strict), the one-shot encoder
# (markers, a non-str from the encoder, int/float subclasses and keys of every kind, skipkeys,
# allow_nan, items that are not pairs) and encode_basestring(_ascii).
import json
import json.decoder
import json.scanner
import json.encoder
import _json
import sys


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring)
print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)
print(_json.make_scanner.__name__, _json.make_encoder.__name__, _json.make_scanner.__module__)

dec = json.JSONDecoder(object_hook=dict, parse_float=float, strict=False)
scan = dec.scan_once
print(type(scan).__name__, scan.strict, scan.object_hook is dict, scan.object_pairs_hook, scan.parse_float is float,
      scan.parse_int is int, callable(scan.parse_constant))
print(show(lambda: setattr(scan, 'strict', True)))
print(scan('  [1, "a"] x', 2), show(lambda: scan('abc', 5)), show(lambda: scan('abc', -1)), show(lambda: scan(b'1', 0)))
print(show(lambda: scan('[1,2]')), show(lambda: scan(string='7', idx=0)))
try:
    scan('  x', 2)
except StopIteration as e:
    print('StopIteration', e.value, e.args)

docs = json.loads('[{"key": 1, "other": 2}, {"key": 3, "other": 4}]')
print(list(docs[0])[0] is list(docs[1])[0], list(docs[0])[1] is list(docs[1])[1])
pairs = json.loads('{"a": 1, "a": 2, "b": [{"c": 3}]}', object_pairs_hook=lambda p: ('pairs', p))
print(pairs)
print(json.loads('[1, 2.50, -0, 1E3, 12345678901234567890, NaN, -Infinity]', parse_int=lambda s: ('int', s),
                 parse_float=lambda s: ('float', s), parse_constant=lambda s: ('const', s)))
print(json.loads('[0.1, 1e400, -1e-400, 123456789012345678]'))
print(show(lambda: json.loads('1' * 5000)))
for text in ['{"a": 1, "b": }', '{"a": [1, 2', '[1, 2, 3,\n 4, ]', '{"a"\n:\n1,\n"b" 2}', '"\\x"', '"\\u12G4"',
             '"abc\x01"', '"\\ud834\\udd1', '[-]', '[1.]', '[1e+]', '{"\\ud800": "\\udfff\\ud800\\udc00"}',
             '[true, false, null, tru]', '\ufeff[1]', '[1] [2]', '']:
    print(repr(text), show(lambda: json.loads(text)))
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print('   ', e.msg, e.pos, e.lineno, e.colno)

print(_json.scanstring('"abc" tail', 1), _json.scanstring('x"a\\nb\\u00e9\\ud83d\\ude00\\/"', 2))
print(show(lambda: _json.scanstring('"a\tb"', 1)), _json.scanstring('"a\tb"', 1, False))
print(show(lambda: _json.scanstring('"abc"', 9)), show(lambda: _json.scanstring('"abc"', -1)),
      show(lambda: _json.scanstring(1, 1)), show(lambda: _json.scanstring('"a"')))
s = _json.scanstring('"\\ud834x"', 1)[0]
print(len(s), hex(ord(s[0])), len(_json.scanstring('"\\ud834\\udd1e"', 1)[0]))

for text in ['', 'plain', 'quote" back\\ slash/', '\b\f\n\r\t\x00\x1f\x7f', 'é\u2028\uffff\U0001f600', chr(0xd800) + 'x' + chr(0xdc00)]:
    print(ascii(_json.encode_basestring(text)), _json.encode_basestring_ascii(text))
print(show(lambda: _json.encode_basestring_ascii(b'x')), show(lambda: _json.encode_basestring(1)))


class Int(int):
    def __repr__(self):
        return 'Int!'


class Float(float):
    def __repr__(self):
        return 'Float!'


class Str(str):
    pass


print(json.dumps([Int(5), Float(2.5), Str('s'), True, {Int(7): 1, Float(0.5): 2, True: 3, None: 4, Str('k'): 5}]))
print(json.dumps({1: 'a', 'b': 2, (1, 2): 3}, skipkeys=True), show(lambda: json.dumps({(1, 2): 3})))
print(show(lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True)), json.dumps({'b': 1, 'a': [2, {'d': 1, 'c': 2}]}, sort_keys=True))
print(show(lambda: json.dumps([1.5, float('inf')], allow_nan=False)), show(lambda: json.dumps({float('nan'): 1}, allow_nan=False)))
print(json.dumps({float('nan'): 1, float('-inf'): [float('inf')]}))
loop = {}
loop['self'] = [loop]
print(show(lambda: json.dumps(loop)), show(lambda: json.dumps(loop, check_circular=False)[:30]))


class Thing:
    pass


def default(o):
    return {'thing': [1, 2]}


print(json.dumps([Thing(), Thing()], default=default), show(lambda: json.dumps(Thing())))
again = Thing()
print(show(lambda: json.dumps(again, default=lambda o: o)))
print(json.dumps(('tuple', ['list']), separators=(';', '=')), json.dumps({'a': 1}, separators=('', '')))

enc = _json.make_encoder({}, repr, lambda s: '<' + s + '>', None, ': ', ', ', False, False, True)
print(type(enc).__name__, enc.markers, enc.default is repr, enc.indent, enc.key_separator, enc.item_separator,
      enc.sort_keys, enc.skipkeys)
print(enc({'a': ['b', 1]}, 0), enc('x', 0), show(lambda: enc(object(), 0)[0][:8]))
bad = _json.make_encoder(None, repr, lambda s: 5, None, ':', ',', False, False, True)
print(show(lambda: bad(['x'], 0)))
print(show(lambda: _json.make_encoder([], repr, repr, None, ':', ',', False, False, True)))
print(show(lambda: _json.make_encoder(None, repr, repr, None, 1, ',', False, False, True)))
print(show(lambda: _json.make_encoder(None, repr, repr, None, ':', ',', False, False)))


class Items(dict):
    def items(self):
        return [('z', 1), ('y',)]


print(show(lambda: json.dumps(Items(a=1))))
nested = []
for _ in range(200):
    nested = [nested]
print(len(json.dumps(nested)), len(json.loads(json.dumps(nested))))
deep = '[' * (sys.getrecursionlimit() + 50) + ']' * (sys.getrecursionlimit() + 50)
print(show(lambda: json.loads(deep)))
deep_obj = '{"a":' * (sys.getrecursionlimit() + 50) + '1' + '}' * (sys.getrecursionlimit() + 50)
print(show(lambda: json.loads(deep_obj)))
very = []
for _ in range(sys.getrecursionlimit() + 50):
    very = [very]
print(show(lambda: json.dumps(very)))
