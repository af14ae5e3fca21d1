# gettext without catalogs gives messages back; with a GNU .mo catalog written by the program (both
# byte orders) it translates gettext/ngettext/pgettext/npgettext, evaluates Plural-Forms
# expressions (Polish's three forms), reads the metadata, chains fallbacks, installs _ and finds
# catalogs by language; translation() without a catalog raises FileNotFoundError.
import builtins
import gettext
import os
import struct
import tempfile


def write_mo(path, messages, big_endian=False):
    """A .mo file of (msgid, msgstr) byte pairs, sorted by msgid as msgfmt writes them."""
    order = '>' if big_endian else '<'
    keys = sorted(messages)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b'\0'
        strs += messages[k] + b'\0'
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    data = struct.pack(order + 'Iiiiiii', 0x950412de, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    data += struct.pack(order + '%di' % len(koffsets), *koffsets)
    data += struct.pack(order + '%di' % len(voffsets), *voffsets)
    data += ids + strs
    with open(path, 'wb') as f:
        f.write(data)


print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 1), gettext.ngettext("file", "files", 3))
print(gettext.pgettext("menu", "Open"), gettext.npgettext("menu", "item", "items", 0))
print(gettext.textdomain(), gettext.textdomain("myapp"), gettext.textdomain())
null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 2), null.info(), null.charset())

header = ('Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n')
messages = {
    b'': header.encode(),
    b'Hello': 'Cze\u015b\u0107'.encode(),
    b'file\0files': '\0'.join(['plik', 'pliki', 'plik\u00f3w']).encode(),
    b'menu\x04Open': 'Otw\u00f3rz'.encode(),
    b'menu\x04item\0items': b'element\0elementy\0element\xc3\xb3w',
}
with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, 'pl', 'LC_MESSAGES'))
    os.makedirs(os.path.join(root, 'de', 'LC_MESSAGES'))
    write_mo(os.path.join(root, 'pl', 'LC_MESSAGES', 'demo.mo'), messages)
    write_mo(os.path.join(root, 'de', 'LC_MESSAGES', 'demo.mo'),
             {b'': b'Content-Type: text/plain; charset=UTF-8\n', b'Hello': b'Hallo', b'Bye': b'Tsch\xc3\xbcss'},
             big_endian=True)
    t = gettext.translation('demo', root, languages=['pl_PL.UTF-8', 'de'])
    print(type(t).__name__, t.charset(), sorted(t.info().items()))
    print(t.gettext("Hello"), t.gettext("Bye"), t.gettext("Unknown"))
    print([t.ngettext("file", "files", n) for n in (0, 1, 2, 4, 5, 12, 22, 25, 101)])
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.npgettext("menu", "item", "items", 3))
    print([os.path.relpath(p, root) for p in gettext.find('demo', root, ['de', 'pl', 'fr'], all=True)])
    print(os.path.relpath(gettext.find('demo', root, ['fr', 'de']), root), gettext.find('demo', root, ['fr']))
    t.install(names=['ngettext'])
    print(_("Hello"), builtins.ngettext("file", "files", 2))
    gettext.bindtextdomain('demo', root)
    print(gettext.dgettext('demo', 'Hello') in ('Hello', 'Cze\u015b\u0107', 'Hallo'))
    print(type(gettext.translation('nothing', root, fallback=True)).__name__)
    try:
        gettext.translation('nothing', root, languages=['pl'])
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.errno, e.strerror, e.filename)
    bad = os.path.join(root, 'bad.mo')
    with open(bad, 'wb') as f:
        f.write(b'\0' * 28)
    try:
        with open(bad, 'rb') as f:
            gettext.GNUTranslations(f)
    except OSError as e:
        print('OSError:', e.args[:2])

plural = gettext.c2py('n != 1')
print(plural(1), plural(2), gettext.c2py('n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2')(11))
for expr in ['n +', '(n', 'import os']:
    try:
        gettext.c2py(expr)
    except ValueError as e:
        print('ValueError:', e)
