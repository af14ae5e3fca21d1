"""Reading and writing WAVE files (uncompressed PCM).

`open(f, 'rb')` gives a Wave_read, `open(f, 'wb')` a Wave_write; f is a file name or a binary
file object. A WAVE file is a RIFF container: the 'RIFF' tag, a length, 'WAVE', then chunks
(a 4-byte name, a little-endian 32-bit length, the payload padded to an even length). Wave_read
walks the chunks up to 'data', reading the format from 'fmt '; Wave_write writes the 44-byte
header on the first write (or at close) and fixes the two lengths in it when the amount of data
written differs from what the header announced. Samples are little-endian in the file and are
passed through as bytes.
"""

import builtins
import struct
import sys
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_wave_params = namedtuple('_wave_params',
                          'nchannels sampwidth framerate nframes comptype compname')

_BIG_ENDIAN = sys.byteorder == 'big'
_HEADER = struct.Struct('<4sL4s4sLHHLLHH4sL')


def _swapped(data, width):
    # samples are stored little-endian
    out = bytearray(len(data))
    for k in range(width):
        out[k::width] = data[width - 1 - k::width]
    return bytes(out)


def _chunk_head(f):
    head = f.read(8)
    if len(head) < 8:
        raise EOFError
    return head[:4], struct.unpack('<L', head[4:])[0]


def _attach(wave, f, mode):
    # A name is opened here and owned by the wave object, so close() and a
    # failed header parse both close it; a file object passed in stays the
    # caller's.
    wave._owned = None
    if isinstance(f, str):
        f = builtins.open(f, mode)
        wave._owned = f
    try:
        wave.initfp(f)
    except:
        if wave._owned:
            f.close()
        raise


class Wave_read:
    """A WAVE file open for reading: its parameters and its frames."""

    def __init__(self, f):
        _attach(self, f, 'rb')

    def initfp(self, file):
        self._file = file
        self._position = 0
        name, riff_left = _chunk_head(file)
        if name != b'RIFF':
            raise Error('file does not start with RIFF id')
        # the RIFF length bounds everything read after it
        kind = file.read(min(4, riff_left))
        riff_left -= len(kind)
        if kind != b'WAVE':
            raise Error('not a WAVE file')
        have_format = False
        self._data_start = None
        while riff_left >= 8:
            try:
                name, size = _chunk_head(file)
            except EOFError:
                break
            riff_left -= 8
            if name == b'fmt ':
                payload = file.read(min(size, riff_left))
                riff_left -= len(payload)
                self._read_format(payload)
                have_format = True
                if size & 1 and riff_left > 0:
                    file.read(1)
                    riff_left -= 1
            elif name == b'data':
                if not have_format:
                    raise Error('data chunk before fmt chunk')
                self._data_start = self._tell(file)
                self._data_size = min(size, riff_left)
                self._data_pos = 0
                self._frames = size // self._frame_bytes
                break
            else:
                step = min(size + (size & 1), riff_left)
                self._skip(file, step)
                riff_left -= step
        if not have_format or self._data_start is None:
            raise Error('fmt chunk and/or data chunk missing')

    @staticmethod
    def _tell(file):
        try:
            return file.tell()
        except (AttributeError, OSError):
            return None

    @staticmethod
    def _skip(file, count):
        try:
            file.seek(count, 1)
        except (AttributeError, OSError):
            while count > 0:
                got = file.read(min(count, 8192))
                if not got:
                    raise EOFError
                count -= len(got)

    def _read_format(self, payload):
        if len(payload) < 14:
            raise EOFError
        tag, self._channels, self._rate, _, _ = struct.unpack_from('<HHLLH', payload)
        if tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (tag,))
        if len(payload) < 16:
            raise EOFError
        bits = struct.unpack_from('<H', payload, 14)[0]
        self._width = (bits + 7) // 8
        if not self._width:
            raise Error('bad sample width')
        if not self._channels:
            raise Error('bad # of channels')
        self._frame_bytes = self._channels * self._width
        self._ctype = 'NONE'
        self._cname = 'not compressed'

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._position = 0

    def close(self):
        self._file = None
        opened = self._owned
        if opened:
            self._owned = None
            opened.close()

    def tell(self):
        return self._position

    def getnchannels(self):
        return self._channels

    def getnframes(self):
        return self._frames

    def getsampwidth(self):
        return self._width

    def getframerate(self):
        return self._rate

    def getcomptype(self):
        return self._ctype

    def getcompname(self):
        return self._cname

    def getparams(self):
        return _wave_params(self._channels, self._width, self._rate,
                            self._frames, self._ctype, self._cname)

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._frames:
            raise Error('position not in range')
        self._position = pos

    def readframes(self, nframes):
        if self._file is None:
            raise ValueError("I/O operation on closed file")
        want = self._position * self._frame_bytes
        if want != self._data_pos:
            if self._data_start is None:
                raise OSError("cannot seek")
            self._file.seek(self._data_start + want, 0)
            self._data_pos = want
        if nframes == 0:
            return b''
        size = nframes * self._frame_bytes
        if size < 0 or size > self._data_size - self._data_pos:
            size = self._data_size - self._data_pos
        data = self._file.read(size) if size > 0 else b''
        self._data_pos += len(data)
        if _BIG_ENDIAN and self._width > 1:
            data = _swapped(data, self._width)
        self._position += len(data) // self._frame_bytes
        return data


