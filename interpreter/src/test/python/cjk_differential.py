"""Differential check of pyheap's multibyte (CJK) codecs against CPython's: every code point
encoded, every sequence of one and two bytes (three after an EUC 0x8F, four for gb18030's digit
forms) decoded, under each error handler, whole, incrementally and through the stream coders.

Prints one line per codec and check: a SHA-256 of everything the check produced (with --full the
outputs themselves). Run it under both interpreters and compare:

  python3 cjk_differential.py [--full] [--seed N] [CODEC...] > expected
  ./pyheap run cjk_differential.py [--full] [--seed N] [CODEC...] > actual
  diff expected actual
"""

import codecs
import hashlib
import io
import random
import sys

CODECS = ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr',
          'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']
ENCODE_ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                 'surrogateescape', 'surrogatepass']
DECODE_ERRORS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']


def show(call):
    try:
        return repr(call())
    except Exception as e:
        return '%s: %s %r' % (type(e).__name__, e, getattr(e, 'args', ()))


class Report:
    def __init__(self, full):
        self.full = full

    def check(self, codec, what, lines):
        digest = hashlib.sha256()
        count = 0
        for line in lines:
            count += 1
            digest.update(line.encode('utf-8', 'surrogatepass') + b'\n')
            if self.full:
                print(codec, what, line)
        print(codec, what, count, digest.hexdigest()[:16])


def every_code_point(codec):
    # one call per handler over all of Unicode (a strict one stops at the first error; the others
    # show every character's encoding or its error)
    text = ''.join(map(chr, range(0x110000)))
    for errors in ENCODE_ERRORS:
        yield errors + ' ' + show(lambda: hashlib.sha256(text.encode(codec, errors)).hexdigest())


def sequences(codec):
    """The byte sequences that lead somewhere: all one and two bytes, longer after an incomplete prefix."""
    for b1 in range(256):
        yield bytes([b1])
        for b2 in range(256):
            yield bytes([b1, b2])
    for b1 in (0x8f, 0x81, 0x84, 0x90, 0xe3, 0xfe):
        for b2 in (0x30, 0x39, 0xa1, 0xa4, 0xfe):
            for b3 in range(0x80, 0x100, 3):
                yield bytes([b1, b2, b3])
                yield bytes([b1, b2, b3, 0x30]) + bytes([b2])


def every_sequence(codec):
    for seq in sequences(codec):
        try:
            result = seq.decode(codec)
            yield seq.hex() + ' ' + ' '.join('%x' % ord(c) for c in result)
        except UnicodeDecodeError as e:
            yield '%s E%d-%d %s' % (seq.hex(), e.start, e.end, e.reason)


def random_text(rng, codec):
    pool = [chr(rng.randrange(0x20, 0x7f)), chr(rng.randrange(0x3000, 0xa000)), chr(rng.randrange(0xac00, 0xd7a4)),
            '\u304b\u309a', '\xca\u0304', '\u20ac', '\udc80', chr(rng.randrange(0x10000, 0x30000)), '\u309a', '\xca']
    return ''.join(rng.choice(pool) for _ in range(rng.randrange(0, 12)))


def random_bytes(rng, codec):
    text = random_text(rng, codec)
    data = bytearray(text.encode(codec, 'ignore'))
    for _ in range(rng.randrange(0, 3)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def coders(codec, rng, count):
    info = codecs.lookup(codec)
    yield show(lambda: (info.name, codecs.lookup(codec.upper().replace('_', '-')).name))
    for _ in range(count):
        text = random_text(rng, codec)
        data = random_bytes(rng, codec)
        for errors in ENCODE_ERRORS:
            yield show(lambda: text.encode(codec, errors))
            enc = info.incrementalencoder(errors)
            parts = []
            for k in range(0, len(text) + 1, 2):
                parts.append(show(lambda: (enc.encode(text[k:k + 2]), enc.getstate())))
            parts.append(show(lambda: enc.encode('', True)))
            yield ' '.join(parts)
        for errors in DECODE_ERRORS:
            yield show(lambda: data.decode(codec, errors))
            dec = info.incrementaldecoder(errors)
            yield ' '.join(show(lambda: (dec.decode(data[k:k + 1]), dec.getstate())) for k in range(len(data))) + \
                ' ' + show(lambda: dec.decode(b'', True))
        reader = info.streamreader(io.BytesIO(data), 'replace')
        yield show(lambda: [reader.read(1), reader.readline(), reader.read()])
        out = io.BytesIO()
        writer = info.streamwriter(out, 'replace')
        yield show(lambda: (writer.write(text), writer.reset(), out.getvalue()))


def main():
    args = sys.argv[1:]
    full = '--full' in args
    seed = 0
    if '--seed' in args:
        seed = int(args[args.index('--seed') + 1])
    names = [a for a in args if a in CODECS] or CODECS
    report = Report(full)
    for codec in names:
        rng = random.Random('%s %d' % (codec, seed))
        report.check(codec, 'encode', every_code_point(codec))
        report.check(codec, 'decode', every_sequence(codec))
        report.check(codec, 'coders', coders(codec, rng, 60))


if __name__ == '__main__':
    main()
