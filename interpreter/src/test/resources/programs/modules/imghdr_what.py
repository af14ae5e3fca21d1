# imghdr: the DeprecationWarning its import gives in 3.11, then what() on the headers of each
# format it knows (from bytes, from a file object left at its position, from a path), unknown
# and short data, a test of the program's own appended to imghdr.tests, a missing file.
import imghdr
import io
import os
import tempfile

headers = {
    'jfif': b'\xff\xd8\xff\xe0\x00\x10JFIF\x00', 'exif': b'\xff\xd8\xff\xe1\x00\x10Exif\x00',
    'raw jpeg': b'\xff\xd8\xff\xdb\x00', 'png': b'\x89PNG\r\n\x1a\n\x00\x00',
    'gif87': b'GIF87a\x01\x00', 'gif89': b'GIF89a\x01\x00', 'tiff mm': b'MM\x00*',
    'tiff ii': b'II*\x00', 'rgb': b'\x01\xda\x01\x01', 'pbm': b'P1\n1 1\n1', 'pbm raw': b'P4 1',
    'pgm': b'P2\t1', 'pgm raw': b'P5\r1', 'ppm': b'P3 1', 'ppm raw': b'P6\n1',
    'not pnm': b'P7 1', 'rast': b'\x59\xa6\x6a\x95\x00', 'xbm': b'#define x_width 1\n',
    'bmp': b'BM\x00\x00', 'webp': b'RIFF\x00\x00\x00\x00WEBPVP8 ', 'riff wave': b'RIFF\x00\x00\x00\x00WAVE',
    'exr': b'\x76\x2f\x31\x01\x02', 'text': b'hello world', 'empty': b'', 'short P': b'P1',
}
for label, data in headers.items():
    print(f'{label:10} {imghdr.what(None, data)}')

stream = io.BytesIO(b'junk' + headers['png'])
stream.seek(4)
print(imghdr.what(stream), stream.tell())


def test_magic(h, f):
    if h.startswith(b'MAGIC'):
        return 'magic'


imghdr.tests.append(test_magic)
print(imghdr.what('', b'MAGIC!'), len(imghdr.tests), imghdr.__all__)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'picture.bin')
    with open(path, 'wb') as out:
        out.write(headers['gif89'] + bytes(100))
    print(imghdr.what(path))
    import pathlib
    print(imghdr.what(pathlib.Path(path)))
    try:
        imghdr.what(os.path.join(folder, 'missing.png'))
    except FileNotFoundError as error:
        print('FileNotFoundError', error.errno)
