# What reads and writes files through open() and io: csv with newline='', json.dump/load on
# files, logging to a file, print(file=f), tempfile's TemporaryFile/NamedTemporaryFile/
# SpooledTemporaryFile, os.fdopen, pathlib's read_text/write_text/open, shutil.copyfileobj and
# copyfile, gzip over a file, and a file written without close (flushed when it goes away).
import csv, gzip, io, json, logging, os, shutil, tempfile
from pathlib import Path

d = tempfile.mkdtemp()


def at(name):
    return os.path.join(d, name)


def shown(text):
    return str(text).replace(d + os.sep, '')


rows = [['name', 'qty'], ['apple', 3], ['pear, green', 5], ['quote"d', 7]]
with open(at('data.csv'), 'w', newline='') as f:
    csv.writer(f).writerows(rows)
print(open(at('data.csv'), 'rb').read())
with open(at('data.csv'), newline='') as f:
    print(list(csv.reader(f)))
with open(at('data.csv'), newline='') as f:
    print([dict(r) for r in csv.DictReader(f)])
with open(at('data.json'), 'w') as f:
    json.dump({'rows': rows, 'ok': True}, f, indent=1)
with open(at('data.json')) as f:
    print(json.load(f))
log = logging.getLogger('filelog')
handler = logging.FileHandler(at('app.log'), mode='w')
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
log.addHandler(handler)
log.warning('first %d', 1)
log.error('second')
handler.close()
print(open(at('app.log')).read(), end='')
with open(at('out.txt'), 'w') as f:
    print('to a file', 42, file=f)
    print('again', end='!\n', file=f)
print(repr(open(at('out.txt')).read()))

with tempfile.TemporaryFile() as t:
    print(type(t).__name__, isinstance(t.name, int), t.mode, t.write(b'temp data'), t.seek(0), t.read())
with tempfile.TemporaryFile('w+', encoding='utf-8') as t:
    t.write('text\nlines\n')
    t.seek(0)
    print(type(t).__name__, t.readlines(), t.encoding)
with tempfile.NamedTemporaryFile('w+', suffix='.txt', delete=True) as nt:
    nt.write('named\n')
    nt.flush()
    print(type(nt).__name__, type(nt.file).__name__, os.path.exists(nt.name), nt.name.endswith('.txt'),
          open(nt.name).read(), nt.mode)
    nt.seek(0)
    print(list(nt))
print(os.path.exists(nt.name), nt.closed)
with tempfile.NamedTemporaryFile(delete=False) as keep:
    keep.write(b'kept')
print(open(keep.name, 'rb').read())
os.unlink(keep.name)
sp = tempfile.SpooledTemporaryFile(max_size=10)
sp.write(b'small')
print(type(sp._file).__name__, sp.tell())
sp.write(b' but now larger')
print(type(sp._file).__name__, sp.tell(), sp.seek(0), sp.read())
sp.close()
with tempfile.SpooledTemporaryFile(mode='w+') as spt:
    spt.write('spooled text\n')
    spt.seek(0)
    print(spt.read(), end='')

fd = os.open(at('fd.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
with os.fdopen(fd, 'w') as f:
    print(f.name == fd, f.mode, f.write('via fdopen'))
with os.fdopen(os.open(at('fd.txt'), os.O_RDONLY), 'rb') as f:
    print(f.read(), type(f).__name__)
try:
    os.fdopen(at('fd.txt'))
except TypeError as e:
    print('TypeError', e)

p = Path(at('p.txt'))
print(p.write_text('héllo\nworld\n', encoding='utf-8'), p.read_text(encoding='utf-8').split(), p.read_bytes())
print(p.write_bytes(b'raw\r\nbytes'), repr(p.read_text()))
with p.open('a', newline='') as f:
    f.write('\r\nmore')
with p.open() as f:
    print(f.readlines(), repr(f.newlines))
with open(at('p.txt'), 'rb') as src, open(at('copy.bin'), 'wb') as dst:
    shutil.copyfileobj(src, dst, 4)
print(open(at('copy.bin'), 'rb').read() == open(at('p.txt'), 'rb').read())
shutil.copyfile(at('p.txt'), at('copy2.txt'))
print(open(at('copy2.txt'), 'rb').read())
src = io.StringIO('in memory\n')
with open(at('from_memory.txt'), 'w') as dst:
    shutil.copyfileobj(src, dst)
print(open(at('from_memory.txt')).read(), end='')
with gzip.open(at('g.gz'), 'wt') as g:
    g.write('compressed text\n' * 3)
with gzip.open(at('g.gz'), 'rt') as g:
    print(g.read().count('compressed'))
with open(at('g.gz'), 'rb') as raw:
    print(raw.read(2))


def write_and_drop():
    f = open(at('dropped.txt'), 'w')
    f.write('written without close')


write_and_drop()
print(open(at('dropped.txt')).read())
open(at('oneliner.txt'), 'w').write('one line')
print(open(at('oneliner.txt')).read())
for name in os.listdir(d):
    os.remove(at(name))
os.rmdir(d)
