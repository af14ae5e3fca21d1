"""The codec registry's common uses: encode, decode, lookup (CodecInfo),
getencoder/getdecoder, and the byte-order marks.

pyheap's own implementation of the standard module over the codecs str.encode
and bytes.decode know (UTF-8, UTF-8 with signature, UTF-16, UTF-32 and their
-le/-be forms, Latin-1, ASCII, unicode_escape, raw_unicode_escape, and the
single-byte codecs of _charmaps: cp1252, cp437, the ISO 8859 family, mac_roman,
koi8_r...), and through codecs.encode/decode the bytes-to-bytes codecs hex,
base64 and zlib and the str-to-str rot13.  The text codecs have incremental
encoders and decoders (a decoder holds back the bytes of a character split
between two inputs: UTF-8, UTF-16 and UTF-32, with their byte order marks).
The encodings package's codec modules hand out this registry's CodecInfo
objects; register adds search functions for other names, whose codecs
codecs.encode/decode use, and str.encode/bytes.decode too through
_encode_text/_decode_text (the runtime's hook for the codecs it lacks, such as
idna, punycode and utf-7 of the encodings package).  Every codec has stream
classes too (StreamReader, StreamWriter: text over a binary file object), which
StreamReaderWriter, StreamRecoder, EncodedFile and codecs.open combine.  The error
handlers' registry is _codecs' (register_error, lookup_error); a handler name the
runtime's codecs do not know comes back here (_encode_with_handler,
_decode_with_handler), where the handler is called as Python/codecs.c calls it.
"""

import builtins
import _codecs
from _codecs import (register, unregister, lookup, register_error, lookup_error, strict_errors, ignore_errors,
                     replace_errors, xmlcharrefreplace_errors, backslashreplace_errors, namereplace_errors)

