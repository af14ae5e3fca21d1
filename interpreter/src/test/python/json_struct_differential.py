"""Differential check of pyheap's _json (scanner, scanstring, one-shot encoder, encode_basestring)
and _struct against CPython's.

Runs random documents, floats, unicode text, damaged JSON and random struct formats and values
through both modules and prints one line per call: the result, or the exception and its message.
Run it under both interpreters and compare:

  python3 json_struct_differential.py [--seed N] [--count N] [SECTION...] > expected
  ./pyheap run json_struct_differential.py [--seed N] [--count N] [SECTION...] > actual
  diff expected actual

SECTION is any of json, jsonerrors, struct (all by default).
"""

import math
import random
import sys


def show(call):
    try:
        return repr(call())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


_TEXT = ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', '\x7f', 'é', '\u2028', '\ud800',
         '\U0001f600', '\uffff', '~', '{', ',']


def random_text(rng):
    return ''.join(rng.choice(_TEXT) for _ in range(rng.randrange(0, 8)))


def random_float(rng):
    return rng.choice([0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.125, 1 / 3, -2.5e-300, 1.7976931348623157e308,
                       rng.uniform(-1e6, 1e6), rng.random(), math.inf, -math.inf, math.nan, 5e-324])


def random_value(rng, depth=0):
    kind = rng.randrange(10 if depth < 4 else 6)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.choice([0, -1, 7, 2 ** 63, -2 ** 70, 10 ** 30, rng.randrange(-10 ** 6, 10 ** 6)])
    if kind == 2:
        return random_float(rng)
    if kind in (3, 4, 5):
        return random_text(rng)
    if kind in (6, 7):
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]
    if kind == 8:
        return tuple(random_value(rng, depth + 1) for _ in range(rng.randrange(0, 3)))
    keys = [random_text(rng), rng.randrange(-5, 5), rng.choice([1.5, True, False, None])]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))}


def section_json(rng, count):
    import json
    for _ in range(count):
        doc = random_value(rng)
        kw = dict(ensure_ascii=rng.random() < .5, allow_nan=rng.random() < .8, sort_keys=rng.random() < .3,
                  skipkeys=rng.random() < .2, separators=rng.choice([None, (',', ':'), (' ,', ' : ')]))
        text = show(lambda: json.dumps(doc, **kw))
        print('dumps', sorted(kw.items()), text)
        if not text.startswith("'"):
            continue
        text = eval(text)
        print('  loads', show(lambda: json.loads(text)))
        print('  pairs', show(lambda: json.loads(text, object_pairs_hook=list, parse_float=str, parse_int=hex)))
        print('  hook', show(lambda: json.loads(text, object_hook=sorted, parse_constant=len)))
        print('  scanstring', show(lambda: json.decoder.scanstring(json.dumps(random_text(rng)) + ' x', 1)))
        print('  basestring', show(lambda: (json.encoder.encode_basestring(random_text(rng)),
                                            json.encoder.encode_basestring_ascii(random_text(rng)))))


_JSON_PIECES = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"', '"a"', '\\', '\\u', '\\ud834', '\\udd1e', 'u00e9', '1',
                '-', '0', '.', '5', 'e', 'E', '+', 'null', 'nul', 'true', 'false', 'NaN', 'Infinity', '-Infinity',
                '\x01', 'é', 'x', '12345678901234567890']


def section_jsonerrors(rng, count):
    import json
    for _ in range(count):
        text = ''.join(rng.choice(_JSON_PIECES) for _ in range(rng.randrange(1, 12)))
        print(repr(text), show(lambda: json.loads(text)), show(lambda: json.loads(text, strict=False)))
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            print('  ', e.msg, e.pos, e.lineno, e.colno)
        except Exception:
            pass
        start = rng.randrange(len(text) + 2)
        print('  scan', show(lambda: json.decoder.JSONDecoder().raw_decode(text, start)),
              show(lambda: json.decoder.scanstring(text, start)), show(lambda: json.decoder.scanstring(text, start, False)))


_FORMAT_CHARS = 'xcbB?hHiIlLqQnNefdspP'


