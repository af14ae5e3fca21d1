"""Recognize image file formats from their first bytes (deprecated since 3.11, as in CPython).

`what` reads the first 32 bytes of a file (or takes them as `h`) and asks each function of
`tests` in turn; the first name returned wins. Programs may append their own tests.
"""

from os import PathLike
import warnings

__all__ = ['what']

warnings._deprecated(__name__, remove=(3, 13))


def what(file, h=None):
    """The image kind of `file` (a path or a binary file, left where it was) or of `h`, or None."""
    opened = None
    try:
        if h is None:
            if isinstance(file, (str, PathLike)):
                opened = open(file, 'rb')
                h = opened.read(32)
            else:
                position = file.tell()
                h = file.read(32)
                file.seek(position)
        for test in tests:
            kind = test(h, opened)
            if kind:
                return kind
    finally:
        if opened:
            opened.close()
    return None


def test_jpeg(h, f):
    """JPEG data with JFIF or Exif markers; and raw JPEG"""
    if h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'


def test_png(h, f):
    if h.startswith(b'\x89PNG\r\n\x1a\n'):
        return 'png'


def test_gif(h, f):
    """GIF ('87 and '89 variants)"""
    if h[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'


def test_tiff(h, f):
    """TIFF (can be in Motorola or Intel byte order)"""
    if h[:2] in (b'MM', b'II'):
        return 'tiff'


def test_rgb(h, f):
    """SGI image library"""
    if h.startswith(b'\x01\xda'):
        return 'rgb'


def _netpbm(h, digits):
    return len(h) >= 3 and h[0] == ord('P') and h[1] in digits and h[2] in b' \t\n\r'


def test_pbm(h, f):
    """PBM (portable bitmap)"""
    if _netpbm(h, b'14'):
        return 'pbm'


def test_pgm(h, f):
    """PGM (portable graymap)"""
    if _netpbm(h, b'25'):
        return 'pgm'


def test_ppm(h, f):
    """PPM (portable pixmap)"""
    if _netpbm(h, b'36'):
        return 'ppm'


def test_rast(h, f):
    """Sun raster file"""
    if h.startswith(b'\x59\xa6\x6a\x95'):
        return 'rast'


def test_xbm(h, f):
    """X bitmap (X10 or X11)"""
    if h.startswith(b'#define '):
        return 'xbm'


def test_bmp(h, f):
    if h.startswith(b'BM'):
        return 'bmp'


def test_webp(h, f):
    if h.startswith(b'RIFF') and h[8:12] == b'WEBP':
        return 'webp'


def test_exr(h, f):
    if h.startswith(b'\x76\x2f\x31\x01'):
        return 'exr'


tests = [test_jpeg, test_png, test_gif, test_tiff, test_rgb, test_pbm, test_pgm, test_ppm,
         test_rast, test_xbm, test_bmp, test_webp, test_exr]


def test():
    """`python -m imghdr [-r] [name...]`: the kind of each file, folders walked with -r."""
    import sys
    recursive = False
    names = sys.argv[1:]
    if names and names[0] == '-r':
        recursive = True
        names = names[1:]
    try:
        testall(names or ['.'], recursive, True)
    except KeyboardInterrupt:
        sys.stderr.write('\n[Interrupted]\n')
        sys.exit(1)


def testall(names, recursive, toplevel):
    import sys
    import os
    for name in names:
        if os.path.isdir(name):
            print(name + '/:', end=' ')
            if recursive or toplevel:
                print('recursing down:')
                import glob
                testall(glob.glob(os.path.join(glob.escape(name), '*')), recursive, False)
            else:
                print('*** directory (use -r) ***')
        else:
            print(name + ':', end=' ')
            sys.stdout.flush()
            try:
                print(what(name))
            except OSError:
                print('*** not found ***')


if __name__ == '__main__':
    test()
