# codecs' stream classes: getwriter/getreader of every kind of codec (UTF with and without a byte
# order mark, single-byte, utf-7, idna, punycode, the CJK ones, the bytes-to-bytes ones), the
# UTF-16 writer's BOM once (again after seek(0) or reset), readers' read(size, chars), readline
# (sizes, keepends, '\r\n' split by a read, decoding errors after the first line), readlines,
# iteration, seek/reset, the byte buffer of a split character, the UTF-16/32 "does not start with
# BOM" error, attribute delegation, with blocks and pickling refused; StreamReaderWriter and
# codecs.open (binary mode forced, the builtin open without an encoding), EncodedFile and
# StreamRecoder, the encodings modules' stream classes.
import codecs, io, sys

# writer idioms
b = io.BytesIO()
w = codecs.getwriter('utf-8')(b)
w.write('héllo\n'); w.writelines(['a', 'b\n'])
print(b.getvalue(), type(w).__name__, type(w).__module__, w.errors)
b = io.BytesIO()
w = codecs.getwriter('utf-16')(b)
w.write('ab'); w.write('c'); print(b.getvalue())
w.seek(0); w.write('x'); print(b.getvalue())
w.reset(); w.write('y'); print(b.getvalue())
for enc in ['utf-8-sig', 'utf-32', 'utf-16-be', 'latin-1', 'cp1252', 'ascii', 'utf-7', 'idna', 'punycode', 'shift_jis', 'gbk', 'big5']:
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    text = 'ab.c' if enc in ('idna',) else ('abé' if enc not in ('ascii', 'shift_jis', 'gbk', 'big5') else 'abc')
    w.write(text); w.write(text)
    r = codecs.getreader(enc)(io.BytesIO(b.getvalue()))
    print(enc, b.getvalue(), repr(r.read()), type(r).__qualname__, type(r).__module__, type(w).__module__)
    print([c.__name__ for c in type(r).__mro__][:5])
sys.stdout.flush()
out = codecs.getwriter('utf-8')(sys.stdout.buffer)
out.write('via buffer ü\n'); out.flush()

# reader idioms
data = 'line one\nline two ü\r\nthree\rfour\n\nlast'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(r.readline(), repr(r.readline()), repr(r.readline(keepends=False)))
print(r.readlines())
r.seek(0)
print(list(r))
r.reset(); r.seek(0)
print(repr(r.read(3)), repr(r.read(5, 2)), repr(r.read(-1, 4)), repr(r.readline(4)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print([r.readline(size=5) for _ in range(8)])
r = codecs.getreader('utf-8')(io.BytesIO('ééé'.encode()))
print([r.read(1) for _ in range(5)], r.bytebuffer, r.charbuffer)
r = codecs.getreader('utf-16')(io.BytesIO('hé\nyo'.encode('utf-16-be')[:0] + codecs.BOM_UTF16_BE + 'hé\nyo'.encode('utf-16-be')))
print(r.readlines())
r = codecs.getreader('utf-16')(io.BytesIO('ab'.encode('utf-16-le')))
try:
    r.read()
except UnicodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader('utf-32')(io.BytesIO('ab'.encode('utf-32-le')))
try:
    r.read()
except UnicodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader('utf-8-sig')(io.BytesIO(codecs.BOM_UTF8 + b'x\ny'))
print(r.readlines(keepends=False))
r = codecs.getreader('utf-8-sig')(io.BytesIO(b'xy'))
print(r.read(1), r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nbad \xff\n'))
try:
    r.readline()
except UnicodeDecodeError as e:
    print(e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nfine\nbad \xff\n'))
print(repr(r.readline(size=4)))
try:
    r.readline()
except UnicodeDecodeError as e:
    print(e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nbad \xff\n' + b'x' * 100), 'replace')
print(r.readlines())
r = codecs.getreader('hex')(io.BytesIO(b'6162630a6465'))
print(r.read(), codecs.getwriter('base64').charbuffertype)
w = codecs.getwriter('rot13')(io.StringIO()); w.write('Hello'); print(w.getvalue())
print(getattr(r, 'closed'), r.tell())
with codecs.getreader('ascii')(io.BytesIO(b'abc')) as rr:
    print(rr.read())
print(rr.closed)
import pickle
try:
    pickle.dumps(rr)
except TypeError as e:
    print(e)

# StreamReaderWriter, codecs.open, EncodedFile
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with codecs.open(p, 'w', 'utf-16') as f:
    print(type(f).__name__, f.encoding, f.mode, f.errors)
    f.write('one\n'); f.writelines(['two\n', 'three'])
print(open(p, 'rb').read())
f = codecs.open(p, 'r', 'utf-16')
print(f.readline(), f.readlines(), f.mode)
f.seek(0)
print(list(f))
f.close()
f = codecs.open(p, encoding='utf-16')
print(repr(f.read(2)), f.closed)
f.close()
f = codecs.open(p, 'rb')
print(type(f).__name__, f.read(4))
f.close()
f = codecs.open(p)
print(type(f).__name__, f.mode)
f.close()
try:
    codecs.open(p, 'r', 'no-such')
except LookupError as e:
    print(e)
raw = io.BytesIO('ß\nzz'.encode('latin-1'))
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(type(ef).__name__, ef.data_encoding, ef.file_encoding, ef.read())
ef.seek(0)
print(ef.readline(), ef.readlines())
ef.seek(0)
print(next(ef), list(ef))
out = io.BytesIO()
ef = codecs.EncodedFile(out, 'utf-8', 'utf-16-le')
ef.write('é'.encode()); ef.writelines([b'a', b'b'])
print(out.getvalue())
ef = codecs.EncodedFile(io.BytesIO(b'abc'), 'ascii')
print(ef.file_encoding, ef.read(2))
srw = codecs.StreamReaderWriter(io.BytesIO(b'x\ny'), codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(srw.encoding, next(srw), srw.read())
print(codecs.lookup('utf-8').streamreader, codecs.lookup('utf-8')[2:])
import encodings.utf_8, encodings.cp1252, encodings.hex_codec
print(encodings.utf_8.StreamReader is codecs.getreader('utf8'), encodings.cp1252.StreamWriter, encodings.cp1252.Codec)
print(issubclass(encodings.hex_codec.StreamReader, codecs.StreamReader), issubclass(codecs.getwriter('euc_jp'), codecs.StreamWriter))
print(codecs.StreamReader.charbuffertype, codecs.StreamReaderWriter.encoding, codecs.StreamRecoder.data_encoding)
import shutil
shutil.rmtree(d)
