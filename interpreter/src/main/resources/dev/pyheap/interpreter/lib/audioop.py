"""Operations on fragments of linear PCM sound (bytes-like objects of signed little-endian
samples 1, 2, 3 or 4 bytes wide), as CPython's C module Modules/audioop.c computes them (a
deprecated module since 3.11).

Samples are read as ints; where the C code computes in double (mul, tomono, tostereo, rms,
avg, the peak-to-peak averages, the fits, ratecv's filter) so do these functions, with C's
truncations and clipping: a result past the width's range is clipped to it (fbound: anything
below min + 1 becomes min), then floored. lin2lin, the u-law/A-law and ADPCM conversions go
through the sample scaled to 32 bits (shifted left by 32 - 8 * width) and back with an
arithmetic shift. u-law and A-law are G.711's segment codings (the 14- and 13-bit encoders of
the Sun reference code); ADPCM is Intel/DVI IMA ADPCM, two 4-bit codes a byte, the state a
(predicted value, step index) pair."""

import builtins
import math
import struct
import warnings

warnings._deprecated(__name__, remove=(3, 13))


class error(Exception):
    pass


error.__module__ = 'audioop'

# the built-in max, which this module's max hides
_max = builtins.max

_MIN = {1: -0x80, 2: -0x8000, 3: -0x800000, 4: -0x80000000}
_MAX = {1: 0x7F, 2: 0x7FFF, 3: 0x7FFFFF, 4: 0x7FFFFFFF}
_STRUCT = {1: 'b', 2: 'h', 4: 'i'}

_INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8)
_STEPSIZE_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66,
    73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408,
    449, 494, 544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
    2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630,
    9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794,
    32767)


def _buffer(fragment):
    if isinstance(fragment, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        with memoryview(fragment) as view:
            return view.tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(fragment).__name__) from None


def _check_size(width):
    width = _c_int(width)
    if width not in (1, 2, 3, 4):
        raise error("Size should be 1, 2, 3 or 4")
    return width


def _c_int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    value = value.__index__()
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _fragment(fragment, width):
    """(the bytes, the width) after CPython's checks of a fragment of whole frames."""
    data = _buffer(fragment)
    width = _check_size(width)
    if len(data) % width:
        raise error("not a whole number of frames")
    return data, width


