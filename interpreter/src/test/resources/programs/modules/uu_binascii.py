# uu (deprecated in 3.11: its import warning) over binascii's b2a_uu/a2b_uu: encode with names,
# modes and backticks, decode to file objects and to the file the begin line names (mode,
# refusals), broken input (no begin line, truncated, garbage with the warning), and the line
# codec's own edges (empty and short lines, white space and '`' after the data, illegal chars)
import binascii
import io
import os
import sys
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import uu
print([(w.category.__name__, str(w.message)) for w in caught])

for data in [b'', b'a', b'\x00abc', bytes(range(45)), b'\x00\x00\x00']:
    for backtick in (False, True):
        line = binascii.b2a_uu(data, backtick=backtick)
        print(line, binascii.a2b_uu(line) == data)
for line in [b'', b'\n', b' ', b'#86)C', b'#86)C\n', b'&86)C', '#86)C', b'#86)C  ``\r\n',
             b'#86)C!!', b'#8\x016)C', b'!a', 'é']:
    try:
        print(line, binascii.a2b_uu(line))
    except Exception as e:
        print(line, type(e).__name__, e)
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print(e)

payload = bytes(range(256)) * 3 + b'tail'
out = io.BytesIO()
uu.encode(io.BytesIO(payload), out, name='data.bin', mode=0o640)
text = out.getvalue()
print(text[:60], text[-20:], len(text.splitlines()))
out2 = io.BytesIO()
uu.encode(io.BytesIO(b'hi'), out2, backtick=True)
print(out2.getvalue())
back = io.BytesIO()
uu.decode(io.BytesIO(b'junk line\n' + text), back)
print(back.getvalue() == payload)

folder = tempfile.mkdtemp()
start = os.getcwd()
os.chdir(folder)
with open('source.txt', 'wb') as f:
    f.write(b'line one\nline two\n')
os.chmod('source.txt', 0o600)
uu.encode('source.txt', 'source.uu')
with open('source.uu', 'rb') as f:
    print(f.read())
os.rename('source.txt', 'original.txt')
uu.decode('source.uu')
with open('source.txt', 'rb') as f:
    print(f.read(), oct(os.stat('source.txt').st_mode & 0o777))
for name, data in [('again', None), ('nobegin', b'no header\n'), ('truncated', b'begin 644 t.out\n#86)C\n'),
                   ('traversal', b'begin 644 ../evil\nend\n'), ('absolute', b'begin 644 /evil\nend\n')]:
    try:
        if data is None:
            uu.decode('source.uu')
        else:
            uu.decode(io.BytesIO(data), io.BytesIO() if name == 'truncated' else None)
    except uu.Error as e:
        print(name, e)
saved, sys.stderr = sys.stderr, sys.stdout
garbled = io.BytesIO()
uu.decode(io.BytesIO(b'begin 644 x\n#86)C!!\n \nend\n'), garbled)
sys.stderr = saved
print(garbled.getvalue())
for name in os.listdir('.'):
    os.remove(name)
os.chdir(start)
os.rmdir(folder)