__all__ = ["register", "unregister", "encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "iterencode", "iterdecode",
           "Codec", "IncrementalEncoder", "IncrementalDecoder", "BufferedIncrementalEncoder",
           "BufferedIncrementalDecoder", "StreamReader", "StreamWriter", "StreamReaderWriter",
           "StreamRecoder", "getreader", "getwriter", "EncodedFile", "register_error", "lookup_error",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "open", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE",
           "BOM_UTF32_LE"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# this machine is little-endian
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
# the old names
BOM32_LE, BOM32_BE, BOM64_LE, BOM64_BE = BOM_UTF16_LE, BOM_UTF16_BE, BOM_UTF32_LE, BOM_UTF32_BE

# the codecs' functions of _codecs (utf_8_encode, latin_1_decode...), as CPython's module has them
for _name in dir(_codecs):
    if _name.endswith(('_encode', '_decode')) or _name == 'charmap_build':
        globals()[_name] = getattr(_codecs, _name)
del _name

# the UTF codecs that begin with a byte order mark (or a signature): the mark the encoder writes,
# and the codec of what follows; and the marks a decoder reads, with the codec each one chooses
_SIGNED = {'utf-8-sig': (BOM_UTF8, 'utf-8'), 'utf-16': (BOM_UTF16, 'utf-16-le'),
           'utf-32': (BOM_UTF32, 'utf-32-le')}
_MARKS = {'utf-8-sig': {BOM_UTF8: 'utf-8'},
          'utf-16': {BOM_UTF16_LE: 'utf-16-le', BOM_UTF16_BE: 'utf-16-be'},
          'utf-32': {BOM_UTF32_LE: 'utf-32-le', BOM_UTF32_BE: 'utf-32-be'}}

# the normalized names (lower case, '_' for '-' and ' ') of each codec's name
_ALIASES = {}
for _name, _aliases in [
        ('utf-8', 'utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001'),
        ('utf-8-sig', 'utf_8_sig'),
        ('iso8859-1', 'latin_1 latin1 latin l1 iso_8859_1 iso8859_1 8859 cp819 iso_ir_100 csisolatin1'),
        ('ascii', 'ascii us_ascii 646 ansi_x3.4_1968 cp367 csascii ibm367 iso646_us us'),
        ('utf-16', 'utf_16 utf16 u16'),
        ('utf-16-le', 'utf_16_le utf_16le unicodelittleunmarked'),
        ('utf-16-be', 'utf_16_be utf_16be unicodebigunmarked'),
        ('utf-32', 'utf_32 utf32 u32'),
        ('utf-32-le', 'utf_32_le utf_32le'),
        ('utf-32-be', 'utf_32_be utf_32be'),
        ('unicode-escape', 'unicode_escape'),
        ('raw-unicode-escape', 'raw_unicode_escape')]:
    for _alias in _aliases.split():
        _ALIASES[_alias] = _name
del _name, _aliases, _alias


class CodecInfo(tuple):
    """A codec: (encode, decode, stream reader, stream writer) and its name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """The interface of a stateless codec: encode and decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes an input given in pieces; encode(input, final) returns what the pieces so far
    encode to that was not returned before."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the encoder's state (from getstate)."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the text _buffer_encode did not consume for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes an input given in pieces; decode(input, final) returns the text the bytes so
    far decode to that was not returned before."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the decoder's state (from getstate)."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes _buffer_decode did not consume (the start of
    a character split between two inputs) for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _stream_getattr(self, name, getattr=getattr):
    return getattr(self.stream, name)


def _stream_enter(self):
    return self


def _stream_exit(self, type, value, tb):
    self.stream.close()


def _stream_reduce_ex(self, proto):
    raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(Codec):
    """Writes text to a binary stream: each write hands the stream what encode makes of it."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        """Forget the encoder's state: what follows is written as at the start of a stream."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()


class StreamReader(Codec):
    """Reads text from a binary stream. The bytes read and not yet decoded (a character split
    by the end of a read) wait in bytebuffer, the text decoded and not yet returned in
    charbuffer; readline splits what it read into lines and keeps those after the first in
    linebuffer (charbuffer is then None) for the next calls."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """At most chars characters (all there are when negative), reading the stream size bytes
        at a time (all at once when negative); firstline: a decoding error after the first line
        leaves the text before it to be returned."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(keepends=True)) < 2:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not newdata:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """The next line (its line end dropped unless keepends); with a size, what one read of
        that many bytes gives when it holds no whole line."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                # one (maybe partial) line left: back to the character buffer
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return line if keepends else line.splitlines(keepends=False)[0]
        readsize = size or 72
        line = self._empty_charbuffer
        cr = '\r' if self.charbuffertype is str else b'\r'
        while True:
            data = self.read(readsize, firstline=True)
            if data and isinstance(data, (str, bytes)) and data.endswith(cr):
                # a '\r' may be the start of '\r\n'
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if len(lines) > 1:
                line = lines.pop(0)
                if len(lines) == 1:
                    self.charbuffer = lines[0] + self.charbuffer
                else:
                    lines[-1] += self.charbuffer
                    self.linebuffer = lines
                    self.charbuffer = None
                break
            if lines and lines[0].splitlines(keepends=False)[0] != lines[0]:
                break
            if not data or size is not None:
                break
            if readsize < 8000:
                readsize *= 2
        if line and not keepends:
            line = line.splitlines(keepends=False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop what was read and not returned, and the decoder's state."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamReaderWriter:
    """One stream read through a StreamReader and written through a StreamWriter (what
    codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()


class StreamRecoder:
    """A stream in one encoding seen in another: the Reader decodes the stream's bytes and
    encode makes the caller's bytes of the text; a write decodes the caller's bytes with decode
    and the Writer encodes them for the stream."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def _encoded(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._encoded(self.reader.read(size))

    def readline(self, size=None):
        return self._encoded(self.reader.readline() if size is None else self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._encoded(self.reader.read()).splitlines(keepends=True)

    def __next__(self):
        return self._encoded(next(self.reader))

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()


# what the four stream classes share: the other attributes are the wrapped stream's, a with
# block closes the stream, and no pickling (a stream cannot be)
for _cls in (StreamWriter, StreamReader, StreamReaderWriter, StreamRecoder):
    _cls.__getattr__ = _stream_getattr
    _cls.__enter__ = _stream_enter
    _cls.__exit__ = _stream_exit
    _cls.__reduce_ex__ = _stream_reduce_ex
del _cls


def _text_streams(name, codec):
    """The StreamReader and StreamWriter classes of the text codec name (our registry's), over
    its Codec class (not for the UTF codecs, as CPython's): a reader's decode holds back a
    character split by the end of a read, and the UTF codecs with a byte order mark (or
    signature) write it once and read it to choose the byte order."""
    sig, body = _SIGNED.get(name, (None, name))
    bases = () if name.startswith('utf-') else (codec,)

    class Writer(*bases, StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._first = sig is not None

        def encode(self, input, errors='strict'):
            data = input.encode(body, errors)
            if self._first:
                self._first = False
                data = sig + data
            return (data, len(input))

        def reset(self):
            self._first = sig is not None

    class Reader(*bases, StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self._codec = None if sig is not None else name

        def decode(self, input, errors='strict'):
            start = 0
            if self._codec is None:
                marks = _MARKS[name]
                for mark, found in marks.items():
                    if input[:len(mark)] == mark:
                        self._codec, start = found, len(mark)
                        break
                else:
                    if len(input) < len(sig) and (name != 'utf-8-sig' or sig.startswith(input)):
                        return ('', 0)
                    if name != 'utf-8-sig':
                        raise UnicodeError("%s stream does not start with BOM" % name[:6].upper())
                    self._codec = body
            keep = _incomplete_tail(self._codec, input[start:])
            end = len(input) - keep
            return (bytes(input[start:end]).decode(self._codec, errors), end)

        def reset(self):
            StreamReader.reset(self)
            self._codec = None if sig is not None else name

    return Reader, Writer


def _incomplete_tail(name, data):
    """How many bytes at the end of data start a character that more input may complete."""
    if name in ('utf-8', 'utf-8-sig'):
        for back in range(1, min(3, len(data)) + 1):
            lead = data[-back]
            if 0x80 <= lead <= 0xBF:
                continue
            need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
            if need <= back:
                return 0
            if back >= 2:
                second = data[-back + 1]
                low, high = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                             0xF4: (0x80, 0x8F)}.get(lead, (0x80, 0xBF))
                if not low <= second <= high:
                    return 0
            return back
        return 0
    unit = 2 if name.startswith('utf-16') else 4 if name.startswith('utf-32') else 0
    if not unit:
        return 0
    keep = len(data) % unit
    if unit == 2 and len(data) - keep >= 2:
        last = data[len(data) - keep - 2:len(data) - keep]
        high = last[1] if name.endswith('le') else last[0]
        if 0xD8 <= high <= 0xDB:
            keep += 2
    return keep


# the codecs whose module in the encodings package is not named after the codec
_MODULES = {'iso8859-1': 'latin_1', 'hex': 'hex_codec', 'base64': 'base64_codec',
            'zlib': 'zlib_codec', 'bz2': 'bz2_codec', 'quopri': 'quopri_codec', 'uu': 'uu_codec'}


def _module_name(name):
    """The name of the codec's module in the encodings package."""
    return _MODULES.get(name, name.replace('-', '_'))


def _text_coders(name):
    """The incremental encoder and decoder classes of the text codec name (our registry's)."""
    sig, body = _SIGNED.get(name, (None, name))

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = sig is not None

        def encode(self, input, final=False):
            data = input.encode(body, self.errors)
            if self.first:
                self.first = False
                data = sig + data
            return data

        def reset(self):
            self.first = sig is not None

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.codec = None if sig is not None else name

        def _buffer_decode(self, input, errors, final):
            start = 0
            if self.codec is None:
                # the byte order mark (or the signature) decides the codec of what follows
                marks = _MARKS[name]
                for mark, codec in marks.items():
                    if input.startswith(mark):
                        self.codec, start = codec, len(mark)
                        break
                else:
                    if not final and any(mark.startswith(input) for mark in marks):
                        return '', 0
                    self.codec = body
            keep = 0 if final else _incomplete_tail(self.codec, input[start:])
            end = len(input) - keep
            return bytes(input[start:end]).decode(self.codec, errors), end

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.codec = None if sig is not None else name

    for cls in (Encoder, Decoder):
        cls.__qualname__ = cls.__name__ = 'Incremental' + cls.__name__
        cls.__module__ = 'encodings.' + _module_name(name)
    return Encoder, Decoder


_cache = {}
# the Codec class of each codec of _cache (by its name), which its encodings module hands out
_codec_classes = {}


def _rot13(text):
    return text.translate(_ROT13)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (65, 97) for c in range(base, base + 26)}


def _binary_codecs():
    """The bytes-to-bytes codecs (and rot-13, str to str) of codecs.encode/decode: name to
    (encoder, decoder), each a function of the whole input; imported on first use."""
    import binascii
    import base64
    import zlib
    return {'hex': (binascii.b2a_hex, binascii.a2b_hex),
            'base64': (base64.encodebytes, base64.decodebytes),
            'zlib': (zlib.compress, zlib.decompress),
            'bz2': (_bz2_compress, _bz2_decompress),
            'quopri': (_quopri_encode, _quopri_decode),
            'uu': (_uu_encode, _uu_decode),
            'rot-13': (_rot13, _rot13)}


def _bz2_compress(data):
    import bz2
    return bz2.compress(data)


def _bz2_decompress(data):
    import bz2
    return bz2.decompress(data)


def _quopri_encode(data):
    """Quoted-printable with tabs and spaces always quoted, as the quopri codec writes it."""
    import binascii
    return binascii.b2a_qp(bytes(data), quotetabs=True)


def _quopri_decode(data):
    import binascii
    return binascii.a2b_qp(bytes(data))


def _uu_encode(data):
    """One uuencoded file named <data> with mode 666: 45 bytes a line, a blank line and 'end'."""
    import binascii
    data = bytes(data)
    lines = [b'begin 666 <data>\n']
    lines += [binascii.b2a_uu(data[i:i + 45]) for i in range(0, len(data), 45)]
    lines.append(b' \nend\n')
    return b''.join(lines)


def _uu_decode(data):
    """The data of the first uuencoded file in data: the lines after 'begin' up to 'end'; a line
    whose length byte promises more than it holds is read as far as that byte says."""
    import binascii
    # uu's lines end at \n only (bytes.splitlines would also split at \r)
    lines = [line + b'\n' for line in bytes(data).split(b'\n')]
    lines[-1] = lines[-1][:-1]
    index = 0
    while True:
        if index >= len(lines) or not lines[index]:
            raise ValueError('Missing "begin" line in input data')
        index += 1
        if lines[index - 1].startswith(b'begin'):
            break
    out = []
    line = b''
    for line in lines[index:]:
        if not line or line == b'end\n':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            size = ((line[0] - 32 & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:size]))
    else:
        line = b''
    if not line:
        raise ValueError('Truncated input data')
    return b''.join(out)


_BINARY_ALIASES = {'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
                   'base64_codec': 'base64', 'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
                   'bz2': 'bz2', 'bz2_codec': 'bz2', 'quopri': 'quopri', 'quotedprintable': 'quopri',
                   'quoted_printable': 'quopri', 'quopri_codec': 'quopri', 'uu': 'uu', 'uu_codec': 'uu',
                   'rot13': 'rot-13', 'rot_13': 'rot-13'}


def _binary_info(name):
    encoder, decoder = _binary_codecs()[name]

    def call(f, input, errors):
        # the bytes-to-bytes codecs know only 'strict' (an assert of theirs); rot-13 ignores errors
        if errors != 'strict' and name != 'rot-13':
            raise AssertionError
        return f(input)

    def encode(input, errors='strict'):
        return (call(encoder, input, errors), len(input))

    def decode(input, errors='strict'):
        return (call(decoder, input, errors), len(input))
    incremental_encoder, incremental_decoder = _binary_coders(name, encoder, decoder)
    codec = _codec_class(name, encode, decode)

    class Writer(codec, StreamWriter):
        charbuffertype = str if name == 'rot-13' else bytes

    class Reader(codec, StreamReader):
        charbuffertype = Writer.charbuffertype
    _name_classes(name, Reader, Writer)
    return CodecInfo(encode, decode, Reader, Writer, name=name, incrementalencoder=incremental_encoder,
                     incrementaldecoder=incremental_decoder, _is_text_encoding=False)


def _codec_class(name, encode, decode):
    """The Codec class of the codec name (its encodings module's), calling the functions."""
    class Codec_(Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)
    _codec_classes[name] = Codec_
    _name_classes(name, Codec_)
    return Codec_


def _name_classes(name, *classes):
    """Name each class (Codec_ as Codec, Reader as StreamReader...) as its encodings module's."""
    for cls in classes:
        cls.__qualname__ = cls.__name__ = {'Codec_': 'Codec', 'Reader': 'StreamReader',
                                           'Writer': 'StreamWriter'}.get(cls.__name__, cls.__name__)
        cls.__module__ = 'encodings.' + _module_name(name)


def _binary_coders(name, encoder, decoder):
    """The incremental classes of a bytes-to-bytes codec: each piece coded by itself, but for
    zlib and bz2, whose pieces go through one compression (or decompression) object."""
    def streams():
        if name == 'zlib':
            import zlib
            return zlib.compressobj, zlib.decompressobj
        if name == 'bz2':
            import bz2
            return bz2.BZ2Compressor, bz2.BZ2Decompressor
        return None, None
    compressor, decompressor = streams()

    def coder(base, whole, stream_factory, method, flavour):
        class Coder(base):
            def __init__(self, errors='strict'):
                base.__init__(self, errors)
                self.reset()

            def reset(self):
                self.stream = stream_factory() if stream_factory is not None else None

            def _code(self, input, final=False):
                if self.stream is None:
                    return whole(input)
                try:
                    data = getattr(self.stream, method)(input)
                except EOFError:
                    # bz2's decoder past the end of its stream
                    return b''
                if final and hasattr(self.stream, 'flush'):
                    data += self.stream.flush()
                return data

        setattr(Coder, flavour, Coder._code)
        Coder.__qualname__ = Coder.__name__ = 'Incremental' + flavour.capitalize() + 'r'
        Coder.__module__ = 'encodings.' + _module_name(name)
        return Coder

    return (coder(IncrementalEncoder, encoder, compressor, 'compress', 'encode'),
            coder(IncrementalDecoder, decoder, decompressor, 'decompress', 'decode'))


def _builtin_lookup(encoding):
    """The CodecInfo of the encoding (any spelling of its name) when it is one of the runtime's
    codecs, else None (_codecs.lookup then asks the registered search functions)."""
    key = '_'.join(encoding.lower().replace('-', ' ').replace('_', ' ').split())
    name = _ALIASES.get(key)
    if name is None and key in _BINARY_ALIASES:
        name = _BINARY_ALIASES[key]
        info = _cache.get(name)
        if info is None:
            info = _cache[name] = _binary_info(name)
        return info
    if name is None:
        import _charmaps
        name = _charmaps.NAMES.get(key)
    if name is None:
        return None
    info = _cache.get(name)
    if info is None:
        def encode(input, errors='strict', _name=name):
            return (input.encode(_name, errors), len(input))

        def decode(input, errors='strict', _name=name):
            return (bytes(input).decode(_name, errors), len(input))
        encoder, decoder = _text_coders(name)
        reader, writer = _text_streams(name, _codec_class(name, encode, decode))
        _name_classes(name, reader, writer)
        info = CodecInfo(encode, decode, reader, writer, name=name, incrementalencoder=encoder,
                         incrementaldecoder=decoder)
        _cache[name] = info
    return info


def _registered(info):
    """Whether the codec came from a search function (str.encode and bytes.decode do not know it)."""
    return any(found is info for found in _codecs._search_cache.values())


# the built-in exception types whose instances carry more than a message (their own __init__ or
# fields), which a codec's failure is raised as it is rather than wrapped
_NOT_WRAPPED = (BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, NameError,
                AttributeError, SyntaxError, UnicodeEncodeError, UnicodeDecodeError,
                UnicodeTranslateError)


def _codec_failed(exc, operation, encoding):
    """CPython's _PyErr_TrySetFromCause: a codec's exception of a type that holds only its
    message, repeated with the operation and the codec named ('encoding with 'idna' codec failed
    (UnicodeError: ...)') to be raised from it; None where it must stay as it is."""
    cls = type(exc)
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            break
        if '__init__' in base.__dict__ or '__new__' in base.__dict__:
            return None
    if isinstance(exc, _NOT_WRAPPED) or getattr(exc, '__dict__', None) or len(exc.args) > 1:
        return None
    return cls("%s with %r codec failed (%s: %s)" % (operation, encoding, cls.__name__, exc))


def _call_codec(coder, obj, errors, operation, encoding):
    """A codec's (output, length consumed) call, its failure wrapped as CPython wraps it: the output."""
    try:
        result = coder(obj, errors)
    except Exception as e:
        wrapped = _codec_failed(e, operation, encoding)
        if wrapped is None:
            raise
        # the codec's frames, as CPython's C caller leaves them
        e.__traceback__ = e.__traceback__.tb_next
        raise wrapped from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)"
                        % ('encoder' if operation == 'encoding' else 'decoder'))
    return result[0]


