# audioop (deprecated in 3.11, its import warning): every function over seeded random fragments of
# each sample width, as digests and a few in full: the statistics (max, minmax, avg, rms, the
# peak-to-peak averages, cross), the arithmetic with C's clipping and flooring (mul, add, bias
# wrapping around, tomono, tostereo), lin2lin, reverse, byteswap, the u-law and A-law codings
# of every byte and of ramps, IMA ADPCM both ways with its state carried over, ratecv's
# resampling and filter in pieces, the width-2 fits (findfit, findfactor, findmax), and the
# errors (widths, partial frames, states, lengths).
import random
import zlib
import audioop

rnd = random.Random(2026)


def crc(data):
    return '%08x' % zlib.crc32(data if isinstance(data, bytes) else repr(data).encode())


def attempt(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for width in (1, 2, 3, 4):
    fragments = [bytes(rnd.randrange(256) for _ in range(width * rnd.randint(0, 40))) for _ in range(25)]
    stats = [(audioop.max(f, width), audioop.minmax(f, width), audioop.avg(f, width), audioop.rms(f, width),
              audioop.avgpp(f, width), audioop.maxpp(f, width), audioop.cross(f, width)) for f in fragments]
    print(width, 'stats', crc(stats), stats[1])
    out = b''.join(audioop.mul(f, width, factor) + audioop.bias(f, width, bias)
                   for f in fragments for factor, bias in ((0.5, 1), (-1.0, -1), (3.75, 0x7fffffff), (1e9, 99)))
    print(width, 'mul/bias', crc(out))
    out = b''.join(audioop.tostereo(f, width, 1.5, -0.25) + audioop.add(f, f[::-1], width) +
                   audioop.reverse(f, width) + audioop.byteswap(f, width) for f in fragments)
    print(width, 'stereo/add/reverse/byteswap', crc(out))
    out = b''.join(audioop.tomono(f[:len(f) // (2 * width) * 2 * width], width, 0.5, 0.5) for f in fragments)
    print(width, 'tomono', crc(out))
    out = b''.join(audioop.lin2lin(f, width, new) for f in fragments for new in (1, 2, 3, 4))
    print(width, 'lin2lin', crc(out))
    out = b''.join(audioop.lin2ulaw(f, width) + audioop.lin2alaw(f, width) for f in fragments)
    print(width, 'ulaw/alaw', crc(out))
    print(width, 'ulaw2lin', crc(audioop.ulaw2lin(bytes(range(256)), width)),
          'alaw2lin', crc(audioop.alaw2lin(bytes(range(256)), width)))
    ramp = b''.join(v.to_bytes(width, 'little', signed=True)
                    for v in range(-(1 << 8 * width - 1), 1 << 8 * width - 1, max(1, (1 << 8 * width) // 3000)))
    print(width, 'ramp u/a-law', crc(audioop.lin2ulaw(ramp, width)), crc(audioop.lin2alaw(ramp, width)))
    state = None
    coded = b''
    for f in fragments:
        piece, state = audioop.lin2adpcm(f, width, state)
        coded += piece
    print(width, 'lin2adpcm', crc(coded), state)
    decoded, state2 = audioop.adpcm2lin(coded, width, None)
    print(width, 'adpcm2lin', crc(decoded), state2)
    state = None
    resampled = b''
    for f in fragments:
        f = f[:len(f) // (2 * width) * 2 * width]
        piece, state = audioop.ratecv(f, width, 2, 44100, 8000, state, 3, 1)
        resampled += piece
    print(width, 'ratecv', crc(resampled), state)
    print(width, audioop.ratecv(fragments[2], width, 1, 8000, 22050, None))

a = bytes(rnd.randrange(256) for _ in range(200))
r = a[40:80]
print(audioop.findfit(a, r), audioop.findmax(a, 10), audioop.findfactor(a[:40], r), audioop.findfactor(r, r))
print(audioop.getsample(a, 2, 3), audioop.getsample(a, 4, 0), audioop.getsample(a[:198], 3, 5))
print(audioop.mul(b'\x7f\x80', 1, float('nan')), audioop.findfactor(b'\x00\x00', b'\x00\x00'))
for f in [lambda: audioop.max(b'abc', 2), lambda: audioop.max(b'ab', 5), lambda: audioop.max('ab', 1),
          lambda: audioop.getsample(b'ab', 1, 2), lambda: audioop.add(b'ab', b'abc', 1),
          lambda: audioop.tomono(b'ab', 2, 1, 1), lambda: audioop.bias(b'a', 1, 2 ** 31),
          lambda: audioop.lin2adpcm(b'ab', 2, (0, 89)), lambda: audioop.lin2adpcm(b'ab', 2, [0, 0]),
          lambda: audioop.adpcm2lin(b'ab', 2, (1,)), lambda: audioop.ratecv(b'ab', 2, 0, 1, 1, None),
          lambda: audioop.ratecv(b'ab', 2, 1, 0, 1, None), lambda: audioop.ratecv(b'ab', 2, 1, 1, 1, None, 0),
          lambda: audioop.ratecv(b'ab', 2, 2, 1, 1, None), lambda: audioop.ratecv(b'ab', 2, 1, 1, 1, 5),
          lambda: audioop.findfit(b'ab', b'abcd'), lambda: audioop.findfit(b'abc', b'a'),
          lambda: audioop.findmax(b'ab', 2), lambda: audioop.findfactor(b'ab', b'abcd'),
          lambda: audioop.lin2lin(b'ab', 2, 0)]:
    print(attempt(f))
print(audioop.error, audioop.error.__mro__[1])
