# json: dumps/loads/dump/load against CPython's, including error messages and positions.
import json
from casekit import case, run_cases, Rng


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


def show_error(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print('ok', repr(r))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
    except Exception as e:
        print(type(e).__name__, e)


STRINGS = ['', 'plain', 'quote " and \\ backslash', 'tab\tnl\ncr\rbs\bff\f', '\x00\x01\x1f\x7f',
           'é☕ü', '\U0001f600 emoji', '\ud800 lone', 'mixed "\u2028\u2029" \x85', '/slash/']


def gen_value(rng, depth):
    kind = rng.below(10 if depth < 4 else 6)
    if kind == 0:
        return rng.below(2000) - 1000
    if kind == 1:
        return (rng.unit() - 0.5) * 10 ** (rng.below(40) - 20)
    if kind == 2:
        return rng.choice(STRINGS) + str(rng.below(10))
    if kind == 3:
        return rng.choice([None, True, False])
    if kind == 4:
        return rng.choice([0.0, -0.0, 1e300 * 10, -1e300 * 10, 1e16, 1.5, 2 ** 70, -(2 ** 64), 0.1])
    if kind == 5:
        return rng.choice(['x', 'y', 'key', 'é'])
    if kind in (6, 7):
        return [gen_value(rng, depth + 1) for _ in range(rng.below(5))]
    if kind == 8:
        return tuple(gen_value(rng, depth + 1) for _ in range(rng.below(3)))
    d = {}
    for _ in range(rng.below(5)):
        d[rng.choice(['a', 'b', 'c', 'zz', 'é', 'k"q', 'A'])] = gen_value(rng, depth + 1)
    return d


@case
def dumps_basics():
    data = {'name': 'pyheap', 'version': 3.11, 'tags': ['gc', 'memory'], 'ok': True, 'none': None,
            'nested': {'b': 1, 'a': [1, 2.5, 'x']}, 't': (1, 2)}
    print(json.dumps(data))
    print(json.dumps(data, sort_keys=True))
    print(json.dumps({'b': [1, {'c': 2}], 'a': {}, 'e': []}, indent=2))
    print(json.dumps({'b': [1, {'c': 2}], 'a': {}}, indent=0))
    print(json.dumps({'b': [1, {'c': 2}], 'a': {}}, indent='\t', sort_keys=True))
    print(json.dumps({'b': [1, {'c': 2}], 'a': {}}, indent=' > ', separators=(';', '='), sort_keys=True))
    print(json.dumps([1, 2], separators=(',', ':')), json.dumps('é☕'), json.dumps('é', ensure_ascii=False))
    print(json.dumps(1e100), json.dumps(float('inf')), json.dumps({1: 'int key', 2.5: 'float key'}))
    print(json.dumps({True: 1, False: 2, None: 3, 7: 4, -1.0: 5, float('nan'): 6}))
    print(json.dumps([1.0, -0.0, 1e16, 1e-7, 123456789.125, 2 ** 100, -(2 ** 63), 0.1 + 0.2]))
    print(json.dumps(None), json.dumps(True), json.dumps(3), json.dumps('s'), json.dumps([]), json.dumps({}), json.dumps(()))
    for s in STRINGS:
        print(json.dumps(s), json.dumps(s, ensure_ascii=False))
    print(json.dumps(object(), default=lambda o: 'custom'))
    print(json.dumps({'s': {1, 2}}, default=sorted))
    print(json.dumps([{'a': 1}], indent=4, separators=(', ', ': ')))


@case
def dumps_errors():
    attempt(json.dumps, {'s': {1, 2}})
    attempt(json.dumps, {'s': {1, 2}}, indent=1)
    attempt(json.dumps, {(1, 2): 3})
    attempt(json.dumps, {(1, 2): 3}, indent=1)
    attempt(json.dumps, {(1, 2): 3, 'a': 1}, skipkeys=True)
    attempt(json.dumps, {(1, 2): 3, 'a': 1}, skipkeys=True, indent=1)
    attempt(json.dumps, {'a': 1, 2: 3}, sort_keys=True)
    attempt(json.dumps, [float('nan')], allow_nan=False)
    attempt(json.dumps, [float('inf')], allow_nan=False, indent=2)
    attempt(json.dumps, {float('-inf'): 1}, allow_nan=False)
    attempt(json.dumps, {float('-inf'): 1}, allow_nan=False, indent=2)
    attempt(json.dumps, float('nan'), allow_nan=False)
    loop = []
    loop.append(loop)
    attempt(json.dumps, loop)
    attempt(json.dumps, loop, indent=2)
    d = {}
    d['self'] = d
    attempt(json.dumps, d)
    attempt(json.dumps, [d], indent=2)

    class Node:
        pass
    n = Node()
    attempt(json.dumps, n, default=lambda o: [o])
    attempt(json.dumps, n, default=lambda o: [o], indent=1)
    attempt(json.dumps, n)
    attempt(json.dumps, [1, n], indent=1)
    deep = []
    for _ in range(100000):
        deep = [deep]
    attempt(json.dumps, deep)
    deepd = {}
    for _ in range(100000):
        deepd = {'k': deepd}
    attempt(json.dumps, deepd)
    attempt(json.dumps, loop, check_circular=False)
    print(json.dumps([[1]], check_circular=False))
    attempt(json.dumps, 1, bogus=1)


@case
def dumps_subclasses():
    class S(str):
        def __str__(self):
            return 'nope'

    class I(int):
        def __repr__(self):
            return 'nope'

    class F(float):
        def __repr__(self):
            return 'nope'

    class L(list):
        pass

    class D(dict):
        pass
    print(json.dumps([S('s'), I(5), F(2.5), L([1]), D(a=1), True, {S('k'): I(1), I(2): F(0.5)}]))
    print(json.dumps([S('s'), I(5), F(2.5), L([1]), D(a=1)], indent=1))

    class Enc(json.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return json.JSONEncoder.default(self, o)
    print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode({'s': {2}}), Enc().encode('x'))
    attempt(Enc().encode, object)
    print(list(json.JSONEncoder().iterencode({'a': [1, 'x', None, {'b': 2.5}], 'c': {}})))
    print(list(json.JSONEncoder(indent=2).iterencode([1, [2, {'k': 'v'}], 'x'])))
    print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=1).item_separator,
          json.JSONEncoder(separators=('a', 'b')).key_separator)


