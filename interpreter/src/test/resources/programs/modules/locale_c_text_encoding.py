# The locale's encoding as text files see it: open() and TextIOWrapper without an encoding take
# the current LC_CTYPE's codeset (CPython's _Py_GetLocaleEncoding), so after
# setlocale(LC_ALL, 'C') a new file is ANSI_X3.4-1968 (ascii) and non-ASCII text fails to encode
# or decode, while explicit encodings, 'locale' and files opened before are unaffected; back to
# C.UTF-8 it is UTF-8 again. getencoding/getpreferredencoding follow; sys.stdout keeps its own.
import io
import locale
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    before = open(path, 'w')
    print('start', before.encoding, locale.getencoding(), locale.getpreferredencoding(False))
    print(locale.setlocale(locale.LC_ALL, 'C'))
    print('C', locale.getencoding(), locale.getpreferredencoding(False), locale.getpreferredencoding())
    f = open(path, 'w')
    print(f.encoding, before.encoding, io.TextIOWrapper(io.BytesIO()).encoding, io.text_encoding(None))
    f.write('plain ascii\n')
    try:
        f.write('café\n')
        f.flush()
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e.encoding, e.start, e.reason)
    f.close()
    before.write('café before\n')
    before.close()
    with open(path, 'w', encoding='utf-8') as g:
        g.write('café utf-8\n')
    with open(path) as g:
        try:
            g.read()
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError', e.encoding, e.start, e.reason)
    with open(path, encoding='locale') as g:
        print('locale ->', g.encoding)
    with open(path, errors='replace') as g:
        print(repr(g.read()), g.errors)
    print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.setlocale(locale.LC_ALL))
    with open(path) as g:
        print(g.encoding, repr(g.read()))
    print(sys.stdout.encoding, locale.getencoding())
