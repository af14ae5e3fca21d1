# The _codecs functions of the single-byte tables and the escape codec (charmap_decode,
# charmap_encode, charmap_build and its EncodingMap, escape_encode/decode, utf_7_encode/decode)
# and the codec modules found only through the encodings package: bz2_codec, quopri_codec,
# uu_codec, undefined and charmap, with their error messages and incremental coders.
import codecs
import _codecs


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- charmap_decode
table = 'ab\ufffec' + ''.join(chr(0x3b1 + i) for i in range(20))
show('dec none', codecs.charmap_decode, b'\x00\xe9\xff')
show('dec none errors', codecs.charmap_decode, b'abc', 'strict', None)
show('dec str', codecs.charmap_decode, b'\x00\x01\x03\x05', 'strict', table)
show('dec str undefined', codecs.charmap_decode, b'\x00\x02\x01', 'strict', table)
show('dec str past end', codecs.charmap_decode, b'\x00\x40', 'strict', table)
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    show('dec str ' + errors, codecs.charmap_decode, b'\x00\x02\x01\x99\x03', errors, table)
mapping = {0: 'x', 1: 0x263a, 2: 'two', 3: None, 5: 0xFFFE, 6: '', 7: '\ufffe'}
show('dec dict', codecs.charmap_decode, b'\x00\x01\x02\x06', 'strict', mapping)
show('dec dict None', codecs.charmap_decode, b'\x00\x03', 'strict', mapping)
show('dec dict missing', codecs.charmap_decode, b'\x04', 'strict', mapping)
show('dec dict fffe', codecs.charmap_decode, b'\x05', 'strict', mapping)
show('dec dict fffe str', codecs.charmap_decode, b'\x07', 'strict', mapping)
show('dec dict replace', codecs.charmap_decode, b'\x03\x04\x00', 'replace', mapping)
show('dec dict bad type', codecs.charmap_decode, b'\x00', 'strict', {0: b'x'})
show('dec dict range', codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000})
show('dec dict negative', codecs.charmap_decode, b'\x00', 'strict', {0: -1})
show('dec list', codecs.charmap_decode, b'\x00\x01\x02', 'strict', ['p', 'q'])
show('dec bytearray', codecs.charmap_decode, bytearray(b'\x01'), 'strict', table)
show('dec str arg', codecs.charmap_decode, 'abc', 'strict', table)
show('dec empty', codecs.charmap_decode, b'', 'strict', table)
codecs.register_error('test.mark', lambda e: ('<%d-%d %s>' % (e.start, e.end, e.reason), e.end))
show('dec custom', codecs.charmap_decode, b'\x00\x02\x02\x01', 'test.mark', table)
codecs.register_error('test.skip2', lambda e: ('#', e.end + 1))
show('dec custom skip', codecs.charmap_decode, b'\x02\x00\x00\x01', 'test.skip2', table)
show('dec unknown handler', codecs.charmap_decode, b'\x02', 'nosuch', table)

# ---- charmap_build and EncodingMap
etable = '\x00' + table
em = codecs.charmap_build(etable)
print('build table', type(codecs.charmap_build(table)).__name__)
print('build', type(em).__name__, type(em).__module__, em.size())
print('build 256', codecs.charmap_build(''.join(chr(i) for i in range(256))).size())
print('build greek', codecs.charmap_build('\x00' + ''.join(chr(0x391 + i) for i in range(40))).size())
print('build dict', codecs.charmap_build('xyz'))
print('build astral', codecs.charmap_build('\x00\U0001F600b'))
show('build empty', codecs.charmap_build, '')
show('build bytes', codecs.charmap_build, b'abc')