class Wave_write:
    """A WAVE file open for writing: set the parameters, then write frames."""

    def __init__(self, f):
        _attach(self, f, 'wb')

    def initfp(self, file):
        self._file = file
        self._channels = 0
        self._width = 0
        self._rate = 0
        self._frames = 0
        self._frames_written = 0
        self._bytes_written = 0
        self._bytes_declared = 0
        self._headerwritten = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check_unstarted(self):
        if self._bytes_written:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._check_unstarted()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._channels = nchannels

    def getnchannels(self):
        if not self._channels:
            raise Error('number of channels not set')
        return self._channels

    def setsampwidth(self, sampwidth):
        self._check_unstarted()
        if sampwidth < 1 or sampwidth > 4:
            raise Error('bad sample width')
        self._width = sampwidth

    def getsampwidth(self):
        if not self._width:
            raise Error('sample width not set')
        return self._width

    def setframerate(self, framerate):
        self._check_unstarted()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._rate = round(float(framerate))

    def getframerate(self):
        if not self._rate:
            raise Error('frame rate not set')
        return self._rate

    def setnframes(self, nframes):
        self._check_unstarted()
        self._frames = nframes

    def getnframes(self):
        return self._frames_written

    def setcomptype(self, comptype, compname):
        self._check_unstarted()
        if comptype not in ('NONE',):
            raise Error('unsupported compression type')
        self._ctype = comptype
        self._cname = compname

    def getcomptype(self):
        return self._ctype

    def getcompname(self):
        return self._cname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_unstarted()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._channels or not self._width or not self._rate:
            raise Error('not all parameters set')
        return _wave_params(self._channels, self._width, self._rate,
                            self._frames, self._ctype, self._cname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._frames_written

    def writeframesraw(self, data):
        if type(data) not in (bytes, bytearray):
            data = memoryview(data).cast('B')
        self._start(len(data))
        frames = len(data) // (self._width * self._channels)
        if _BIG_ENDIAN and self._width > 1:
            data = _swapped(data, self._width)
        self._file.write(data)
        self._bytes_written += len(data)
        self._frames_written += frames

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._bytes_declared != self._bytes_written:
            self._fix_lengths()

    def close(self):
        try:
            if self._file:
                self._start(0)
                if self._bytes_declared != self._bytes_written:
                    self._fix_lengths()
                self._file.flush()
        finally:
            self._file = None
            opened = self._owned
            if opened:
                self._owned = None
                opened.close()

    def _start(self, first_length):
        if self._headerwritten:
            return
        if not self._channels:
            raise Error('# channels not specified')
        if not self._width:
            raise Error('sample width not specified')
        if not self._rate:
            raise Error('sampling rate not specified')
        frame = self._channels * self._width
        if not self._frames:
            self._frames = first_length // frame
        self._bytes_declared = self._frames * frame
        try:
            self._riff_length_at = self._file.tell() + 4
        except (AttributeError, OSError):
            self._riff_length_at = None
        self._file.write(_HEADER.pack(
            b'RIFF', 36 + self._bytes_declared, b'WAVE', b'fmt ', 16, WAVE_FORMAT_PCM,
            self._channels, self._rate, self._rate * frame, frame,
            self._width * 8, b'data', self._bytes_declared))
        self._headerwritten = True

    def _fix_lengths(self):
        here = self._file.tell()
        self._file.seek(self._riff_length_at, 0)
        self._file.write(struct.pack('<L', 36 + self._bytes_written))
        self._file.seek(self._riff_length_at + 36, 0)
        self._file.write(struct.pack('<L', self._bytes_written))
        self._file.seek(here, 0)
        self._bytes_declared = self._bytes_written


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, 'mode', 'rb')
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
