# The codec registry as Python/codecs.c's: codecs.lookup/register/unregister are _codecs' built-in
# functions; a search function is called with the name normalized as _Py_normalize_encoding does
# (lower case, each run of other characters than letters, digits and '.' one '_') and its codec
# cached; str.encode, bytes.decode and open(encoding=) find it; unregister clears the cache; a
# search function's bad result (TypeError), unknown names (LookupError); the built-in error
# handlers from codecs.lookup_error (<built-in function strict_errors>); encodings.normalize_encoding.
import codecs
import encodings
import os
import tempfile
import _codecs

print(codecs.lookup is _codecs.lookup, codecs.register is _codecs.register,
      codecs.unregister is _codecs.unregister)
print(codecs.lookup('UTF-8').name, codecs.lookup('latin 1').name, codecs.lookup('Latin-1').name)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
print(codecs.lookup, codecs.register, codecs.unregister, _codecs.utf_8_encode)
for handler in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
                'surrogateescape', 'surrogatepass'):
    print(handler, codecs.lookup_error(handler))
print(encodings.normalize_encoding('Latin 1  x-y'), encodings.normalize_encoding(' a--b '),
      encodings.normalize_encoding('utf.8'))

seen = []


class ShoutEncoder(codecs.IncrementalEncoder):
    def encode(self, text, final=False):
        return text.upper().encode('ascii')


class ShoutDecoder(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return bytes(data).decode('ascii').lower()


def shout_encode(text, errors='strict'):
    return text.upper().encode('ascii'), len(text)


def shout_decode(data, errors='strict'):
    return bytes(data).decode('ascii').lower(), len(data)


def search(name):
    seen.append(name)
    if name == 'shout_codec':
        return codecs.CodecInfo(shout_encode, shout_decode, name='shout-codec',
                                incrementalencoder=ShoutEncoder, incrementaldecoder=ShoutDecoder)
    if name == 'bad_codec':
        return ('not', 'a', 'codec')
    return None


codecs.register(search)
print('abc'.encode('Shout Codec'), b'XYZ'.decode('shout-codec'), 'q'.encode('SHOUT__CODEC'))
info = codecs.lookup('shout.codec' if False else 'shout codec')
print(info.name, info is codecs.lookup('SHOUT-CODEC'), type(info).__name__)
print(codecs.encode('hi', 'shout_codec'), codecs.decode(b'HI', 'shout_codec'))
print(seen)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w', encoding='shout_codec') as f:
        f.write('hello file')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, encoding='shout_codec') as f:
        print(f.read())
for name in ('bad codec', 'no-such-codec', 'Really Unknown!'):
    try:
        codecs.lookup(name)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'x'.encode('no such codec')
except LookupError as e:
    print('LookupError', e)
print(seen[-4:])
print(codecs.unregister(search), codecs.unregister(search))
try:
    'a'.encode('shout_codec')
except LookupError as e:
    print('LookupError', e)
for bad in (3, None):
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    codecs.register('not callable')
except TypeError as e:
    print('TypeError', e)