# ---- charmap_encode
show('enc none', codecs.charmap_encode, 'abc\xe9')
show('enc none error', codecs.charmap_encode, 'a\u20acb')
show('enc map', codecs.charmap_encode, 'abc\u03b1\u03b2', 'strict', em)
show('enc map undefined', codecs.charmap_encode, 'a\u20ac\u20acb', 'strict', em)
for errors in ('replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'test.mark', 'namereplace'):
    show('enc map ' + errors, codecs.charmap_encode, 'a\u20acb', errors, em)
qtable = '\x00' + ''.join(chr(i) for i in range(1, 128))
qm = codecs.charmap_build(qtable)
for errors in ('replace', 'xmlcharrefreplace', 'backslashreplace', 'test.mark'):
    show('enc ascii ' + errors, codecs.charmap_encode, 'a\u20ac\u20acb', errors, qm)
emap = {ord('a'): 0x61, ord('b'): b'BB', ord('c'): None, ord('d'): b'', 0x20ac: 0x80}
show('enc dict', codecs.charmap_encode, 'abd\u20ac', 'strict', emap)
show('enc dict None', codecs.charmap_encode, 'ac', 'strict', emap)
show('enc dict missing', codecs.charmap_encode, 'az', 'strict', emap)
show('enc dict replace', codecs.charmap_encode, 'azc', 'replace', emap)
show('enc dict replace ok', codecs.charmap_encode, 'azc', 'replace', dict(emap, **{'?': 0x3f}))
show('enc dict bad type', codecs.charmap_encode, 'a', 'strict', {ord('a'): 'A'})
show('enc dict range', codecs.charmap_encode, 'a', 'strict', {ord('a'): 256})
codecs.register_error('test.bytes', lambda e: (b'<?>', e.end))
show('enc dict handler bytes', codecs.charmap_encode, 'aza', 'test.bytes', emap)
show('enc not str', codecs.charmap_encode, b'abc', 'strict', emap)
show('round trip', lambda: codecs.charmap_decode(codecs.charmap_encode('ab\u03b3c', 'strict', em)[0], 'strict', etable))

# ---- escape_encode / escape_decode
show('esc enc', codecs.escape_encode, b'a\'b"c\\\t\n\r\x00\x7f\xff')
show('esc enc str', codecs.escape_encode, 'abc')
show('esc dec', codecs.escape_decode, b'a\\n\\t\\\\\\x41\\101\\x7\\q')
show('esc dec 2', codecs.escape_decode, b'\\a\\b\\f\\v\\0\\"\\\'\\\nX')
show('esc dec str', codecs.escape_decode, 'caf\xe9\\x41')
show('esc dec bad x', codecs.escape_decode, b'ab\\xZZ')
show('esc dec bad x replace', codecs.escape_decode, b'ab\\xZZ', 'replace')
show('esc dec bad x ignore', codecs.escape_decode, b'ab\\xZ', 'ignore')
show('esc dec bad x other', codecs.escape_decode, b'ab\\xZ', 'backslashreplace')
show('esc dec trailing', codecs.escape_decode, b'abc\\')
show('esc codec', codecs.decode, b'\\x41\\n', 'unicode_escape')

# ---- utf_7
show('u7 enc', codecs.utf_7_encode, 'Hi \u20ac+ 1')
show('u7 dec', codecs.utf_7_decode, b'Hi +IKw-+- 1')
show('u7 dec partial', codecs.utf_7_decode, b'a+IK', 'strict', False)
show('u7 dec final', codecs.utf_7_decode, b'a+IK', 'strict', True)

# ---- the bytes-to-bytes codecs of the encodings package
data = b'The quick brown fox\tjumps =over\nthe lazy dog.\n' * 3
for name in ('bz2', 'bz2_codec', 'quopri', 'quotedprintable', 'quoted-printable', 'quopri_codec', 'uu', 'uu_codec'):
    info = codecs.lookup(name)
    print('lookup', name, info.name, info._is_text_encoding, info.incrementalencoder.__module__,
          info.incrementalencoder.__qualname__, info.streamreader.__name__)
for name in ('quopri', 'uu'):
    enc = codecs.encode(data, name)
    print(name, enc)
    print(name, 'back', codecs.decode(enc, name) == data)
enc = codecs.encode(data, 'bz2')
print('bz2', enc[:4], codecs.decode(enc, 'bz2') == data)
print('quopri tabs', codecs.encode(b'a\tb c \n', 'quopri'), codecs.decode(b'a=3Db=\nc', 'quopri'))
print('uu long', codecs.encode(bytes(range(100)), 'uu'))
show('uu no begin', codecs.decode, b'hello\n', 'uu')
show('uu truncated', codecs.decode, b'begin 666 x\n', 'uu')
show('uu broken', codecs.decode, b'begin 666 x\n#86)C\nend\n', 'uu')
show('bz2 errors', codecs.encode, b'x', 'bz2', 'ignore')
show('quopri errors', codecs.decode, b'x', 'quopri', 'replace')
show('bz2 text', lambda: 'x'.encode('bz2'))
show('bz2 bad data', codecs.decode, b'not bz2 data', 'bz2')
for name in ('bz2', 'quopri', 'uu'):
    ie = codecs.getincrementalencoder(name)()
    pieces = ie.encode(data[:20]) + ie.encode(data[20:], True)
    idec = codecs.getincrementaldecoder(name)()
    print('incremental', name, idec.decode(pieces, True) == data)

# ---- undefined and charmap
show('undefined enc', 'abc'.encode, 'undefined')
show('undefined dec', b'abc'.decode, 'undefined')
show('undefined lookup', lambda: codecs.lookup('undefined').name)
show('undefined incremental', lambda: codecs.getincrementalencoder('undefined')().encode('x'))
show('charmap enc', 'abc\xff'.encode, 'charmap')
show('charmap enc error', 'a\u0100'.encode, 'charmap')
show('charmap dec', b'ab\xff'.decode, 'charmap')
print('charmap info', codecs.lookup('charmap').name, codecs.lookup('charmap').encode)
ie = codecs.getincrementalencoder('charmap')()
print('charmap incremental', ie.encode('ab'), ie.mapping)
import encodings.charmap, encodings.undefined
print(sorted(n for n in dir(encodings.charmap) if not n.startswith('_')))
print(sorted(n for n in dir(encodings.undefined) if not n.startswith('_')))

# ---- escape_decode's warnings: the first invalid escape only, at the caller's line
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print('esc dec warn', codecs.escape_decode(b'\\q\\777'), codecs.escape_decode(b'\\777\\q'))
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__, w.lineno)