@case
def dumps_random_documents():
    rng = Rng(7)
    for i in range(300):
        value = gen_value(rng, 0)
        opts = {}
        if rng.below(3) == 0:
            opts['indent'] = rng.choice([0, 1, 2, '  ', '\t'])
        if rng.below(3) == 0:
            opts['sort_keys'] = True
        if rng.below(4) == 0:
            opts['ensure_ascii'] = False
        if rng.below(5) == 0:
            opts['separators'] = rng.choice([(',', ':'), (', ', ': '), (' ,', ' : ')])
        try:
            text = json.dumps(value, **opts)
        except Exception as e:
            print(i, type(e).__name__, e)
            continue
        back = json.loads(text)
        print(i, text, back == json.loads(json.dumps(back, **opts)))


@case
def loads_basics():
    doc = '{"a": [1, 2.0, -3e2, "s\\u00e9"], "b": {"c": null, "d": true, "e": false}, "f": ""}'
    obj = json.loads(doc)
    print(obj)
    print(type(obj['a'][0]).__name__, type(obj['a'][1]).__name__, obj['a'][2], obj['a'][3])
    print(json.loads('123'), json.loads('"x"'), json.loads('[]'), json.loads(' null '), json.loads('\n{}\t'))
    print(json.loads('[NaN, Infinity, -Infinity, -0, -0.0, 1E5, 1e-5, 10.5e+2, 0.1]'))
    print(json.loads('12345678901234567890123456789'), json.loads('1.7976931348623157e309'), json.loads('-1e-400'))
    print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n\\t\\"\\\\\\/\\b\\f\\r"'), json.loads('"\\ud800"'), json.loads('"\\ud800\\u0041"'),
          json.loads('"\\udc00\\ud800x"'), json.loads('"\\uD83D\\uDE00"'))
    print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')), json.loads('[1]'.encode('utf-16')),
          json.loads('[1]'.encode('utf-16-le')), json.loads('[1]'.encode('utf-32')), json.loads('[2]'.encode('utf-8-sig')),
          json.loads('"x"'.encode('utf-16-be')), json.loads('3'.encode('utf-32-le')), json.loads(b'7'))
    print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, [2, [3, [4]]]]'))
    print(json.loads('{"x": 1.5, "y": 2}', parse_float=lambda t: ('F', t), parse_int=lambda t: ('I', t)))
    print(json.loads('[NaN, -Infinity]', parse_constant=lambda t: t.lower()))
    print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
    print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
    print(json.loads('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
    print(json.loads('"tab\there"', strict=False), json.loads('{"a\nb": "\x00"}', strict=False))
    keys = json.loads('[{"key": 1}, {"key": 2}]')
    print(list(keys[0])[0] is list(keys[1])[0])
    dec = json.JSONDecoder()
    print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('  {"a": 1}', 2), dec.decode('  5  '))
    print(json.decoder.JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError),
          json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
    e = json.JSONDecodeError('msg', 'a\nbc', 3)
    print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args, e.__reduce__())