def _samples(data, width):
    if width == 3:
        return [int.from_bytes(data[i:i + 3], 'little', signed=True) for i in range(0, len(data), 3)]
    return list(struct.unpack('<%d%s' % (len(data) // width, _STRUCT[width]), data))


def _pack(values, width):
    """The samples (ints in the width's range, or its unsigned range) as bytes."""
    mask = (1 << 8 * width) - 1
    return b''.join((v & mask).to_bytes(width, 'little') for v in values)


def _to32(value, width):
    """GETSAMPLE32: the sample scaled to 32 bits."""
    return value << (32 - 8 * width)


def _from32(value, width):
    """SETSAMPLE32: a 32-bit sample scaled to the width (arithmetic shift)."""
    return value >> (32 - 8 * width)


def _fbound(value, width):
    """C's fbound then floor: a double clipped to the width's range, as an int."""
    if value != value:
        # what x86's conversion of a NaN to int gives
        return -0x80000000
    if value > _MAX[width]:
        value = _MAX[width]
    elif value < _MIN[width] + 1.0:
        value = _MIN[width]
    return math.floor(value)


def _double(value, name):
    if not isinstance(value, float):
        try:
            value = float(value)
        except TypeError:
            raise TypeError("must be real number, not %s" % type(value).__name__) from None
    return value


def getsample(fragment, width, index):
    data, width = _fragment(fragment, width)
    index = index.__index__()
    if not 0 <= index < len(data) // width:
        raise error("Index out of range")
    return _samples(data[index * width:(index + 1) * width], width)[0]


def max(fragment, width):
    data, width = _fragment(fragment, width)
    result = 0
    for v in _samples(data, width):
        v = -v if v < 0 else v
        if v > result:
            result = v
    return result


def minmax(fragment, width):
    data, width = _fragment(fragment, width)
    low, high = 0x7FFFFFFF, -0x80000000
    for v in _samples(data, width):
        if v > high:
            high = v
        if v < low:
            low = v
    return low, high


def avg(fragment, width):
    data, width = _fragment(fragment, width)
    if not data:
        return 0
    total = 0.0
    for v in _samples(data, width):
        total += v
    return math.floor(total / (len(data) // width))


def rms(fragment, width):
    data, width = _fragment(fragment, width)
    if not data:
        return 0
    squares = 0.0
    for v in _samples(data, width):
        squares += float(v) * float(v)
    return int(math.sqrt(squares / (len(data) // width)))


def _peaks(data, width):
    """The differences between successive extremes (where the slope changes sign)."""
    samples = _samples(data, width)
    diffs = []
    if len(samples) <= 1:
        return diffs
    previous = samples[0]
    extreme = None
    slope = None
    for v in samples[1:]:
        if v == previous:
            continue
        down = v < previous
        if slope is not None and slope != down:
            if extreme is not None:
                diffs.append(abs(previous - extreme))
            extreme = previous
        previous = v
        slope = down
    return diffs


def avgpp(fragment, width):
    data, width = _fragment(fragment, width)
    diffs = _peaks(data, width)
    if not diffs:
        return 0
    total = 0.0
    for d in diffs:
        total += d
    return int(total / len(diffs))


def maxpp(fragment, width):
    data, width = _fragment(fragment, width)
    diffs = _peaks(data, width)
    return _max(diffs, default=0)


def cross(fragment, width):
    data, width = _fragment(fragment, width)
    crossings = -1
    previous = None
    for v in _samples(data, width):
        negative = v < 0
        if negative != previous:
            crossings += 1
        previous = negative
    return crossings


def mul(fragment, width, factor):
    data, width = _fragment(fragment, width)
    factor = _double(factor, 'factor')
    return _pack([_fbound(v * factor, width) for v in _samples(data, width)], width)


def tomono(fragment, width, lfactor, rfactor):
    data, width = _fragment(fragment, width)
    lfactor = _double(lfactor, 'lfactor')
    rfactor = _double(rfactor, 'rfactor')
    samples = _samples(data, width)
    if len(samples) % 2:
        raise error("not a whole number of frames")
    return _pack([_fbound(samples[i] * lfactor + samples[i + 1] * rfactor, width)
                  for i in range(0, len(samples), 2)], width)


def tostereo(fragment, width, lfactor, rfactor):
    data, width = _fragment(fragment, width)
    lfactor = _double(lfactor, 'lfactor')
    rfactor = _double(rfactor, 'rfactor')
    out = []
    for v in _samples(data, width):
        out.append(_fbound(v * lfactor, width))
        out.append(_fbound(v * rfactor, width))
    return _pack(out, width)


def add(fragment1, fragment2, width):
    data1, width = _fragment(fragment1, width)
    data2 = _buffer(fragment2)
    if len(data1) != len(data2):
        raise error("Lengths should be the same")
    low, high = _MIN[width], _MAX[width]
    return _pack([min(_max(a + b, low), high) for a, b in zip(_samples(data1, width), _samples(data2, width))],
                 width)


def bias(fragment, width, bias):
    data = _buffer(fragment)
    width = _c_int(width)
    bias = _c_int(bias)
    data, width = _fragment(data, width)
    return _pack([v + bias for v in _samples(data, width)], width)


def reverse(fragment, width):
    data, width = _fragment(fragment, width)
    return b''.join(data[i:i + width] for i in range(len(data) - width, -1, -width))


def byteswap(fragment, width):
    data, width = _fragment(fragment, width)
    return b''.join(data[i:i + width][::-1] for i in range(0, len(data), width))


def lin2lin(fragment, width, newwidth):
    data, width = _fragment(fragment, width)
    newwidth = _check_size(newwidth)
    return _pack([_from32(_to32(v, width), newwidth) for v in _samples(data, width)], newwidth)


def _search(value, table):
    for i, bound in enumerate(table):
        if value <= bound:
            return i
    return len(table)


_SEG_UEND = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_SEG_AEND = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def _linear14_to_ulaw(pcm):
    if pcm < 0:
        pcm, mask = -pcm, 0x7F
    else:
        mask = 0xFF
    pcm = min(pcm, 8159) + (0x84 >> 2)
    seg = _search(pcm, _SEG_UEND)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((pcm >> (seg + 1)) & 0xF)) ^ mask


def _ulaw_to_linear16(code):
    code = ~code & 0xFF
    t = (((code & 0xF) << 3) + 0x84) << ((code & 0x70) >> 4)
    return 0x84 - t if code & 0x80 else t - 0x84


def _linear13_to_alaw(pcm):
    if pcm >= 0:
        mask = 0xD5
    else:
        mask, pcm = 0x55, -pcm - 1
    seg = _search(pcm, _SEG_AEND)
    if seg >= 8:
        return 0x7F ^ mask
    code = seg << 4
    code |= (pcm >> (1 if seg < 2 else seg)) & 0xF
    return code ^ mask


def _alaw_to_linear16(code):
    code ^= 0x55
    t = (code & 0xF) << 4
    seg = (code & 0x70) >> 4
    if seg == 0:
        t += 8
    elif seg == 1:
        t += 0x108
    else:
        t = (t + 0x108) << (seg - 1)
    return t if code & 0x80 else -t


def _encode_law(fragment, width, encoder, shift):
    """The G.711 codes of the samples, each scaled to 32 bits and shifted to the encoder's range."""
    data, width = _fragment(fragment, width)
    return bytes(encoder(_to32(v, width) >> shift) for v in _samples(data, width))


def _decode_law(fragment, width, decoder):
    """The samples of the G.711 codes (16-bit values scaled to the width)."""
    data = _buffer(fragment)
    width = _check_size(width)
    return _pack([_from32(decoder(b) << 16, width) for b in data], width)


def lin2ulaw(fragment, width):
    return _encode_law(fragment, width, _linear14_to_ulaw, 18)


def ulaw2lin(fragment, width):
    return _decode_law(fragment, width, _ulaw_to_linear16)


def lin2alaw(fragment, width):
    return _encode_law(fragment, width, _linear13_to_alaw, 19)


def alaw2lin(fragment, width):
    return _decode_law(fragment, width, _alaw_to_linear16)


def _adpcm_state(state, function):
    if state is None:
        return 0, 0
    if not isinstance(state, tuple):
        raise TypeError("state must be a tuple or None")
    if len(state) != 2:
        raise TypeError("%s(): illegal state argument" % function)
    predicted, index = _c_int(state[0]), _c_int(state[1])
    if not -0x8000 <= predicted < 0x8000 or not 0 <= index < len(_STEPSIZE_TABLE):
        raise ValueError("bad state")
    return predicted, index


def lin2adpcm(fragment, width, state):
    data, width = _fragment(fragment, width)
    predicted, index = _adpcm_state(state, 'lin2adpcm')
    step = _STEPSIZE_TABLE[index]
    out = bytearray()
    high = None
    for v in _samples(data, width):
        v = _to32(v, width) >> 16
        if v < predicted:
            diff, sign = predicted - v, 8
        else:
            diff, sign = v - predicted, 0
        delta = 0
        change = step >> 3
        for bit in (4, 2, 1):
            if diff >= step:
                delta |= bit
                diff -= step
                change += step
            step >>= 1
        predicted = predicted - change if sign else predicted + change
        predicted = min(_max(predicted, -32768), 32767)
        delta |= sign
        index = min(_max(index + _INDEX_TABLE[delta], 0), 88)
        step = _STEPSIZE_TABLE[index]
        if high is None:
            high = (delta << 4) & 0xF0
        else:
            out.append((delta & 0x0F) | high)
            high = None
    return bytes(out), (predicted, index)


def adpcm2lin(fragment, width, state):
    data = _buffer(fragment)
    width = _check_size(width)
    predicted, index = _adpcm_state(state, 'adpcm2lin')
    step = _STEPSIZE_TABLE[index]
    out = []
    for byte in data:
        for delta in (byte >> 4, byte & 0xF):
            index = min(_max(index + _INDEX_TABLE[delta], 0), 88)
            change = step >> 3
            if delta & 4:
                change += step
            if delta & 2:
                change += step >> 1
            if delta & 1:
                change += step >> 2
            predicted = predicted - change if delta & 8 else predicted + change
            predicted = min(_max(predicted, -32768), 32767)
            step = _STEPSIZE_TABLE[index]
            out.append(_from32(predicted << 16, width))
    return _pack(out, width), (predicted, index)


def _even(data):
    if len(data) & 1:
        raise error("Strings should be even-sized")
    return _samples(data, 2)


def _sum2(a, b, start, count):
    """The sum of a[start + i] * b[i] for i below count, in double."""
    total = 0.0
    for i in range(count):
        total = total + float(a[start + i]) * float(b[i])
    return total


def _divide(a, b):
    """a / b in IEEE double arithmetic (C's: no exception for a zero b)."""
    if b == 0.0:
        if a == 0.0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def findfit(fragment, reference):
    a = _even(_buffer(fragment))
    r = _even(_buffer(reference))
    if len(a) < len(r):
        raise error("First sample should be longer")
    n = len(r)
    sum_r2 = _sum2(r, r, 0, n)
    sum_a2 = _sum2(a, a, 0, n)
    sum_ar = _sum2(a, r, 0, n)
    best = _divide(sum_r2 * sum_a2 - sum_ar * sum_ar, sum_a2)
    best_j = 0
    for j in range(1, len(a) - n + 1):
        leaving, entering = float(a[j - 1]), float(a[j + n - 1])
        sum_a2 = sum_a2 + entering * entering - leaving * leaving
        sum_ar = _sum2(a, r, j, n)
        result = _divide(sum_r2 * sum_a2 - sum_ar * sum_ar, sum_a2)
        if result < best:
            best, best_j = result, j
    return best_j, _divide(_sum2(a, r, best_j, n), sum_r2)


def findfactor(fragment, reference):
    a = _even(_buffer(fragment))
    r = _even(_buffer(reference))
    if len(a) != len(r):
        raise error("Samples should be same size")
    return _divide(_sum2(a, r, 0, len(r)), _sum2(r, r, 0, len(r)))


def findmax(fragment, length):
    a = _even(_buffer(fragment))
    length = length.__index__()
    if length < 0 or len(a) < length:
        raise error("Input sample should be longer")
    result = _sum2(a, a, 0, length)
    best, best_j = result, 0
    for j in range(1, len(a) - length + 1):
        leaving, entering = float(a[j - 1]), float(a[j + length - 1])
        result = result + entering * entering - leaving * leaving
        if result > best:
            best, best_j = result, j
    return best_j


def ratecv(fragment, width, nchannels, inrate, outrate, state, weightA=1, weightB=0):
    data = _buffer(fragment)
    width = _check_size(width)
    nchannels = _c_int(nchannels)
    inrate, outrate = _c_int(inrate), _c_int(outrate)
    weightA, weightB = _c_int(weightA), _c_int(weightB)
    if nchannels < 1:
        raise error("# of channels should be >= 1")
    if width > 0x7FFFFFFF // nchannels:
        raise OverflowError("width * nchannels too big for a C int")
    frame = width * nchannels
    if weightA < 1 or weightB < 0:
        raise error("weightA should be >= 1, weightB should be >= 0")
    if len(data) % frame:
        raise error("not a whole number of frames")
    if inrate <= 0 or outrate <= 0:
        raise error("sampling rate not > 0")
    d = math.gcd(inrate, outrate)
    inrate //= d
    outrate //= d
    d = math.gcd(weightA, weightB)
    weightA //= d
    weightB //= d
    if state is None:
        d = -outrate
        previous = [0] * nchannels
        current = [0] * nchannels
    else:
        if not isinstance(state, tuple):
            raise TypeError("state must be a tuple or None")
        if len(state) != 2 or not isinstance(state[1], tuple):
            raise TypeError("ratecv(): illegal state argument")
        d = _c_int(state[0])
        if len(state[1]) != nchannels:
            raise error("illegal state argument")
        previous, current = [], []
        for pair in state[1]:
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise TypeError("ratecv(): illegal state argument")
            previous.append(_c_int(pair[0]))
            current.append(_c_int(pair[1]))
    samples = _samples(data, width)
    frames = len(samples) // nchannels
    at = 0
    out = []
    weight = float(weightA) + float(weightB)
    while True:
        while d < 0:
            if frames == 0:
                return _pack(out, width), (d, tuple(zip(previous, current)))
            for chan in range(nchannels):
                previous[chan] = current[chan]
                value = _to32(samples[at], width)
                at += 1
                current[chan] = int((float(weightA) * value + float(weightB) * previous[chan]) / weight)
            frames -= 1
            d += outrate
        while d >= 0:
            for chan in range(nchannels):
                value = int((float(previous[chan]) * d + float(current[chan]) * (outrate - d)) / outrate)
                out.append(_from32(value, width))
            d -= inrate