def _text_info(encoding, function):
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("%r is not a text encoding; use codecs.%s() to handle arbitrary codecs"
                          % (encoding, function))
    return info


def _encode_text(text, encoding, errors):
    """str.encode and bytes(str, encoding) with a codec of the registry (PyUnicode_AsEncodedString)."""
    result = _call_codec(_text_info(encoding, 'encode').encode, text, errors, 'encoding', encoding)
    if isinstance(result, bytearray):
        import warnings
        warnings.warn("encoder %s returned bytearray instead of bytes; use codecs.encode() to "
                      "encode to arbitrary types" % encoding, RuntimeWarning, 1)
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                        "encode to arbitrary types" % (encoding, type(result).__name__))
    return result


def _decode_text(data, encoding, errors):
    """bytes.decode and str(bytes, encoding) with a codec of the registry (PyUnicode_Decode: the
    codec is given a memoryview of the data)."""
    info = _text_info(encoding, 'decode')
    with memoryview(data) as view:
        result = _call_codec(info.decode, view, errors, 'decoding', encoding)
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                        "decode to arbitrary types" % (encoding, type(result).__name__))
    return result


def _handled(handler, exc, what, types, size=None):
    """The handler's (replacement, position) for exc, checked as Python/codecs.c's callers check it:
    a negative position counts from the end of the input (size items, or the exception's object
    as the handler left it)."""
    result = handler(exc)
    if size is None:
        size = len(exc.object)
    message = "%s error handler must return (%s, int) tuple" % (what, 'str/bytes' if what == 'encoding' else 'str')
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError(message)
    import operator
    replacement, position = result[0], operator.index(result[1])
    if not isinstance(replacement, types):
        raise TypeError(message)
    if position < 0:
        position += size
    if not 0 <= position <= size:
        raise IndexError("position %d from error handler out of bounds" % position)
    return replacement, position


