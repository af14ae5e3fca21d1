# Error case: json, struct and re errors: messages and attributes (JSONDecodeError's msg/pos/lineno/colno, struct.error, re.error's pos/lineno/colno/pattern).
import json, struct, re

for doc in ['', '{', '{"a" 1}', '[1, 2', '[1,]', '{"a": 1,}', 'nul', 'tru', '"abc', '"\\x"', '1 2',
            '{1: 2}', '\n\n  [1,\n  2,,]', '"\\ud800"x', '01', '-', '[1e]', '"a\nb"', '{"a": 1} x', 'NaN1', '\ufeff[]']:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for obj in [{1j: 2}, {(1,): 2}, [1j], object(), {'a': {1, 2}}, float('nan'), b'x']:
    try:
        print(json.dumps(obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.loads(b'\xff')
except Exception as e:
    print(type(e).__name__, e)
try:
    json.loads(1)
except TypeError as e:
    print(e)
try:
    json.dumps({'a': 1}, sort_keys=True, indent='x', separators=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    circ = []
    circ.append(circ)
    json.dumps(circ)
except ValueError as e:
    print(e)
try:
    circ = {}
    circ['x'] = circ
    json.dumps(circ)
except ValueError as e:
    print(e)

cases = [
    ('i', ('a',)), ('i', (2**40,)), ('b', (200,)), ('B', (-1,)), ('h', (1 << 20,)), ('H', (-1,)),
    ('c', ('a',)), ('c', (b'ab',)), ('?', ()), ('i', (1, 2)), ('3s', (1,)), ('z', (1,)), ('e', (1e10,)),
    ('f', (1e300,)), ('f', ('x',)), ('d', ('x',)), ('Q', (-1,)), ('q', (2**63,)), ('P', (-1,)), ('x', (1,)),
    ('<P', (1,)), ('!n', (1,)), ('5', ()), ('i', (1.5,)), ('L', (2**32,)), ('l', (2**31,)),
]
for fmt, args in cases:
    try:
        print(fmt, args, struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, args, 'struct.error:', e)
    except Exception as e:
        print(fmt, args, type(e).__name__ + ':', e)
for fmt, data in [('i', b'ab'), ('2h', b'abc'), ('i', 'abcd'), ('c', b''), ('>Q', b'x' * 9)]:
    try:
        print(struct.unpack(fmt, data))
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)
for call in [lambda: struct.unpack_from('i', b'ab', 1), lambda: struct.unpack_from('i', b'abcdef', -10),
             lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1),
             lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: struct.iter_unpack('i', b'abc'),
             lambda: struct.iter_unpack('', b''), lambda: struct.calcsize(1), lambda: struct.Struct(),
             lambda: struct.pack(), lambda: struct.unpack('i')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)

for pat in ['(', ')', '[a', 'a{2,1}', '*a', 'a**', '(?P<1>a)', '(?P<n>a)(?P<n>b)', '\\', '(?<=a+)b',
            '\\1', '(?P=x)', 'a\\', '[z-a]', '(?z)', '\\N{NOPE}', 'x\n(', '(?P<n', '(?i', '\\8', '\\u12',
            '{1,2}?+', '(?x)  \n  [', '(?#abc']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
for call in [lambda: re.sub('a', '\\1', 'a'), lambda: re.sub('(a)', '\\2', 'a'), lambda: re.sub('a', '\\g<x>', 'a'),
             lambda: re.sub('a', '\\g<', 'a'), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
             lambda: re.compile('a', re.I).match('a', 'x'), lambda: re.match('(a)', 'a').group(2),
             lambda: re.match('(a)', 'a').group('x'), lambda: re.compile(1), lambda: re.compile('a', flags='i'),
             lambda: re.escape(1), lambda: re.split('a', 'b', maxsplit='x'), lambda: re.compile('(?L)a'),
             lambda: re.compile(b'(?u)a'), lambda: re.compile('a', re.A | re.U), lambda: re.purge(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)