@case
def loads_errors():
    bad = ['', ' ', '{', '}', '[', ']', '[1,]', '[,1]', '[1 2]', '{"a": 1,}', '{"a" 1}', '{a: 1}',
           "{'a': 1}", '{"a":}', '{"a": 1 "b": 2}', '[1, 2', 'nope', 'nul', 'tru', 'fals', 'True', 'NULL',
           '-', '-x', '+1', '01', '1.', '.5', '1e', '1e+', '1.5e', '1.e5', '0x10', '1_000', 'Infinity1',
           '-Inf', 'nan', '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\uzzzz"', '"\\ud800\\u12"',
           '"\\ud800\\uqqqq"', '"\\u1234', '"\\ud800\\udc00', '"a\tb"', '"a\nb"', '"\x00"', '"\x1f"',
           '[1]\n[2]', '{"a": 1}}', '{"a": [1, {"b": ]}}', '\ufeff[1]', '[1, 2]\n\n  x', '{"a"\n:\n1,\n\n"b"}',
           '"\\', '"\\u', '"\\ud800\\', '"\\ud800\\u', '[-]', '[1.2.3]', '{"a": -}', '[1e5e5]', '1 2',
           '{"\x01": 1}', '{"a\\q": 1}', '[true false]', '[truefalse]', '[nulll]', '[NaNN]']
    for text in bad:
        print(repr(text), end=' ')
        show_error(json.loads, text)
    for text in ['"a\tb"', '{"\x01": 1}']:
        show_error(json.loads, text, strict=False)
    show_error(json.loads, 5)
    show_error(json.loads, None)
    show_error(json.loads, b'\xff\xfe\x00')
    show_error(json.JSONDecoder().raw_decode, '[1]', -1)
    show_error(json.JSONDecoder().raw_decode, '[1]', 5)
    show_error(json.loads, '[' * 100000 + ']' * 100000)
    show_error(json.loads, '{"a":' * 100000 + '1' + '}' * 100000)
    show_error(json.loads, '1' * 5000)


@case
def loads_mutations():
    rng = Rng(11)
    base = ['{"a": [1, 2.5, "x\\u00e9y"], "b": {"c": null, "d": [true, false]}, "e": -3e-2}',
            '[{"k": "v"}, [], {}, "s\\n", 0, -0.5, 1E+3, NaN]',
            '{"deep": [[[{"x": [1, {"y": "z"}]}]]], "t": "\\ud83d\\ude00"}']
    alphabet = '{}[]",:\\ \n\t0123456789-+.eEtrufalsnNI\x01xé'
    for i in range(600):
        text = rng.choice(base)
        op = rng.below(4)
        pos = rng.below(len(text) + 1)
        if op == 0:
            text = text[:pos]
        elif op == 1:
            text = text[:pos] + rng.choice(alphabet) + text[pos:]
        elif op == 2:
            text = text[:pos] + text[pos + 1:]
        else:
            text = text[:pos] + rng.choice(alphabet) + text[pos + 1:]
        print(i, repr(text), end=' ')
        show_error(json.loads, text)


@case
def dump_and_load_files():
    class Writer:
        def __init__(self):
            self.chunks = []

        def write(self, s):
            self.chunks.append(s)

    class Reader:
        def __init__(self, text):
            self.text = text

        def read(self):
            return self.text
    w = Writer()
    json.dump({'a': [1, 'x', None, {'b': 2.5}], 'c': {}, 'd': []}, w)
    print(w.chunks)
    w = Writer()
    json.dump([1, {'k': [True]}], w, indent=2, sort_keys=True)
    print(w.chunks)
    w = Writer()
    try:
        json.dump([1, 2, {3}, 4], w)
    except TypeError as e:
        print('TypeError', e, w.chunks)
    print(json.load(Reader('{"x": [1, 2]}')), json.load(Reader(b'[3]')))
    print(json.load(Reader('[1.5]'), parse_float=str))


run_cases()
