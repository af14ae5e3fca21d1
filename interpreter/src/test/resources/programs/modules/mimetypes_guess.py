# mimetypes: guess_type on names, paths, URLs and data: URLs (suffix_map's abbreviations, the
# encodings, case rules, strict and lenient tables), guess_extension/guess_all_extensions,
# add_type, a MimeTypes of the program's own reading a mime.types file (comments, several
# extensions per line), read_mime_types, init with extra files, and the system's knownfiles as
# CPython reads them on this machine.
import mimetypes
import os
import pathlib
import tempfile

names = ['index.html', 'photo.JPG', 'archive.tar.gz', 'backup.tgz', 'data.json', 'script.js',
         'style.css', 'notes.txt', 'image.svgz', 'movie.mp4', 'x.Z', 'doc.PDF', 'README',
         'song.mp3', 'font.woff2', 'sheet.xlsx', 'a.b.c.py', '.bashrc', 'pic.jpg.bz2',
         'http://example.com/page.php?x=1', 'https://host/dir/image.png#frag', 'file.rtf',
         'data:text/csv;base64,YQ==', 'data:,hello', 'data:foo=bar,x', 'data:nocomma',
         'archive.TAR.XZ', 'pic.webp', 'x.tar.br']
for name in names:
    print(f'{name!r:40} {mimetypes.guess_type(name)} {mimetypes.guess_type(name, strict=False)}')
print(mimetypes.guess_type(pathlib.Path('/tmp/report.pdf')))

for kind in ['text/plain', 'image/jpeg', 'application/json', 'text/html', 'audio/mpeg',
             'application/x-nothing', 'TEXT/PLAIN', 'image/png', 'text/xml', 'video/mp4']:
    print(kind, mimetypes.guess_extension(kind), mimetypes.guess_extension(kind, strict=False))
    print('  ', mimetypes.guess_all_extensions(kind)[:8], mimetypes.guess_all_extensions(kind, False)[:8])

mimetypes.add_type('application/x-demo', '.demo')
mimetypes.add_type('application/x-loose', '.loose', strict=False)
print(mimetypes.guess_type('a.demo'), mimetypes.guess_type('a.loose'),
      mimetypes.guess_type('a.loose', strict=False), mimetypes.guess_extension('application/x-demo'))
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.inited,
      len(mimetypes.knownfiles), mimetypes.knownfiles[0])

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'my.types')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('# a comment line\n\napplication/x-own own own2  # trailing comment\n'
                  'text/x-more more\ntext/plain   txt2\n')
    db = mimetypes.MimeTypes([path])
    print(db.guess_type('f.own2'), db.guess_type('f.more'), db.guess_all_extensions('text/plain'))
    loose = mimetypes.MimeTypes([path], strict=False)
    print(loose.guess_type('f.own'), loose.guess_type('f.own', strict=False))
    print(sorted(mimetypes.read_mime_types(path).items()))
    print(mimetypes.read_mime_types(os.path.join(folder, 'missing.types')))
    mimetypes.init([path])
    print(mimetypes.guess_type('z.more'), mimetypes.guess_type('z.demo'))
    plain = mimetypes.MimeTypes()
    print(plain.guess_type('z.more'), plain.guess_type('z.html'), len(plain.types_map[True]) > 100)

print(mimetypes.guess_type('file.unknownext'), mimetypes.guess_extension('nothing/none'))
try:
    mimetypes.guess_type(42)
except TypeError as error:
    print('TypeError:', error)
