# codecs.encode/decode with the bytes-to-bytes codecs (hex, base64, zlib) and rot13, their names in
# codecs.lookup, the errors they wrap; utf-8-sig encoding and decoding (the signature written,
# dropped when present, error positions after it).
import codecs

for name in ['hex', 'hex_codec', 'base64', 'base_64', 'base64_codec', 'zlib', 'zip', 'zlib_codec', 'rot13', 'rot_13',
             'utf-8-sig', 'UTF_8_SIG', 'utf8']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, type(info).__name__, isinstance(info, tuple))

data = b'pyheap \x00\xff memory'
for name in ['hex', 'base64', 'zlib']:
    enc = codecs.encode(data, name)
    print(name, enc if name != 'zlib' else len(enc), codecs.decode(enc, name) == data)
    print(codecs.lookup(name).encode(data)[1], codecs.getdecoder(name)(enc)[1])
print(codecs.encode('Hello, World! 123', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'', 'hex'), codecs.decode(b'', 'base64'), codecs.decode(b'61 62'.replace(b' ', b''), 'hex'))
for f, args in [(codecs.decode, (b'zz', 'hex')), (codecs.decode, (b'abc', 'base64')), (codecs.decode, (b'xx', 'zlib')),
                (codecs.encode, ('text', 'hex')), (codecs.decode, (b'616', 'hex')), (codecs.lookup, ('hexx',))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

for text in ['', 'abc', 'ñ€𝄞']:
    b = text.encode('utf-8-sig')
    print(ascii(text), b, ascii(b.decode('utf-8-sig')), ascii(b[3:].decode('utf-8-sig')), codecs.encode(text, 'utf-8-sig'))
for data in [b'\xef\xbb\xbf\xff', b'\xff\xef\xbb\xbf', b'\xef\xbb\xbfab\xc3']:
    try:
        data.decode('utf-8-sig')
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.object, e.encoding)
    print(ascii(data.decode('utf-8-sig', 'replace')), ascii(data.decode('utf-8-sig', 'backslashreplace')))
try:
    'a\ud800b'.encode('utf-8-sig')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.encoding)
print('a\ud800b'.encode('utf-8-sig', 'surrogatepass'), 'a\udcffb'.encode('utf-8-sig', 'surrogateescape'))
