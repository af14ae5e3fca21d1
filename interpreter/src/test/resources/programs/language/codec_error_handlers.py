# Encoding and decoding with every built-in error handler and a registered custom one:
# strict's UnicodeEncodeError/DecodeError attributes (start, end, reason, object), replace,
# ignore, backslashreplace (both directions), xmlcharrefreplace, namereplace, surrogateescape
# and surrogatepass round trips, codecs.register_error handlers returning a resume position
# (also a negative one), and lookup_error's failure message.
import codecs

text = 'naïve café ☃ 𝄞 \udcff'
for enc in ('ascii', 'latin-1', 'utf-8'):
    for errors in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'):
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e.start, e.end, e.reason)
try:
    text.encode('ascii')
except UnicodeEncodeError as e:
    print(str(e), e.encoding, e.object == text, e.start, e.end, e.reason, e.args[0])

raw = b'ok \xff\xfe bad \xc3\xa9 \xed\xb3\xbf end'
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass'):
    try:
        print('utf-8', errors, repr(raw.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print('utf-8', errors, 'UnicodeDecodeError', e.start, e.end, e.reason)
try:
    raw.decode('utf-8')
except UnicodeDecodeError as e:
    print(str(e), e.object[:4], e.start, e.end, e.reason)
try:
    b'\x80abc'.decode('ascii')
except UnicodeDecodeError as e:
    print(str(e))
esc = raw.decode('utf-8', 'surrogateescape')
print(esc.encode('utf-8', 'surrogateescape') == raw, repr(esc[3:5]))

def shout(err):
    if isinstance(err, UnicodeEncodeError):
        return ('<' + str(ord(err.object[err.start])) + '>', err.end)
    return ('?' * (err.end - err.start), err.end)
codecs.register_error('shout', shout)
print('añb'.encode('ascii', 'shout'), b'a\xffb\xfe'.decode('ascii', 'shout'))
calls = []
def skip_back(err):
    calls.append(err.start)
    if len(calls) > 1:
        return ('', err.end)
    return ('[', -1)
codecs.register_error('skip_back', skip_back)
print('abcé'.encode('ascii', 'skip_back'), calls)
def bad_handler(err):
    return 'not a tuple'
codecs.register_error('bad', bad_handler)
try:
    'é'.encode('ascii', 'bad')
except TypeError as e:
    print('TypeError', e)
def out_of_range(err):
    return ('x', 100)
codecs.register_error('oor', out_of_range)
try:
    'é'.encode('ascii', 'oor')
except IndexError as e:
    print('IndexError', e)
try:
    codecs.lookup_error('no-such-handler')
except LookupError as e:
    print('LookupError', e)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('shout') is shout)
try:
    codecs.register_error('x', 5)
except TypeError as e:
    print('TypeError', e)
print('\u20ac'.encode('cp1252'), '€'.encode('utf-16-le'), 'a'.encode('utf-32')[:4], b'\xff\xfea\x00'.decode('utf-16'), 'x'.encode('idna'))
print(codecs.encode('abc', 'rot13'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'base64'), codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
