"""The multibyte codecs' classes (CPython's Modules/cjkcodecs/multibytecodec.c): MultibyteCodec,
the object _codecs_jp.getcodec() and the other _codecs_* modules hand out, and the incremental
and stream coders the encodings modules (shift_jis, gbk, big5, ...) subclass.

The coding loops and tables are the interpreter's (_pyheap_cjkcodecs), which applies the error
handlers ignore, replace, backslashreplace, xmlcharrefreplace, namereplace and surrogateescape
itself and stops at any other error; here such an error becomes CPython's UnicodeEncodeError or
UnicodeDecodeError ("illegal multibyte sequence", "incomplete multibyte sequence"), raised, or
given to the handler a program registered, the loop resuming where the handler says.
Every character that does not encode is an error of its own, as CPython's encoders report it.

Incremental state as CPython keeps it: an encoder holds back a character that may begin a pair
(euc_jis_2004's kana before U+309A), its getstate() an int of the held text's UTF-8 bytes after
their count (little-endian, the codec's own eight state bytes after them, zero for these codecs);
a decoder holds back the bytes of an unfinished sequence, getstate() (bytes, 0).

The stateful codecs (the ISO-2022 family, HZ) are written in Python over the tables of the
stateless ones (_codecs_iso2022, _codecs_cn): their coder object keeps CPython's eight state bytes
(designated character sets, shift flags) between calls, encodes and decodes one call's input
(_stateful_encode/_stateful_decode below apply the error handlers), and writes the sequence that
returns to ASCII when an encoding ends (the one-shot encode, a final incremental input; a stream
writer's reset only when it holds text back, as CPython's). getstate()/setstate() carry the state bytes as CPython's do."""

import _pyheap_cjkcodecs

_ILLEGAL = 'illegal multibyte sequence'
_INCOMPLETE = 'incomplete multibyte sequence'
_ERROR, _INCOMPLETE_AT_END = 1, 3


def _check_errors(function, errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str or None, not %s"
                        % (function, type(errors).__name__))
    return errors


def _unhandled(errors, exc):
    """The error handler `errors` has no loop of its own: it raises exc, or what CPython's does."""
    if errors in ('strict', 'surrogateescape', 'surrogatepass'):
        raise exc
    if errors in ('namereplace', 'xmlcharrefreplace'):
        raise TypeError("don't know how to handle UnicodeDecodeError in error callback")
    raise LookupError("unknown error handler name '%s'" % errors)


def _error(kind, codec, obj, start, end, reason, first, first_end):
    """The error at [start, end): CPython's exception object of the call, made at the first error a
    handler took (its args stay that one's) and moved to this one."""
    if first < 0:
        return kind(codec._name, obj, start, end, reason)
    exc = kind(codec._name, obj, first, first_end, reason)
    exc.start = start
    exc.end = end
    return exc


def _handler_result(errors, exc, what, size):
    """The registry's handler `errors` for exc: (replacement, position), checked as
    multibytecodec.c checks it."""
    import codecs
    result = codecs.lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int) \
            or not isinstance(result[0], (str, bytes) if what == 'encoding' else str):
        raise TypeError("%s error handler must return (str, int) tuple" % what)
    position = result[1] + size if result[1] < 0 else result[1]
    if not 0 <= position <= size:
        raise IndexError("position %d from error handler out of bounds" % position)
    return result[0], position


def _handled(errors, exc, what, size):
    """A handler of the registry (a name the coding loop does not apply, none of _unhandled's):
    its (replacement, position) for exc, checked as multibytecodec.c checks it (an encoder's
    replacement a str, which it encodes strictly, or bytes)."""
    if errors in ('strict', 'surrogateescape', 'surrogatepass', 'namereplace', 'xmlcharrefreplace'):
        _unhandled(errors, exc)
    return _handler_result(errors, exc, what, size)


def _encode(codec, text, errors, final, state=None):
    """(bytes, where encoding stopped): before a held-back character when not final."""
    if state is not None:
        return _stateful_encode(codec, text, errors, state, final)
    out = b''
    start = 0
    while True:
        data, pos, state, _, first, first_end = _pyheap_cjkcodecs.encode(codec._key, text, start, errors, final)
        out += data
        if state != _ERROR:
            return out, pos
        exc = _error(UnicodeEncodeError, codec, text, pos, pos + 1, _ILLEGAL, first, first_end)
        replacement, start = _handled(errors, exc, 'encoding', len(text))
        out += replacement if isinstance(replacement, bytes) else _encode(codec, replacement, 'strict', True)[0]


def _decode(codec, data, errors, final, state=None):
    """(str, where decoding stopped): before the bytes of an unfinished sequence when not final."""
    if state is not None:
        return _stateful_decode(codec, data, errors, final, state)
    out = ''
    start = 0
    while True:
        text, pos, state, end, first, first_end = _pyheap_cjkcodecs.decode(codec._key, data, start, errors, final)
        out += text
        if state not in (_ERROR, _INCOMPLETE_AT_END):
            return out, pos
        reason = _ILLEGAL if state == _ERROR else _INCOMPLETE
        exc = _error(UnicodeDecodeError, codec, bytes(data), pos, end, reason, first, first_end)
        replacement, start = _handled(errors, exc, 'decoding', len(data))
        out += replacement


