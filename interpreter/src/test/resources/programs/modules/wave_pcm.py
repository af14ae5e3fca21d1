# wave: writing PCM files (to a file name and to BytesIO), reading them back, parameters,
# setpos/tell/rewind, the header patched when fewer frames are written, and wave.Error.
import io
import math
import os
import struct
import tempfile
import wave

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'tone.wav')
frames = b''.join(struct.pack('<hh', int(3000 * math.sin(i / 8)), -i) for i in range(100))
with wave.open(path, 'wb') as w:
    w.setnchannels(2)
    w.setsampwidth(2)
    w.setframerate(8000.4)
    w.setcomptype('NONE', 'not compressed')
    w.writeframes(frames[:200])
    print(w.tell(), w.getnframes(), w.getparams())
    w.writeframes(frames[200:])
    try:
        w.setnchannels(1)
    except wave.Error as e:
        print('Error:', e)
with open(path, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:44])
with wave.open(path) as r:
    print(r.getparams())
    print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
    first = r.readframes(3)
    print(first, r.tell())
    r.setpos(98)
    print(r.readframes(10), r.tell())
    r.rewind()
    print(r.readframes(1) == frames[:4], r.getmarkers())
    try:
        r.setpos(101)
    except wave.Error as e:
        print('Error:', e)
    try:
        r.getmark(1)
    except wave.Error as e:
        print('Error:', e)
    print(r.readframes(0), r.tell())
    print(r.readframes(-1)[:8], r.tell())

buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setparams((1, 1, 11025, 10, 'NONE', 'not compressed'))
w.writeframesraw(bytes(range(128, 134)))
w.close()
data = buf.getvalue()
print(len(data), data[4:8], data[40:44], data[44:])
r = wave.open(io.BytesIO(data))
print(r.getparams(), r.readframes(100))

buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setnchannels(1)
w.setsampwidth(3)
w.setframerate(44100)
w.writeframes(memoryview(bytes(range(9))))
w.close()
print(buf.getvalue())

for bad in (b'', b'RIFX\x00\x00\x00\x00WAVE', b'RIFF\x00\x00\x00\x00WAVX', b'RIFF\x04\x00\x00\x00WAVE',
            b'RIFF\x00\x00\x00\x00WAVEdata\x00\x00\x00\x00',
            b'RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 3, 1, 8000, 8000, 1, 8)):
    try:
        wave.open(io.BytesIO(bad))
        print('opened?')
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
w = wave.open(io.BytesIO(), 'wb')
for call in (lambda: w.getnchannels(), lambda: w.setsampwidth(5), lambda: w.setnchannels(0),
             lambda: w.setframerate(0), lambda: w.getparams(), lambda: w.setcomptype('ULAW', 'x'),
             lambda: w.writeframes(b'ab'), lambda: wave.open(io.BytesIO(), 'x')):
    try:
        call()
    except wave.Error as e:
        print('Error:', e)
w.setnchannels(1)
w.setsampwidth(1)
w.setframerate(100)
w.close()
os.remove(path)
os.rmdir(folder)
