"""Conversions to/from quoted-printable transport encoding as per RFC 1521.

The encoder and decoder below give the bytes that CPython's binascii.b2a_qp and a2b_qp give
(CPython's quopri uses those): lines are soft-broken with '=' before 76 columns, bytes
outside printable ASCII and '=' become =XX, white space is quoted at the end of a line, a line
holding only '.' is quoted, and the line ends follow the first one's style (CRLF or LF).
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

_HEX_VALUES = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as =XX (spaces and tabs inside a line only
    with quotetabs, '_' only in headers)."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not 0x20 <= c[0] <= 0x7E


def quote(c):
    """The byte c as =XX."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n >> 4], HEX[n & 15]))


def _must_quote(data, i, column, quotetabs, istext, header):
    b = data[i]
    last = i + 1 == len(data)
    if b > 126 or b == 0x3D or (header and b == 0x5F):
        return True
    if b == 0x2E and column == 0 and (last or data[i + 1] in (10, 13, 0)):
        return True
    if not istext and b in (10, 13):
        return True
    if b in (9, 32):
        return last or quotetabs
    return b < 33 and b not in (10, 13)


def _b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = bytes(data)
    first = data.find(b'\n')
    newline = b'\r\n' if first > 0 and data[first - 1] == 13 else b'\n'
    soft_break = b'=' + newline
    out = bytearray()
    column = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if _must_quote(data, i, column, quotetabs, istext, header):
            if column + 3 >= MAXLINESIZE:
                out += soft_break
                column = 0
            out += b'=%02X' % b
            column += 3
            i += 1
        elif istext and (b == 10 or (b == 13 and i + 1 < n and data[i + 1] == 10)):
            # white space may not end a line: the last byte written is quoted after all
            if out and out[-1] in (9, 32):
                out[-1:] = b'=%02X' % out[-1]
            out += newline
            column = 0
            i += 2 if b == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and column + 1 >= MAXLINESIZE:
                out += soft_break
                column = 0
            column += 1
            out.append(0x5F if header and b == 32 else b)
            i += 1
    return bytes(out)


def _a2b_qp(data, header=False):
    data = bytes(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x3D:
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt in (10, 13):
                # a soft line break: drop everything up to and including the LF
                while i < n and data[i] != 10:
                    i += 1
                if i < n:
                    i += 1
            elif nxt == 0x3D:
                out.append(0x3D)
                i += 1
            elif i + 1 < n and nxt in _HEX_VALUES and data[i + 1] in _HEX_VALUES:
                out.append(_HEX_VALUES[nxt] * 16 + _HEX_VALUES[data[i + 1]])
                i += 2
            else:
                out.append(0x3D)
        elif header and b == 0x5F:
            out.append(0x20)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    """Encode everything read from the binary file `input` to the binary file `output`.

    quotetabs: quote spaces and tabs inside lines too (at a line's end they always are);
    header: write spaces as '_', as RFC 1522 headers do."""
    output.write(_b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return _b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decode everything read from the binary file `input` to the binary file `output`;
    with header, '_' stands for a space."""
    output.write(_a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return _a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes c is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return len(c) == 1 and c[0] in _HEX_VALUES


def unhex(s):
    """The value of the hex digits in the bytes s."""
    value = 0
    for c in s:
        value = value * 16 + _HEX_VALUES[c]
    return value


def main():
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    flags = {o for o, _ in opts}
    if '-t' in flags and '-d' in flags:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if '-d' in flags:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, '-t' in flags)
        finally:
            if name != '-':
                source.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
