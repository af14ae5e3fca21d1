# A small application: a time-series store of sensor readings packed with struct into a binary
# file (header with a magic and a count, fixed-size records), an array('d') column loaded with
# frombytes, a sorted timestamp index searched with bisect for ranges, memoryview slices of the
# file's bytes, running statistics, and errors for a truncated file and a bad magic.
import array
import bisect
import io
import math
import struct

HEADER = struct.Struct('<4sHI')
RECORD = struct.Struct('<IhdB')
MAGIC = b'SENS'

def write_store(buf, readings):
    buf.write(HEADER.pack(MAGIC, 1, len(readings)))
    for ts, sensor, value, flags in readings:
        buf.write(RECORD.pack(ts, sensor, value, flags))

def read_store(data):
    magic, version, count = HEADER.unpack_from(data, 0)
    if magic != MAGIC:
        raise ValueError(f'bad magic {magic!r}')
    need = HEADER.size + count * RECORD.size
    if len(data) < need:
        raise ValueError(f'truncated: {len(data)} < {need}')
    return version, [RECORD.unpack_from(data, HEADER.size + i * RECORD.size) for i in range(count)]

readings = [(1000 + 60 * i, i % 3, 20 + 5 * math.sin(i / 3), i % 2) for i in range(24)]
buf = io.BytesIO()
write_store(buf, readings)
data = buf.getvalue()
print(HEADER.size, RECORD.size, len(data), data[:10])
version, recs = read_store(data)
print(version, len(recs), recs[0], recs[-1])

ts = array.array('I', (r[0] for r in recs))
vals = array.array('d')
vals.frombytes(b''.join(struct.pack('<d', r[2]) for r in recs))
print(ts.itemsize, vals.itemsize, len(vals), round(sum(vals) / len(vals), 6))

def window(t0, t1):
    lo = bisect.bisect_left(ts, t0)
    hi = bisect.bisect_right(ts, t1)
    return lo, hi, vals[lo:hi]
for t0, t1 in [(1000, 1300), (1290, 1310), (5000, 6000), (0, 999)]:
    lo, hi, v = window(t0, t1)
    print(t0, t1, lo, hi, [round(x, 3) for x in v])

mv = memoryview(data)
rec_view = mv[HEADER.size:HEADER.size + RECORD.size]
print(len(rec_view), bytes(rec_view[:4]), struct.unpack('<I', rec_view[:4]))
print(mv[HEADER.size:].nbytes // RECORD.size, mv.readonly)

by_sensor = {}
for _, sensor, value, flags in recs:
    n, mean, m2 = by_sensor.get(sensor, (0, 0.0, 0.0))
    n += 1
    delta = value - mean
    mean += delta / n
    m2 += delta * (value - mean)
    by_sensor[sensor] = (n, mean, m2)
for sensor, (n, mean, m2) in sorted(by_sensor.items()):
    print(sensor, n, f'{mean:.4f}', f'{math.sqrt(m2 / (n - 1)):.4f}')

for bad in [data[:30], b'XXXX' + data[4:], data[:HEADER.size - 1]]:
    try:
        read_store(bad)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)
for bad in [lambda: RECORD.pack(-1, 0, 0.0, 0), lambda: RECORD.pack(0, 40000, 0.0, 0),
            lambda: RECORD.pack(0, 0, 'x', 0), lambda: RECORD.pack(0, 0, 0.0), lambda: struct.Struct('<Z')]:
    try:
        bad()
    except struct.error as e:
        print('struct.error', e)
print(list(RECORD.iter_unpack(data[HEADER.size:HEADER.size + 2 * RECORD.size]))[1])
