"""Guessing a file's MIME type from its name, and extensions from types: mimetypes as CPython 3.11.

A MimeTypes database holds two pairs of maps, each pair indexed by `strict` (index 0 the
commonly used but non-standard types, index 1 the standard ones): extension to type, and type
to the list of its extensions in the order they were added. It starts from the built-in tables
below, and `init` adds what the system's mime.types files (`knownfiles`) say, read line by line
as `type ext ext ...` with `#` starting a comment. A name is guessed from its last suffix,
after suffix_map's abbreviations (`.tgz` is `.tar.gz`) are expanded and an encoding suffix
(`.gz`, ...) is taken off.
"""

import os
import posixpath
import urllib.parse

__all__ = [
    'knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
    'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map', 'encodings_map',
    'types_map', 'common_types',
]

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False
_db = None

# Extension and the type it stands for, in CPython 3.11's order (the order extensions are
# listed for a type).
_DEFAULT_TYPES = """
.js application/javascript
.mjs application/javascript
.json application/json
.webmanifest application/manifest+json
.doc application/msword
.dot application/msword
.wiz application/msword
.nq application/n-quads
.nt application/n-triples
.bin application/octet-stream
.a application/octet-stream
.dll application/octet-stream
.exe application/octet-stream
.o application/octet-stream
.obj application/octet-stream
.so application/octet-stream
.oda application/oda
.pdf application/pdf
.p7c application/pkcs7-mime
.ps application/postscript
.ai application/postscript
.eps application/postscript
.trig application/trig
.m3u application/vnd.apple.mpegurl
.m3u8 application/vnd.apple.mpegurl
.xls application/vnd.ms-excel
.xlb application/vnd.ms-excel
.ppt application/vnd.ms-powerpoint
.pot application/vnd.ms-powerpoint
.ppa application/vnd.ms-powerpoint
.pps application/vnd.ms-powerpoint
.pwz application/vnd.ms-powerpoint
.wasm application/wasm
.bcpio application/x-bcpio
.cpio application/x-cpio
.csh application/x-csh
.dvi application/x-dvi
.gtar application/x-gtar
.hdf application/x-hdf
.h5 application/x-hdf5
.latex application/x-latex
.mif application/x-mif
.cdf application/x-netcdf
.nc application/x-netcdf
.p12 application/x-pkcs12
.pfx application/x-pkcs12
.ram application/x-pn-realaudio
.pyc application/x-python-code
.pyo application/x-python-code
.sh application/x-sh
.shar application/x-shar
.swf application/x-shockwave-flash
.sv4cpio application/x-sv4cpio
.sv4crc application/x-sv4crc
.tar application/x-tar
.tcl application/x-tcl
.tex application/x-tex
.texi application/x-texinfo
.texinfo application/x-texinfo
.roff application/x-troff
.t application/x-troff
.tr application/x-troff
.man application/x-troff-man
.me application/x-troff-me
.ms application/x-troff-ms
.ustar application/x-ustar
.src application/x-wais-source
.xsl application/xml
.rdf application/xml
.wsdl application/xml
.xpdl application/xml
.zip application/zip
.3gp audio/3gpp
.3gpp audio/3gpp
.3g2 audio/3gpp2
.3gpp2 audio/3gpp2
.aac audio/aac
.adts audio/aac
.loas audio/aac
.ass audio/aac
.au audio/basic
.snd audio/basic
.mp3 audio/mpeg
.mp2 audio/mpeg
.opus audio/opus
.aif audio/x-aiff
.aifc audio/x-aiff
.aiff audio/x-aiff
.ra audio/x-pn-realaudio
.wav audio/x-wav
.avif image/avif
.bmp image/bmp
.gif image/gif
.ief image/ief
.jpg image/jpeg
.jpe image/jpeg
.jpeg image/jpeg
.heic image/heic
.heif image/heif
.png image/png
.svg image/svg+xml
.tiff image/tiff
.tif image/tiff
.ico image/vnd.microsoft.icon
.ras image/x-cmu-raster
.pnm image/x-portable-anymap
.pbm image/x-portable-bitmap
.pgm image/x-portable-graymap
.ppm image/x-portable-pixmap
.rgb image/x-rgb
.xbm image/x-xbitmap
.xpm image/x-xpixmap
.xwd image/x-xwindowdump
.eml message/rfc822
.mht message/rfc822
.mhtml message/rfc822
.nws message/rfc822
.css text/css
.csv text/csv
.html text/html
.htm text/html
.n3 text/n3
.txt text/plain
.bat text/plain
.c text/plain
.h text/plain
.ksh text/plain
.pl text/plain
.srt text/plain
.rtx text/richtext
.tsv text/tab-separated-values
.vtt text/vtt
.py text/x-python
.etx text/x-setext
.sgm text/x-sgml
.sgml text/x-sgml
.vcf text/x-vcard
.xml text/xml
.mp4 video/mp4
.mpeg video/mpeg
.m1v video/mpeg
.mpa video/mpeg
.mpe video/mpeg
.mpg video/mpeg
.mov video/quicktime
.qt video/quicktime
.webm video/webm
.avi video/x-msvideo
.movie video/x-sgi-movie
"""