def random_format(rng):
    order = rng.choice(['', '@', '=', '<', '>', '!'])
    parts = []
    for _ in range(rng.randrange(1, 5)):
        c = rng.choice(_FORMAT_CHARS if order in ('', '@') else _FORMAT_CHARS.replace('n', '').replace('N', '').replace('P', ''))
        parts.append((str(rng.randrange(0, 4)) if rng.random() < .4 else '') + c)
    return order + ' '.join(parts) if rng.random() < .1 else order + ''.join(parts)


_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-2 ** 15, 2 ** 15 - 1), 'H': (0, 2 ** 16 - 1),
           'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1), 'L': (0, 2 ** 64 - 1),
           'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1), 'n': (-2 ** 63, 2 ** 63 - 1), 'N': (0, 2 ** 64 - 1),
           'P': (0, 2 ** 64 - 1)}


def random_item(rng, c):
    """Mostly a value the item takes; now and then one of the wrong type or out of range."""
    wrong = rng.random() < .15
    if c == 'c':
        return rng.choice([b'ab', 1, bytearray(b'a')]) if wrong else bytes([rng.randrange(256)])
    if c in 'sp':
        return rng.choice(['str', 5]) if wrong else rng.choice([b'', b'abc', b'x' * 300, bytearray(b'by')])
    if c in 'efd':
        if wrong:
            return rng.choice([1e300, 65520.0, 'x', 2 ** 1024, 3.4028235e38 * 1.0000001])
        return rng.choice([0.0, -0.0, -1.5, 65504.0, 1e-8, 6e-8, math.inf, -math.inf, math.nan, 1, True,
                           rng.uniform(-1e5, 1e5), 5e-324, 1 / 3])
    if c == '?':
        return rng.choice([True, 0, 2, [], 'x', None])
    low, high = _RANGES[c]
    if wrong:
        return rng.choice([low - 1, high + 1, -1, 2 ** 64, -2 ** 63 - 1, 2 ** 70, 1.0, 'x'])
    return rng.choice([low, high, 0, 1, rng.randrange(low, high + 1), True])


def section_struct(rng, count):
    import struct
    for _ in range(count):
        fmt = random_format(rng)
        s = show(lambda: struct.Struct(fmt))
        print('format', repr(fmt), s if not s.startswith('<') else 'ok', show(lambda: struct.calcsize(fmt)))
        if not s.startswith('<'):
            continue
        st = struct.Struct(fmt)
        codes = [c for c in fmt.lstrip('@=<>!').replace(' ', '') if not c.isdigit()]
        counts = []
        i = 0
        body = fmt.lstrip('@=<>!').replace(' ', '')
        while i < len(body):
            j = i
            while body[j].isdigit():
                j += 1
            n = int(body[i:j]) if j > i else 1
            counts.append((body[j], n))
            i = j + 1
        args = []
        for c, n in counts:
            if c in 'sp':
                args.append(random_item(rng, c))
            elif c != 'x':
                args.extend(random_item(rng, c) for _ in range(n))
        packed = show(lambda: st.pack(*args))
        print('  pack', args, packed, st.size, st.format)
        if packed.startswith('b'):
            data = eval(packed)
            print('  unpack', show(lambda: st.unpack(data)), show(lambda: st.unpack_from(data + b'\0' * 3, 0)),
                  show(lambda: list(st.iter_unpack(data * 3))) if st.size else '',
                  show(lambda: st.unpack(data[:-1])))
            buf = bytearray(st.size + 2)
            print('  pack_into', show(lambda: st.pack_into(buf, 1, *args)), buf,
                  show(lambda: st.pack_into(buf, 3, *args)), show(lambda: struct.pack_into(fmt, buf, -st.size - 2, *args)))
        print('  wrong count', show(lambda: st.pack(*args, 1)), show(lambda: struct.pack(fmt)))
        del codes


SECTIONS = {'json': section_json, 'jsonerrors': section_jsonerrors, 'struct': section_struct}


def main(argv):
    seed, count, names = 1, 200, []
    i = 0
    while i < len(argv):
        if argv[i] == '--seed':
            seed = int(argv[i + 1])
            i += 2
        elif argv[i] == '--count':
            count = int(argv[i + 1])
            i += 2
        else:
            names.append(argv[i])
            i += 1
    for name in names or SECTIONS:
        print('==', name)
        SECTIONS[name](random.Random(f'{seed}:{name}'), count)


if __name__ == '__main__':
    main(sys.argv[1:])
