"""Conversions to/from quoted-printable transport encoding as per RFC 1521.

As CPython's, the work is binascii's b2a_qp and a2b_qp.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

from binascii import a2b_qp, b2a_qp


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


def encode(input, output, quotetabs, header=False):
    """Encode everything read from the binary file `input` to the binary file `output`.

    quotetabs: quote spaces and tabs inside lines too (at a line's end they always are);
    header: write spaces as '_', as RFC 1522 headers do."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Decode everything read from the binary file `input` to the binary file `output`;
    with header, '_' stands for a space."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes c is an ASCII hex digit."""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hex digits in the bytes s."""
    value = 0
    for c in s:
        value = value * 16 + int(chr(c), 16)
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