# the coders' answers (CPython's MBERR_TOOFEW for "input ends inside a sequence")
_DONE, _ILLEGAL_AT, _TOOFEW = 0, 1, 2


def _stateful_encode(codec, text, errors, state, final=True):
    """A stateful codec's encoding of text with its state (not reset at the end): (bytes, where
    encoding stopped: before a character that may begin a pair when not final). A character no
    designation maps is an error of its own; a replacement is encoded through the same state, as
    multibytecodec_encerror does."""
    coder = codec._coder
    out = []
    start = 0
    first = first_end = -1
    while True:
        data, pos, status = coder.encode(state, text, start, final)
        out.append(data)
        if status == _DONE:
            return b''.join(out), len(text)
        if status == _TOOFEW:
            return b''.join(out), pos
        if errors == 'ignore':
            start = pos + 1
            continue
        if errors == 'replace':
            data, _, status = coder.encode(state, '?', 0, True)
            if status == _DONE:
                out.append(data)
                start = pos + 1
                continue
        exc = _error(UnicodeEncodeError, codec, text, pos, pos + 1, _ILLEGAL, first, first_end)
        if first < 0:
            first, first_end = pos, pos + 1
        if errors == 'strict' or errors == 'replace':
            raise exc
        replacement, start = _handler_result(errors, exc, 'encoding', len(text))
        if isinstance(replacement, bytes):
            out.append(replacement)
        else:
            out.append(_stateful_encode(codec, replacement, 'strict', state)[0])


def _stateful_decode(codec, data, errors, final, state):
    """A stateful codec's decoding of data with its state: (str, where decoding stopped), before
    an unfinished sequence when not final (at the end, an error over the rest)."""
    coder = codec._coder
    data = bytes(data)
    out = []
    start = 0
    first = first_end = -1
    while True:
        text, pos, status, size = coder.decode(state, data, start)
        out.append(text)
        if status == _DONE:
            return ''.join(out), len(data)
        if status == _TOOFEW:
            if not final:
                return ''.join(out), pos
            reason, end = _INCOMPLETE, len(data)
        else:
            reason, end = _ILLEGAL, pos + size
        if errors == 'ignore':
            start = end
            continue
        if errors == 'replace':
            out.append('\ufffd')
            start = end
            continue
        exc = _error(UnicodeDecodeError, codec, data, pos, end, reason, first, first_end)
        if first < 0:
            first, first_end = pos, end
        if errors == 'strict':
            raise exc
        replacement, start = _handler_result(errors, exc, 'decoding', len(data))
        out.append(replacement)


class MultibyteCodec:
    """A codec of one of the _codecs_* modules: encode and decode return (output, length consumed)."""

    def __init__(self, key, name, coder=None):
        self._key = key
        self._name = name
        # a stateful codec's coder (None for the table codecs of _pyheap_cjkcodecs)
        self._coder = coder

    def _encoder_state(self):
        return self._coder.encoder_init() if self._coder is not None else None

    def _decoder_state(self):
        return self._coder.decoder_init() if self._coder is not None else None

    def _encoder_reset(self, state):
        """The bytes that end an encoding in the initial state (ESC ( B, SI, ~}), and the state reset."""
        return self._coder.encoder_reset(state) if state is not None else b''

    def encode(self, input, errors=None):
        errors = _check_errors('encode', errors)
        if not isinstance(input, str):
            raise TypeError("couldn't convert the object to unicode.")
        state = self._encoder_state()
        data = _encode(self, input, errors, True, state)[0]
        return data + self._encoder_reset(state), len(input)

    def decode(self, input, errors=None):
        errors = _check_errors('decode', errors)
        data = memoryview(input).tobytes()
        return _decode(self, data, errors, True, self._decoder_state())[0], len(data)