def _unit(codec):
    return 2 if codec.startswith('utf-16') else 4 if codec.startswith('utf-32') else 1


def _encode_with_handler(text, encoding, errors):
    """str.encode with a built-in codec and an error handler of the registry: the text encoded
    strictly up to each error, the handler called with a UnicodeEncodeError over the whole text,
    its replacement put (a str encoded by the codec, else the original error; bytes as they are),
    and encoding resumed where it says."""
    handler = lookup_error(errors)
    name = lookup(encoding).name
    mark, codec = _SIGNED.get(name, (b'', name))
    out = [mark]
    position = 0
    while True:
        try:
            out.append(text[position:].encode(codec, 'strict'))
            return b''.join(out)
        except UnicodeEncodeError as e:
            error = e
        start = position + error.start
        out.append(text[position:start].encode(codec, 'strict'))
        exc = UnicodeEncodeError(name if name in ('utf-16', 'utf-32') else error.encoding, text,
                                 start, position + error.end, error.reason)
        replacement, position = _handled(handler, exc, 'encoding', (str, bytes), len(text))
        if isinstance(replacement, str):
            # the UTF encoders take only ASCII replacements, the others what they can encode
            if codec.startswith('utf-') and not replacement.isascii():
                raise exc
            try:
                replacement = replacement.encode(codec, 'strict')
            except UnicodeEncodeError:
                replacement = None
            if replacement is None:
                raise exc
        elif len(replacement) % _unit(codec):
            # bytes go in as they are, whole code units of UTF-16 and UTF-32
            raise exc
        out.append(replacement)


