# sndhdr (deprecated in 3.11: its import warning): what/whathdr over files of each kind the
# program writes (wav through wave, au in both byte orders and encodings, hcom, voc, 8svx, sndt,
# sndr), headers it refuses, SndHeaders, the helpers and the test list
import io, os, struct, tempfile, wave, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import sndhdr
print([str(x.message) for x in w])
d = tempfile.mkdtemp()
def check(name, data):
    path = os.path.join(d, name)
    with open(path, 'wb') as f:
        f.write(data)
    print(name, sndhdr.what(path), sndhdr.whathdr(path) == sndhdr.what(path))
wav = io.BytesIO()
with wave.open(wav, 'wb') as wf:
    wf.setnchannels(2); wf.setsampwidth(2); wf.setframerate(22050); wf.writeframes(b'\x00\x01' * 200)
check('a.wav', wav.getvalue())
check('bad.wav', b'RIFF\x00\x00\x00\x00WAVEfmt ' + b'\x00' * 10)
for enc in (1, 2, 3, 7):
    check('be%d.au' % enc, b'.snd' + struct.pack('>5L', 24, 800, enc, 8000, 2) + b'\x00' * 40)
check('le.au', b'dns.' + struct.pack('<5L', 24, 100, 3, 11025, 0))
check('x.hcom', b'\x00' * 65 + b'FSSD' + b'\x00' * 59 + b'HCOM' + b'\x00' * 12 + struct.pack('>L', 2) + b'\x00' * 20)
check('x0.hcom', b'\x00' * 65 + b'FSSD' + b'\x00' * 59 + b'HCOM' + b'\x00' * 40)
check('x.voc', b'Creative Voice File\x1a' + struct.pack('<H', 26) + b'\x00' * 4 + b'\x01\x00\x00\x00\x9c' + b'\x00' * 10)
check('x.8svx', b'FORM\x00\x00\x00\x00' + b'8SVX' + b'\x00' * 8)
check('x.sndt', b'SOUND\x00\x00\x00' + struct.pack('<L', 1234) + b'\x00' * 8 + struct.pack('<H', 9600) + b'\x00' * 4)
check('x.sndr', b'\x00\x00' + struct.pack('<H', 8000) + b'\x00' * 8)
check('low.sndr', b'\x00\x00' + struct.pack('<H', 100) + b'\x00' * 8)
check('text.txt', b'just some text')
check('empty', b'')
h = sndhdr.SndHeaders('wav', 1, 2, 3, 4)
print(h, h._fields, sndhdr.get_long_be(b'\x00\x00\x01\x00'), sndhdr.get_short_le(b'\x01\x02'), [t.__name__ for t in sndhdr.tests])
try:
    sndhdr.what(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
