# codecs' error handlers: the built-in ones as callables (lookup_error of each name, the
# *_errors functions, surrogateescape/surrogatepass) on each exception kind, their results and
# TypeErrors, clamped positions; register_error/lookup_error and their errors; a program's handler
# used by str.encode, bytes.decode, str()/bytes(), codecs.encode/decode, incremental coders and
# stream coders of the built-in codecs (the exception it gets: encoding, range, reason), str and
# bytes replacements (UTF codecs take ASCII text and whole code units), positions forward, back,
# from the end, the exception's object replaced; what a handler may not return (IndexError,
# "error handler must return ... tuple"), a handler that raises, an unknown name never looked up
# when nothing fails; the multibyte (CJK) codecs calling a program's handler (bytes or str replacements,
# positions, incremental encoders).
import codecs, io

# the built-in handlers as callables
excs = [UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001F600\udcff', 1, 5, 'bad'),
        UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'bad'), UnicodeTranslateError('a\xe9\u20ac', 1, 3, 'bad'),
        UnicodeEncodeError('ascii', 'abc', -5, 10, 'bad'),
        ValueError('x'), 3]
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
             'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(name)
    print(name, h is getattr(codecs, name + '_errors', h))
    for e in excs:
        try:
            print('  ', type(e).__name__, h(e))
        except Exception as x:
            print('  ', type(e).__name__, '->', type(x).__name__, x)
se, sp = codecs.lookup_error('surrogateescape'), codecs.lookup_error('surrogatepass')
for e in [UnicodeEncodeError('utf-8', 'a\udcff\udc80', 1, 3, 'r'), UnicodeDecodeError('utf-8', b'a\xff\xfe\x80\x81\x82', 1, 6, 'r'),
          UnicodeDecodeError('utf-8', b'a\xff\x41', 1, 3, 'r'), UnicodeDecodeError('utf-8', b'a\x41', 1, 2, 'r')]:
    try:
        print('surrogateescape', se(e))
    except Exception as x:
        print('surrogateescape ->', type(x).__name__, x)
for e in [UnicodeEncodeError('utf-8', 'a\udcff\ud800', 1, 3, 'r'), UnicodeEncodeError('utf-16-be', 'a\udcff', 1, 2, 'r'),
          UnicodeEncodeError('UTF_32_LE', 'a\udcff', 1, 2, 'r'), UnicodeEncodeError('latin-1', 'a\udcff', 1, 2, 'r'),
          UnicodeEncodeError('utf-8', 'a\xe9', 1, 2, 'r'), UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'r'),
          UnicodeDecodeError('utf-16-le', b'a\x00\xd8', 1, 3, 'r'), UnicodeDecodeError('utf-8', b'a\xc3\xa9', 1, 2, 'r')]:
    try:
        print('surrogatepass', sp(e))
    except Exception as x:
        print('surrogatepass ->', type(x).__name__, x)
for bad in [lambda: codecs.lookup_error('nope'), lambda: codecs.register_error('x', 3),
            lambda: codecs.register_error(3, print), lambda: codecs.lookup_error(3)]:
    try:
        bad()
    except Exception as x:
        print(type(x).__name__, x)

