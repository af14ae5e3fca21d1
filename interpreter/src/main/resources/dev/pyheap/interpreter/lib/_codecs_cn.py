"""The Chinese (simplified) multibyte codecs (CPython's Modules/cjkcodecs/_codecs_cn.c): getcodec(name) gives
the _multibytecodec.MultibyteCodec of gb2312, gbk, gb18030 and hz.

HZ (RFC 1843) is 7-bit and stateful: '~{' switches to GB 2312 (its two-byte codes without the
high bit) and '~}' back to ASCII; '~~' is a tilde and '~' before a newline continues the line.
Its state is one int (CPython's state->i): 1 inside '~{ ... ~}'."""

import _multibytecodec

_NAMES = ('gb2312', 'gbk', 'gb18030', 'hz')


class _HZ:
    """The HZ coder: GB 2312 read from the gb2312 codec's table."""

    def __init__(self):
        import _codecs_iso2022
        self.decode_pair, self.encode_char = _codecs_iso2022._euc_pair('gb2312')

    def encoder_init(self):
        return bytearray(8)

    def decoder_init(self):
        return bytearray(8)

    def encoder_reset(self, state):
        if state[0]:
            state[0] = 0
            return b'~}'
        return b''

    def decoder_reset(self, state):
        state[0] = 0

    def encode(self, state, text, start, final):
        out = bytearray()
        for pos in range(start, len(text)):
            c = ord(text[pos])
            if c < 0x80:
                if state[0]:
                    out += b'~}'
                    state[0] = 0
                out.append(c)
                if c == 0x7E:
                    out.append(c)
                continue
            code = self.encode_char(text[pos])
            if code is None:
                return bytes(out), pos, _multibytecodec._ILLEGAL_AT
            if not state[0]:
                out += b'~{'
                state[0] = 1
            out += bytes((code >> 8, code & 0xFF))
        return bytes(out), len(text), _multibytecodec._DONE

    def decode(self, state, data, start):
        out = []
        pos = start
        size = len(data)
        while pos < size:
            c = data[pos]
            if c == 0x7E:
                if pos + 2 > size:
                    return ''.join(out), pos, _multibytecodec._TOOFEW, 0
                c2 = data[pos + 1]
                if c2 == 0x7E and not state[0]:
                    out.append('~')
                elif c2 == 0x7B and not state[0]:
                    state[0] = 1
                elif c2 == 0x0A and not state[0]:
                    pass
                elif c2 == 0x7D and state[0]:
                    state[0] = 0
                else:
                    return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, 1
                pos += 2
                continue
            if c & 0x80:
                return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, 1
            if not state[0]:
                out.append(chr(c))
                pos += 1
                continue
            if pos + 2 > size:
                return ''.join(out), pos, _multibytecodec._TOOFEW, 0
            text = self.decode_pair(data[pos:pos + 2])
            if text is None:
                return ''.join(out), pos, _multibytecodec._ILLEGAL_AT, 1
            out.append(text)
            pos += 2
        return ''.join(out), pos, _multibytecodec._DONE, 0


def getcodec(encoding):
    """The codec called encoding, or LookupError."""
    return _multibytecodec._getcodec(_NAMES, encoding, {'hz': _HZ})


# Frames that CPython runs in C leave no traceback entry: _codecs_cn is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