_COMMON_TYPES = """
.rtf application/rtf
.midi audio/midi
.mid audio/midi
.jpg image/jpg
.pict image/pict
.pct image/pict
.pic image/pict
.webp image/webp
.xul text/xul
"""


def _table(text):
    pairs = {}
    for line in text.strip().splitlines():
        ext, kind = line.split()
        pairs[ext] = kind
    return pairs


def _default_mime_types():
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
    }
    types_map = _types_map_default = _table(_DEFAULT_TYPES)
    common_types = _common_types_default = _table(_COMMON_TYPES)


_default_mime_types()


class MimeTypes:
    """A MIME-types database: the built-in tables plus the files it is given."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, kind in _types_map_default.items():
            self.add_type(kind, ext, True)
        for ext, kind in _common_types_default.items():
            self.add_type(kind, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map `ext` to `type` (replacing its old type) and add it to the type's extensions."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a URL or path; either is None when not known."""
        url = os.fspath(url)
        scheme, rest = urllib.parse._splittype(url)
        if scheme == 'data':
            # data:[<type>][;base64],<data> -- the type is all there is to know.
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semicolon = rest.find(';', 0, comma)
            kind = rest[:semicolon] if semicolon >= 0 else rest[:comma]
            if '=' in kind or '/' not in kind:
                kind = 'text/plain'
            return kind, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is not None or strict:
            return found, encoding
        return self.types_map[False].get(ext), encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for `type`, the standard ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in found:
                    found.append(ext)
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types a mime.types file lists."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types an open mime.types file lists: `type ext...`, `#` to the line's end ignored."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for index, word in enumerate(words):
                if word[0] == '#':
                    del words[index:]
                    break
            if not words:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read here: there is no Windows registry."""
        return None


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a URL or path, from the module's database."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for `type`."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for `type`, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map `ext` to `type` in the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module's database from the tables and the files (knownfiles by default)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension-to-type map a mime.types file gives, or None if it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


def _main():
    import getopt
    import sys
    usage = ('Usage: mimetypes.py [options] type\n\nOptions:\n    --help / -h       -- print '
             'this message and exit\n    --lenient / -l    -- additionally search of some '
             'common, but non-standard\n                         types.\n    --extension / -e  '
             '-- guess extension instead of type\n\nMore than one type argument may be given.\n')

    def fail(code, message=''):
        print(usage)
        if message:
            print(message)
        sys.exit(code)

    try:
        options, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as error:
        fail(1, error)
    strict = True
    extension = False
    for option, _ in options:
        if option in ('-h', '--help'):
            fail(0)
        elif option in ('-l', '--lenient'):
            strict = False
        elif option in ('-e', '--extension'):
            extension = True
    for argument in args:
        if extension:
            found = guess_extension(argument, strict)
            if found:
                print(found)
            else:
                print("I don't know anything about type", argument)
        else:
            found, encoding = guess_type(argument, strict)
            if not found:
                print("I don't know anything about type", argument)
            else:
                print('type:', found, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