def _decode_with_handler(data, encoding, errors):
    """bytes.decode with a built-in codec and an error handler of the registry, as
    _encode_with_handler: the handler may replace the exception's object, which decoding goes on
    with."""
    handler = lookup_error(errors)
    name = lookup(encoding).name
    data = bytes(data)
    codec, position = name, 0
    if name in _SIGNED:
        codec = _SIGNED[name][1]
        for mark, found in _MARKS[name].items():
            if data.startswith(mark):
                codec = found
                # positions count from after utf-8-sig's signature, from the mark for the others
                if name == 'utf-8-sig':
                    data = data[len(mark):]
                else:
                    position = len(mark)
                break
    out = []
    while True:
        try:
            out.append(data[position:].decode(codec, 'strict'))
            return ''.join(out)
        except UnicodeDecodeError as e:
            error = e
        start = position + error.start
        out.append(data[position:start].decode(codec, 'strict'))
        exc = UnicodeDecodeError(error.encoding, data,
                                 start, position + error.end, error.reason)
        replacement, position = _handled(handler, exc, 'decoding', str)
        data = bytes(exc.object)
        out.append(replacement)


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding or _registered(info):
        return _call_codec(info.encode, obj, errors, 'encoding', encoding)
    return _codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for encoding."""
    info = lookup(encoding)
    if not info._is_text_encoding or _registered(info):
        return _call_codec(info.decode, obj, errors, 'decoding', encoding)
    name = info.name
    if isinstance(obj, str) and name in ('unicode-escape', 'raw-unicode-escape'):
        # these two decoders take a str as its UTF-8 bytes
        obj = obj.encode('utf-8')
    if isinstance(obj, str):
        raise TypeError("decoding with %r codec failed (TypeError: a bytes-like object is "
                        "required, not 'str')" % name)
    return _codecs.decode(obj, encoding, errors)


def _decode_error(errors, encoding, data, start, end, reason):
    """What the error handler errors puts for the undecodable data[start:end] of a codec written in
    Python (the standard handlers; Python/codecs.c's, and the registry's): the replacement text,
    or the UnicodeDecodeError raised. The handler is looked up only when an error happens."""
    error = UnicodeDecodeError(encoding, bytes(data), start, end, reason)
    if errors == 'strict' or errors == 'surrogatepass':
        raise error
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '\ufffd'
    if errors == 'backslashreplace':
        return ''.join('\\x%02x' % b for b in error.object[start:end])
    if errors == 'surrogateescape':
        bad = error.object[start:end]
        if any(b < 128 for b in bad):
            raise error
        return ''.join(chr(0xDC00 + b) for b in bad)
    if errors in ('xmlcharrefreplace', 'namereplace'):
        raise TypeError("don't know how to handle UnicodeDecodeError in error callback")
    # a handler of the registry: its replacement (the codec resumes after the error)
    return _handled(lookup_error(errors), error, 'decoding', str)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of the encoding (LookupError if it has none)."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """The incremental decoder class of the encoding (LookupError if it has none)."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def _iter_coded(coder, iterator, empty):
    for input in iterator:
        output = coder(input)
        if output:
            yield output
    output = coder(empty, True)
    if output:
        yield output


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """The encoded pieces of the strs iterator yields, through an incremental encoder."""
    yield from _iter_coded(getincrementalencoder(encoding)(errors, **kwargs).encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """The decoded pieces of the bytes iterator yields, through an incremental decoder."""
    yield from _iter_coded(getincrementaldecoder(encoding)(errors, **kwargs).decode, iterator, b"")


def getreader(encoding):
    """The StreamReader class of the encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the encoding."""
    return lookup(encoding).streamwriter


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file opened with builtins.open, or with an encoding, opened in binary mode and
    wrapped in a StreamReaderWriter of the encoding's stream classes."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    try:
        info = lookup(encoding)
        wrapper = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    except:
        file.close()
        raise
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder over file: the caller reads and writes bytes in data_encoding, the file
    holds them in file_encoding (the same when not given)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder
