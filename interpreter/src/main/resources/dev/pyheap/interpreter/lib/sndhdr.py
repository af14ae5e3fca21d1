"""Recognizing sound files by their headers (deprecated since 3.11).

what(filename) and whathdr(filename) return a SndHeaders tuple (filetype, framerate, nchannels,
nframes, sampwidth) or None; each function of `tests` looks at the first 512 bytes (and may read
the file through aifc or wave) and answers such a tuple or None. nframes is -1 and sampwidth '?'
(or 'U' for u-LAW) where a header does not say."""

import warnings
from collections import namedtuple

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ['what', 'whathdr']

SndHeaders = namedtuple('SndHeaders', 'filetype framerate nchannels nframes sampwidth')
SndHeaders.filetype.__doc__ = "The kind of file: 'aifc', 'aiff', 'au', 'hcom', 'sndr', 'sndt', 'voc', 'wav' or '8svx'."
SndHeaders.framerate.__doc__ = 'Frames per second, or 0 when the header does not tell.'
SndHeaders.nchannels.__doc__ = 'The number of channels, or 0 when the header does not tell.'
SndHeaders.nframes.__doc__ = 'The number of frames, or -1 when the header does not tell.'
SndHeaders.sampwidth.__doc__ = "Bits per sample, or 'U' for u-LAW ('?' when unknown)."


def what(filename):
    """Guess the type of a sound file."""
    return whathdr(filename)


def whathdr(filename):
    """Recognize sound headers."""
    with open(filename, 'rb') as f:
        h = f.read(512)
        for tf in tests:
            res = tf(h, f)
            if res:
                return SndHeaders(*res)
        return None


def _read_with(module, fmt, f):
    """(fmt, rate, channels, frames, bits) of the file as the module (aifc or wave) reads it."""
    f.seek(0)
    try:
        reader = module.open(f, 'r')
    except (EOFError, module.Error):
        return None
    return (fmt, reader.getframerate(), reader.getnchannels(), reader.getnframes(),
            8 * reader.getsampwidth())


def test_aifc(h, f):
    """AIFF and AIFF-C (FORM ... AIFF/AIFC), read through aifc."""
    if not h.startswith(b'FORM'):
        return None
    fmt = {b'AIFC': 'aifc', b'AIFF': 'aiff'}.get(h[8:12])
    if fmt is None:
        return None
    import aifc
    return _read_with(aifc, fmt, f)


def test_au(h, f):
    """Sun/NeXT .au: '.snd' big-endian, or its byte-swapped magic little-endian."""
    if h.startswith(b'.snd'):
        order = 'big'
    elif h[:4] in (b'\0ds.', b'dns.'):
        order = 'little'
    else:
        return None
    fields = [int.from_bytes(h[i:i + 4], order) for i in range(4, 24, 4)]
    _, data_size, encoding, rate, nchannels = fields
    sample_size, sample_bits = {1: (1, 'U'), 2: (1, 8), 3: (2, 16)}.get(encoding, (1, '?'))
    frame_size = sample_size * nchannels
    nframe = data_size / frame_size if frame_size else -1
    return 'au', rate, nchannels, nframe, sample_bits


def test_hcom(h, f):
    """Macintosh HCOM: FSSD and HCOM at their offsets, the rate a divisor of 22050."""
    if h[65:69] != b'FSSD' or h[128:132] != b'HCOM':
        return None
    divisor = int.from_bytes(h[144:148], 'big')
    return 'hcom', 22050 / divisor if divisor else 0, 1, -1, 8


def test_voc(h, f):
    """Creative Voice: the rate from the first sound block's time constant."""
    if not h.startswith(b'Creative Voice File\032'):
        return None
    sbseek = int.from_bytes(h[20:22], 'little')
    rate = 0
    if 0 <= sbseek < 500 and h[sbseek] == 1:
        ratecode = 256 - h[sbseek + 4]
        if ratecode:
            rate = int(1000000.0 / ratecode)
    return 'voc', rate, 1, -1, 8


def test_wav(h, f):
    """RIFF WAVE with a fmt chunk first, read through wave."""
    if not h.startswith(b'RIFF') or h[8:12] != b'WAVE' or h[12:16] != b'fmt ':
        return None
    import wave
    return _read_with(wave, 'wav', f)


def test_8svx(h, f):
    """Amiga 8SVX."""
    if not h.startswith(b'FORM') or h[8:12] != b'8SVX':
        return None
    return '8svx', 0, 1, 0, 8


def test_sndt(h, f):
    """SndTool: SOUND, the sample count and the rate little-endian."""
    if h.startswith(b'SOUND'):
        nsamples = int.from_bytes(h[8:12], 'little')
        rate = int.from_bytes(h[20:22], 'little')
        return 'sndt', rate, 1, nsamples, 8


def test_sndr(h, f):
    """Sounder: two zero bytes and a plausible rate (4000 to 25000)."""
    if h.startswith(b'\0\0'):
        rate = int.from_bytes(h[2:4], 'little')
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests = [test_aifc, test_au, test_hcom, test_voc, test_wav, test_8svx, test_sndt, test_sndr]


def get_long_be(b):
    return int.from_bytes(b[:4], 'big')


def get_long_le(b):
    return int.from_bytes(b[:4], 'little')


def get_short_be(b):
    return int.from_bytes(b[:2], 'big')


def get_short_le(b):
    return int.from_bytes(b[:2], 'little')


def test():
    """Print the type of each file named on the command line ('-r': folders recursively)."""
    import sys
    recursive = 0
    if sys.argv[1:] and sys.argv[1] == '-r':
        del sys.argv[1:2]
        recursive = 1
    try:
        if sys.argv[1:]:
            testall(sys.argv[1:], recursive, 1)
        else:
            testall(['.'], recursive, 1)
    except KeyboardInterrupt:
        sys.stderr.write('\n[Interrupted]\n')
        sys.exit(1)


def testall(list, recursive, toplevel):
    import sys
    import os
    for filename in list:
        if os.path.isdir(filename):
            print(filename + '/:', end=' ')
            if recursive or toplevel:
                print('recursing down:')
                import glob
                names = glob.glob(os.path.join(glob.escape(filename), '*'))
                testall(names, recursive, 0)
            else:
                print('*** directory (use -r) ***')
        else:
            print(filename + ':', end=' ')
            sys.stdout.flush()
            try:
                print(what(filename))
            except OSError:
                print('*** not found ***')


if __name__ == '__main__':
    test()
