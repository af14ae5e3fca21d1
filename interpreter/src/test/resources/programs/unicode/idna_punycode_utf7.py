# The codecs written in Python: punycode (RFC 3492, seeded random text both ways, the three error
# modes on damaged input), utf-7 (every ASCII character, surrogate pairs, shift sequences ended by
# each kind of byte, the errors with their ranges and reasons under each handler, the incremental
# decoder holding an open shift sequence), and idna (nameprep's mapping, normalization, prohibited
# characters and bidi rules, label lengths, the 'xn--' round trip, the incremental coders); reached
# by str.encode, bytes.decode, str()/bytes() and codecs.encode/decode, their failures wrapped as
# CPython's registry wraps them ("encoding with 'idna' codec failed (...)").
import codecs
import random
import zlib


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        text = '%s: %s' % (type(e).__name__, e)
        if e.__cause__ is not None:
            text += ' <- %s: %s' % (type(e.__cause__).__name__, e.__cause__)
        if isinstance(e, UnicodeDecodeError):
            text += ' [%d:%d]' % (e.start, e.end)
        return text


rnd = random.Random(36)
POOL = 'abcXYZ-09 .äöüßéñ€ΩжあÜ\u0301\U0001f600'
digest = 0
for i in range(300):
    text = ''.join(rnd.choice(POOL) for _ in range(rnd.randint(0, 12)))
    encoded = text.encode('punycode')
    assert encoded.decode('punycode') == text
    digest = zlib.crc32(encoded, digest)
print('punycode 300 texts crc %08x' % digest)
for text in ['München-Ost', 'bücher', 'ü', '', 'abc-', '-', '\U0010ffff', 'ÄÖÜ' * 5]:
    print('punycode', ascii(text), text.encode('punycode'))
for data in [b'Mnchen-Ost-9db', b'bcher-kva', b'tda', b'abc-', b'bcher-k!a', b'bcher-k', b'-9db',
             b'ZZZZZZZZZZ', b'xn-\xff', 'bcher-kva', b'99999999']:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        print('punycode', data, errors, attempt(lambda: codecs.decode(data, 'punycode', errors)))

print('utf-7 direct:', ''.join(chr(c) for c in range(128) if chr(c).encode('utf-7') == bytes([c])))
for text in ['Hi Mom -☺-!', '日本語', 'A≢Α.', '+', '+-', 'a+b', '~\\', '\U0001f600x', '\ud800',
             'x\udc00-', 'é-', 'éa', 'é.', '', '\x00\x7f']:
    encoded = text.encode('utf-7')
    print('utf-7', ascii(text), encoded, ascii(encoded.decode('utf-7')))
digest = 0
for i in range(300):
    text = ''.join(rnd.choice(POOL + '+~\\\n') for _ in range(rnd.randint(0, 10)))
    encoded = text.encode('utf7')
    assert encoded.decode('U7') == text
    digest = zlib.crc32(encoded, digest)
print('utf-7 300 texts crc %08x' % digest)
for data in [b'+\xff', b'\xe9', b'+AGE', b'+AGEx', b'+AGF-', b'+AG-', b'+2D3cAA-', b'+2D0-',
             b'+2D0AYQ-', b'a+', b'+!', b'+AGEAYgBj', b'+AGEAYg.x', b'+ZZ-\xff\x80']:
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
        print('utf-7', data, errors, attempt(lambda: data.decode('utf-7', errors)))
print(attempt(lambda: b'+\xff'.decode('utf-7', 'bogus')))
decoder = codecs.getincrementaldecoder('utf-7')()
print([decoder.decode(bytes([b])) for b in b'A+ImIDkQ.+AGEAYg'], repr(decoder.decode(b'', True)))
print(codecs.lookup('utf-7').decode(b'a+AGE-'), codecs.lookup('utf-7').encode('a€'))

for name in ['bücher.example', 'BÜCHER.de.', 'straße.de', 'ﬁnance', 'Ⅻ.com', 'a\u00adb', '日本語。jp',
             'ｅｘａｍｐｌｅ．com', 'שלום', 'aשלום', 'שלום1', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
             'a b', 'a\u2ff0b', 'a\ue000', 'xn--abc', 'xn--ü', 'a..b', '.', '', 'a' * 63, 'a' * 64,
             'ü' * 60, 'e\u0301.com', 'Σίσυφος', 'İstanbul']:
    print('idna', ascii(name), attempt(lambda: name.encode('idna')))
for data in [b'xn--bcher-kva.example', b'XN--BCHER-KVA.de', b'xn--tda.', b'plain.org', b'xn--abc-',
             b'xn--zca', b'xn--a', b'xn--!', b'a..b', b'\xff.com', b'xn--ss-', b'xn--bcher-kva' * 5]:
    print('idna', data, attempt(lambda: data.decode('idna')), attempt(lambda: str(data, 'idna')))
print(attempt(lambda: 'ü'.encode('idna', 'replace')), attempt(lambda: b'a'.decode('idna', 'ignore')))
print(attempt(lambda: bytes('bücher', 'idna')), attempt(lambda: codecs.encode('bücher', 'idna')))
print(attempt(lambda: codecs.decode(b'xn--bcher-kva', 'idna')), attempt(lambda: 'x'.encode('hex')),
      attempt(lambda: b'x'.decode('rot13')))
encoder = codecs.getincrementalencoder('idna')()
print([encoder.encode(part) for part in ['bü', 'cher', '.exa', 'mple.', 'ö']], encoder.encode('', True))
decoder = codecs.getincrementaldecoder('idna')()
print([decoder.decode(part) for part in [b'xn--b', b'cher-kva', b'.exa', b'mple.', b'xn--n']],
      attempt(lambda: decoder.decode(b'', True)))
print(list(codecs.iterencode(['mün', 'chen.', 'de'], 'idna')), list(codecs.iterdecode([b'a.', b'b'], 'idna')))
print([codecs.lookup(n).name for n in ('idna', 'IDNA', 'punycode', 'utf_7', 'utf-7', 'u7', 'unicode-1-1-utf-7')])