class MultibyteIncrementalEncoder:
    """An incremental encoder (subclassed by each codec module with its `codec`)."""

    def __init__(self, errors='strict'):
        self.errors = _check_errors('MultibyteIncrementalEncoder', errors)
        self._pending = ''
        self._state = self.codec._encoder_state()

    def encode(self, input, final=False):
        text = self._pending + input
        data, stop = _encode(self.codec, text, self.errors, bool(final), self._state)
        self._pending = text[stop:]
        if final:
            data += self.codec._encoder_reset(self._state)
        return data

    def reset(self):
        # CPython runs the codec's reset and drops what it writes
        self._pending = ''
        self.codec._encoder_reset(self._state)

    def getstate(self):
        held = self._pending.encode('utf-8')
        state = bytes(self._state) if self._state is not None else bytes(8)
        return int.from_bytes(bytes([len(held)]) + held + state, 'little')

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(state).__name__)
        raw = state.to_bytes(max(1, (state.bit_length() + 7) // 8), 'little')
        self._pending = raw[1:1 + raw[0]].decode('utf-8')
        if self._state is not None:
            self._state[:] = raw[1 + raw[0]:9 + raw[0]].ljust(8, b'\0')


class MultibyteIncrementalDecoder:
    """An incremental decoder (subclassed by each codec module with its `codec`)."""

    def __init__(self, errors='strict'):
        self.errors = _check_errors('MultibyteIncrementalDecoder', errors)
        self._pending = b''
        self._state = self.codec._decoder_state()

    def decode(self, input, final=False):
        data = self._pending + memoryview(input).tobytes()
        text, stop = _decode(self.codec, data, self.errors, bool(final), self._state)
        self._pending = data[stop:]
        return text

    def reset(self):
        self._pending = b''
        if self._state is not None:
            self.codec._coder.decoder_reset(self._state)

    def getstate(self):
        return self._pending, int.from_bytes(self._state, 'little') if self._state is not None else 0

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state argument must be a tuple')
        self._pending = bytes(state[0])
        if self._state is not None:
            self._state[:] = state[1].to_bytes(8, 'little')


class MultibyteStreamReader:
    """Reads text from a binary stream: read, readline, readlines and reset, as CPython's reader
    (a read of n bytes that ends inside a sequence reads one byte more until a character is whole)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = _check_errors('MultibyteStreamReader', errors)
        self._pending = b''
        self._state = self.codec._decoder_state()

    def _read(self, method, size):
        if size == 0:
            return ''
        while True:
            chunk = getattr(self.stream, method)() if size is None or size < 0 else \
                getattr(self.stream, method)(size)
            if not isinstance(chunk, bytes):
                raise TypeError('stream function returned a non-bytes object (%s)' % type(chunk).__name__)
            data = self._pending + chunk
            end = not chunk or size is None or size < 0
            text, stop = _decode(self.codec, data, self.errors, end, self._state)
            self._pending = data[stop:]
            if text or end:
                return text
            size = 1

    def read(self, size=-1):
        return self._read('read', size)

    def readline(self, size=None):
        return self._read('readline', size)

    def readlines(self, sizehint=None):
        return self.read().splitlines(True)

    def reset(self):
        self._pending = b''
        if self._state is not None:
            self.codec._coder.decoder_reset(self._state)


class MultibyteStreamWriter:
    """Writes text to a binary stream: write, writelines, and reset (which writes what an encoder
    held back)."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = _check_errors('MultibyteStreamWriter', errors)
        self._pending = ''
        self._state = self.codec._encoder_state()

    def write(self, data):
        if not isinstance(data, str):
            raise TypeError("couldn't convert the object to str.")
        text = self._pending + data
        out, stop = _encode(self.codec, text, self.errors, False, self._state)
        self._pending = text[stop:]
        if out:
            self.stream.write(out)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        if not self._pending:
            # CPython's reset writes (and resets) only when text is held back
            return
        out, _ = _encode(self.codec, self._pending, self.errors, True, self._state)
        out += self.codec._encoder_reset(self._state)
        self._pending = ''
        if out:
            self.stream.write(out)


def _getcodec(names, name, coders=None):
    """A _codecs_* module's getcodec: the codec of that module called name (coders: the stateful
    codecs' coder factories by name)."""
    if not isinstance(name, str):
        raise TypeError('encoding name must be a string.')
    if name not in names:
        raise LookupError('no such codec is supported.')
    coder = coders[name]() if coders and name in coders else None
    return MultibyteCodec(name, name, coder)


def _codec_module(namespace, module, name):
    """Fills an encodings module (encodings.shift_jis, ...) as CPython's are written: Codec,
    IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter, codec and getregentry."""
    import codecs
    codec = module.getcodec(name)

    class Codec(codecs.Codec):
        encode = codec.encode
        decode = codec.decode

    class IncrementalEncoder(MultibyteIncrementalEncoder, codecs.IncrementalEncoder):
        pass

    class IncrementalDecoder(MultibyteIncrementalDecoder, codecs.IncrementalDecoder):
        pass

    class StreamReader(Codec, MultibyteStreamReader, codecs.StreamReader):
        pass

    class StreamWriter(Codec, MultibyteStreamWriter, codecs.StreamWriter):
        pass

    classes = dict(Codec=Codec, IncrementalEncoder=IncrementalEncoder, IncrementalDecoder=IncrementalDecoder,
                   StreamReader=StreamReader, StreamWriter=StreamWriter)
    for qualname, cls in classes.items():
        cls.__module__ = namespace['__name__']
        cls.__qualname__ = qualname
        cls.codec = codec

    def getregentry():
        return codecs.CodecInfo(name=name, encode=Codec().encode, decode=Codec().decode,
                                incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                                streamreader=StreamReader, streamwriter=StreamWriter)

    namespace.update(classes, codec=codec, getregentry=getregentry)


# Frames that CPython runs in C leave no traceback entry: _multibytecodec is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
