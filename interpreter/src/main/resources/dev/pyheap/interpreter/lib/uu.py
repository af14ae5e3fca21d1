"""Implementation of the UUencode and UUdecode functions (deprecated since 3.11).

encode(in_file, out_file [,name, mode], *, backtick=False)
decode(in_file [, out_file, mode, quiet])

The files are file objects, or names ('-' for the standard streams)."""

import binascii
import os
import sys
import warnings

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ['Error', 'encode', 'decode']


class Error(Exception):
    pass


def _open(file, mode, standard):
    """(file object, whether it is ours to close) for a file object, a name, or '-'."""
    if file == '-':
        return standard, False
    if isinstance(file, str):
        return open(file, mode), True
    return file, False


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """Uuencode file: a 'begin MODE NAME' line, lines of 45 bytes each, an empty line and
    'end'."""
    opened = []
    try:
        if in_file == '-':
            in_file = sys.stdin.buffer
        elif isinstance(in_file, str):
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:
                    pass
            in_file = open(in_file, 'rb')
            opened.append(in_file)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            out_file = open(out_file, 'wb')
            opened.append(out_file)
        if name is None:
            name = '-'
        if mode is None:
            mode = 0o666
        # names with newlines would start lines of their own
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        out_file.write(('begin %o %s\n' % ((mode & 0o777), name)).encode('ascii'))
        data = in_file.read(45)
        while len(data) > 0:
            out_file.write(binascii.b2a_uu(data, backtick=backtick))
            data = in_file.read(45)
        out_file.write(b'`\nend\n' if backtick else b' \nend\n')
    finally:
        for f in opened:
            f.close()


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode uuencoded file: after its 'begin' line, into out_file (by default the name that
    line gives, made with its mode)."""
    opened = []
    if in_file == '-':
        in_file = sys.stdin.buffer
    elif isinstance(in_file, str):
        in_file = open(in_file, 'rb')
        opened.append(in_file)
    try:
        while True:
            hdr = in_file.readline()
            if not hdr:
                raise Error('No valid begin line found in input file')
            if not hdr.startswith(b'begin'):
                continue
            hdrfields = hdr.split(b' ', 2)
            if len(hdrfields) == 3 and hdrfields[0] == b'begin':
                try:
                    int(hdrfields[1], 8)
                    break
                except ValueError:
                    pass
        if out_file is None:
            out_file = hdrfields[2].rstrip(b' \t\r\n\f').decode('ascii')
            if os.path.exists(out_file):
                raise Error(f'Cannot overwrite existing file: {out_file}')
            if (out_file.startswith(os.sep) or f'..{os.sep}' in out_file or
                    (os.altsep and (out_file.startswith(os.altsep) or
                                    f'..{os.altsep}' in out_file))):
                raise Error(f'Refusing to write to {out_file} due to directory traversal')
        if mode is None:
            mode = int(hdrfields[1], 8)
        if out_file == '-':
            out_file = sys.stdout.buffer
        elif isinstance(out_file, str):
            fp = open(out_file, 'wb')
            os.chmod(out_file, mode)
            out_file = fp
            opened.append(out_file)
        line = in_file.readline()
        while line and line.strip(b' \t\r\n\f') != b'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as v:
                # a line some encoders wrote too long: its length character says how much to read
                nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:nbytes])
                if not quiet:
                    sys.stderr.write('Warning: %s\n' % v)
            out_file.write(data)
            line = in_file.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in opened:
            f.close()
