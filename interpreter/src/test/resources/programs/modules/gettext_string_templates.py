# gettext and string as an internationalised report uses them: a .mo catalog written with
# struct in a temporary directory (plural forms header, context entries), translation() with
# fallback, ngettext/pgettext/npgettext, NullTranslations, install() into builtins, the
# Plural-Forms expression compiled by c2py and its errors; string.Formatter subclasses
# (get_value from a mapping with defaults, format_field, convert_field, check_unused_args,
# parse()), Template/safe_substitute with a custom delimiter and idpattern, get_identifiers,
# is_valid, and the errors.
import builtins
import gettext
import os
import string
import struct
import tempfile

def write_mo(path, catalog):
    keys = sorted(catalog)
    ids = b''.join(k.encode() + b'\0' for k in keys)
    strs = b''.join(catalog[k].encode() + b'\0' for k in keys)
    n = len(keys)
    koff = 7 * 4 + 16 * n
    voff = koff + len(ids)
    kt, vt, ko, vo = [], [], 0, 0
    for k in keys:
        kb, vb = k.encode(), catalog[k].encode()
        kt += [len(kb), koff + ko]; vt += [len(vb), voff + vo]
        ko += len(kb) + 1; vo += len(vb) + 1
    with open(path, 'wb') as f:
        f.write(struct.pack('Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + 8 * n, 0, 0))
        f.write(struct.pack(f'{2 * n}i', *kt)); f.write(struct.pack(f'{2 * n}i', *vt))
        f.write(ids); f.write(strs)

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'de', 'LC_MESSAGES'))
    write_mo(os.path.join(d, 'de', 'LC_MESSAGES', 'app.mo'), {
        '': 'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n',
        'Hello': 'Hallo',
        'file\0files': 'Datei\0Dateien',
        'menu\x04Open': 'Öffnen',
        'button\x04Open': 'Aufmachen',
        'item\x04one item\0{n} items': 'ein Ding\0{n} Dinge',
    })
    t = gettext.translation('app', localedir=d, languages=['de'])
    print(type(t).__name__, t.info()['plural-forms'], t.charset())
    print(t.gettext('Hello'), t.gettext('Untranslated'), [t.ngettext('file', 'files', n) for n in (0, 1, 2)])
    print(t.pgettext('menu', 'Open'), t.pgettext('button', 'Open'), t.pgettext('other', 'Open'))
    print([t.npgettext('item', 'one item', '{n} items', n).format(n=n) for n in (1, 5)])
    print(gettext.find('app', d, ['fr', 'de']) == os.path.join(d, 'de', 'LC_MESSAGES', 'app.mo'), gettext.find('app', d, ['fr']))
    try:
        gettext.translation('app', localedir=d, languages=['fr'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)
    fb = gettext.translation('app', localedir=d, languages=['fr'], fallback=True)
    print(type(fb).__name__, fb.gettext('Hello'), fb.ngettext('a', 'b', 3))
    t.install(names=['ngettext'])
    print(_('Hello'), builtins.ngettext('file', 'files', 7))
    del builtins._, builtins.ngettext
    bad = os.path.join(d, 'bad.mo')
    with open(bad, 'wb') as f:
        f.write(b'\x00' * 40)
    try:
        gettext.GNUTranslations(open(bad, 'rb'))
    except OSError as e:
        print('OSError', e.args[1][:20] if len(e.args) > 1 else e)

for expr in ['n != 1', 'n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2', '0']:
    f = gettext.c2py(expr)
    print(expr[:20], [f(n) for n in (0, 1, 2, 5, 22, 112)])
for expr in ['n +', 'import os', '(n', 'n ? 1']:
    try:
        gettext.c2py(expr)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
print(gettext.NullTranslations().gettext('x'), gettext.dgettext('nodomain', 'text'), gettext.ngettext('1', 'n', 1))

class Defaults(string.Formatter):
    def __init__(self, defaults):
        self.defaults = defaults
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, self.defaults.get(key, f'<{key}?>'))
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == 'money':
            return f'{value:,.2f} EUR'
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - {k for k in used if isinstance(k, str)}
        if unused:
            raise KeyError(f'unused: {sorted(unused)}')
fmt = Defaults({'currency': 'EUR', 'city': 'Oslo'})
print(fmt.format('{name!u} in {city} owes {amount:money} ({0})', 'pos', name='ann', amount=1234.5))
print(fmt.format('{missing} and {name.__class__.__name__}', name='x'))
try:
    fmt.format('{a}', a=1, b=2)
except KeyError as e:
    print('KeyError', e)
print(list(string.Formatter().parse('a{0}b{x!r:>5}c{{}}{y[0]}')))
for bad in ['{', '}', '{0!z}', '{:{:{}}}']:
    try:
        print(string.Formatter().format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(string.Formatter().vformat('{0}-{k}', (1,), {'k': 2}))

class Percent(string.Template):
    delimiter = '%'
    idpattern = r'[a-z][_a-z0-9]*'
tmpl = Percent('%who paid %{amount} for %item, 100%% sure, %Upper stays')
print(tmpl.safe_substitute(who='ann', amount='5'), tmpl.get_identifiers(), tmpl.is_valid())
try:
    tmpl.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
t2 = string.Template('$a ${b} $$ $')
print(t2.is_valid(), t2.safe_substitute(a=1), t2.get_identifiers())
try:
    t2.substitute(a=1, b=2)
except ValueError as e:
    print('ValueError', e)
print(string.Template('${x}y $x').substitute({'x': 'X'}, x='kw'), string.capwords('  hello   big world  '),
      string.capwords('a-b-c', '-'))
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.octdigits)