# handlers a program registers
calls = []
def star(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('*' * (exc.end - exc.start), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('star', star)
print(codecs.lookup_error('star') is star)
print('aé€b'.encode('ascii', 'star'), 'aé€b'.encode('latin-1', 'star'), 'a\udcffb'.encode('utf-8', 'star'),
      'aé€b'.encode('cp1252', 'star'), 'a\ud800b'.encode('utf-16', 'star'), 'ĀxĀ'.encode('cp437', 'star'))
print(b'a\xffb\xc3'.decode('utf-8', 'star'), b'a\xffb'.decode('ascii', 'star'), b'a\x00\x00\xd8'.decode('utf-16-le', 'star'),
      b'\xff\xfea\x00\x00\xdc'.decode('utf-16', 'star'), b'\xef\xbb\xbfa\xff'.decode('utf-8-sig', 'star'),
      b'\x81a'.decode('cp1252', 'star'), str(b'x\xff', 'utf-8', 'star'), bytes('x\xff', 'ascii', 'star'))
print(calls)
print(codecs.encode('aé', 'ascii', 'star'), codecs.decode(b'a\xff', 'utf-8', 'star'))
enc = codecs.getincrementalencoder('ascii')('star')
print(enc.encode('aé'), enc.encode('ü', True))
dec = codecs.getincrementaldecoder('utf-8')('star')
print(dec.decode(b'a\xff\xc3'), dec.decode(b'\xa9\xfe', True))
w = codecs.getwriter('latin-1')(io.BytesIO(), 'star'); w.write('a€'); print(w.getvalue())
r = codecs.getreader('ascii')(io.BytesIO(b'a\x80b'), 'star'); print(r.read())

# bytes replacements, positions back and forward, negative positions
codecs.register_error('bytes', lambda e: (b'[%d]' % e.start, e.end))
codecs.register_error('bytes2', lambda e: (b'[]', e.end))
codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
for text, enc, name in [('aéb', 'ascii', 'bytes'), ('a\udcffb', 'utf-16-le', 'bytes'), ('a\udcffb', 'utf-16-le', 'bytes2'),
                        ('a\udcffb', 'utf-32', 'bytes2'), ('a\udcffb', 'utf-8', 'bytes'), ('a\udcffb', 'utf-8', 'nonascii'),
                        ('a\udcffb', 'utf-16', 'nonascii'), ('a\u20acb', 'latin-1', 'nonascii'), ('a\u20acb', 'cp437', 'nonascii')]:
    try:
        print(enc, name, text.encode(enc, name))
    except UnicodeEncodeError as x:
        print(enc, name, 'UnicodeEncodeError', x, x.__context__)
codecs.register_error('skip2', lambda e: ('#', e.start + 2))
print('aébcd'.encode('ascii', 'skip2'), b'a\xffbcd'.decode('ascii', 'skip2'))
codecs.register_error('fromend', lambda e: ('#', -1))
print('aébcd'.encode('ascii', 'fromend'), b'a\xffbcd'.decode('ascii', 'fromend'))
seen = []
def back(e):
    seen.append(e.start)
    return ('?', e.start + 1) if len(seen) > 2 else ('-', 0)
codecs.register_error('back', back)
print('é'.encode('ascii', 'back'), seen)
def swap(e):
    e.object = b'xyz'
    return ('!', 1)
codecs.register_error('swap', swap)
print(b'\xff\xff\xff\xff'.decode('ascii', 'swap'))

# what a handler may not return
for name, result in [('r1', ('x', 99)), ('r2', ('x', -99)), ('r3', 'x'), ('r4', ('x', 'y')), ('r5', (1, 1)),
                     ('r6', ('x',)), ('r7', (b'x', 2)), ('r8', ('é', 2)), ('r9', ('x', True + 1))]:
    codecs.register_error(name, lambda e, result=result: result)
    for f in (lambda: 'aéb'.encode('ascii', name), lambda: b'a\xffb'.decode('ascii', name)):
        try:
            print(name, repr(f()))
        except Exception as x:
            print(name, type(x).__name__, x)
def fails(e):
    raise ValueError('handler says no')
codecs.register_error('fails', fails)
try:
    'é'.encode('ascii', 'fails')
except ValueError as x:
    print(repr(x), x.__context__)
try:
    'é'.encode('ascii', 'unregistered')
except LookupError as x:
    print(x)
print('fine'.encode('ascii', 'unregistered'), b'fine'.decode('ascii', 'unregistered'))
print(b'+AOk-'.decode('utf-7', 'star') if False else '', 'a\xe9'.encode('ascii', 'xmlcharrefreplace'))

# the multibyte (CJK) codecs with a program's handler
codecs.register_error('star', lambda e: ('<%s %d-%d %s>' % (type(e).__name__, e.start, e.end, e.reason), e.end))
print('a\u20acb\u00e9'.encode('shift_jis', 'star'), b'a\x81b\xff'.decode('shift_jis', 'star'), b'a\x82'.decode('euc_jp', 'star'))
codecs.register_error('bad', lambda e: (b'x', e.end))
for f in (lambda: 'a\u20ac'.encode('gbk', 'bad'), lambda: 'a\u20ac'.encode('big5', 'unknownname'),
          lambda: b'\xff'.decode('big5', 'bad')):
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)
codecs.register_error('far', lambda e: ('?', 99))
try:
    'a\u20ac'.encode('shift_jis', 'far')
except IndexError as x:
    print(x)
enc = codecs.getincrementalencoder('cp932')('star')
print(enc.encode('\u20acx'), enc.encode('\u00e9', True))
