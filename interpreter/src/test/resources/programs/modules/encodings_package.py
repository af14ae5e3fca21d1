# encodings: the package's search_function, normalize_encoding and aliases over the codec registry,
# codec modules imported by name (utf_8, latin_1, cp1252, hex_codec, rot_13); codecs' incremental
# encoders and decoders (characters split between inputs, byte order marks and signatures for
# UTF-8-sig/16/32, the binary codecs), iterencode/iterdecode, register/unregister of a search function
import codecs, encodings, encodings.aliases, encodings.utf_8, encodings.latin_1, encodings.cp1252
print(encodings.normalize_encoding('  UTF-8 '), encodings.normalize_encoding(b'latin--1'), encodings.normalize_encoding('a.b c\xe9d'))
print(encodings.search_function('utf-8').name, encodings.search_function('no-such'))
print(encodings.utf_8.getregentry().name, encodings.utf_8.encode('h\xe9'), encodings.utf_8.decode(b'h\xc3\xa9'))
print(encodings.latin_1.getregentry().name, encodings.cp1252.Codec().encode('\u20ac')[0], encodings.cp1252.Codec().decode(b'\x80'))
a = encodings.aliases.aliases
print(a['utf8'], a['latin1'], a['us_ascii'], a['u16'], a['1252'], a.get('utf_8'), a['ansi_x3.4_1968'])
print(encodings.utf_8.encode('x'), encodings.utf_8.IncrementalDecoder, encodings.utf_8.IncrementalEncoder)
dec = codecs.getincrementaldecoder('utf-8')()
data = 'h\xe9llo \u20ac \U0001f600!'.encode('utf-8')
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b'', True), dec.getstate())
dec = encodings.utf_8.IncrementalDecoder('replace')
print(repr(dec.decode(b'ab\xe2\x82')), dec.getstate(), repr(dec.decode(b'', final=True)))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print(e)
for enc in ('utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1'):
    text = 'a\xe9\U0001f600z' if enc != 'latin-1' else 'a\xe9z'
    encoded = b''.join(codecs.iterencode(iter(['a', '\xe9', text[2:]]), enc))
    print(enc, encoded == text.encode(enc), encoded.hex())
    d = codecs.getincrementaldecoder(enc)()
    print(''.join(d.decode(encoded[i:i + 1]) for i in range(len(encoded))) + d.decode(b'', True) == text)
print(list(codecs.iterdecode([b'\xef\xbb', b'\xbfhi', b'\xc3', b'\xa9'], 'utf-8-sig')))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset(); print(enc.encode('c'))
def search(name):
    print('searching', name)
    if name == 'my_rot':
        return codecs.CodecInfo(lambda s, e='strict': (s[::-1], len(s)), lambda s, e='strict': (s[::-1], len(s)), name='my-rot')
codecs.register(search)
print(codecs.lookup('My Rot').name, codecs.encode('abc', 'my-rot'), codecs.decode('xyz', 'MY_ROT'))
try:
    codecs.lookup('nothing-here')
except LookupError as e:
    print(e)
try:
    codecs.register('x')
except TypeError as e:
    print(e)
print(codecs.unregister(search))
try:
    codecs.lookup('my-rot')
except LookupError as e:
    print(e)
try:
    codecs.getincrementalencoder('hex')
except LookupError as e:
    print('LookupError', e)
import encodings.hex_codec, encodings.rot_13
print(encodings.hex_codec.Codec().encode(b'\x01\xff'), encodings.rot_13.Codec().encode('abc'))
print(type(encodings.CodecRegistryError.__mro__[1]).__name__, encodings.CodecRegistryError.__mro__[1:3])
for name in ('hex', 'base64', 'zlib', 'rot13'):
    e = codecs.getincrementalencoder(name)()
    d = codecs.getincrementaldecoder(name)()
    src = b'abc' * 20 if name != 'rot13' else 'Hello'
    enc = e.encode(src[:5]) + e.encode(src[5:], True)
    print(name, enc[:40], d.decode(enc[:8]) + d.decode(enc[8:], True) == src)
print([encodings.aliases.aliases[k] for k in ('utf8', 'u16', 'utf_32le', 'l1', '646', 'cp819', 'latin2', 'hex', 'zip', 'rot13')])
