# configparser beyond the basics: read_file/read() sources in the errors, ParsingError's list of bad
# lines, the interpolation errors' messages and attributes (depth, missing keys, syntax, before_set),
# ExtendedInterpolation across sections and its errors, custom delimiters and comment prefixes,
# default_section, optionxform overridden, BOOLEAN_STATES, write() with DEFAULT and valueless keys,
# the mapping protocol (SectionProxy views, get with fallback, popitem, clear, update), converters.
import configparser
import io
import os
import tempfile


def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, '|', str(e), '|', e.args, '|', repr(e)[:60])
        for name in ('section', 'option', 'source', 'lineno', 'reference', 'errors', 'line'):
            if hasattr(e, name):
                print('   ', name, '=', repr(getattr(e, name)))
    else:
        print('OK', r)


p = configparser.ConfigParser()
err(lambda: p.read_file(io.StringIO('[a]\nx=1\n[a]\n'), 'first.ini'))
p = configparser.ConfigParser()
err(lambda: p.read_file(io.StringIO('[a]\nx=1\nx=2\n'), 'second.ini'))
err(lambda: configparser.ConfigParser().read_file(['  # c\n', 'key = v\n']))
err(lambda: configparser.ConfigParser().read_string('[s]\n= nothing\n:also\n[t]\nbare\n', 'bad.ini'))
err(lambda: configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
err(lambda: configparser.ParsingError())
err(lambda: configparser.ParsingError('x', filename='y'))
pe = configparser.ParsingError('src'); pe.append(3, "'line'"); pe.append(10, "'other'")
print(str(pe), pe.errors, pe.source)
print(repr(configparser.NoSectionError('s')), configparser.DuplicateSectionError('s').args)
print(str(configparser.DuplicateSectionError('s', 'f.ini')), '/', str(configparser.DuplicateOptionError('s', 'o')))
print(str(configparser.DuplicateOptionError('s', 'o', 'f.ini', 7)))

with tempfile.TemporaryDirectory() as d:
    a = os.path.join(d, 'a.ini'); b = os.path.join(d, 'b.ini')
    with open(a, 'w') as f:
        f.write('[one]\nk = 1\n[two]\nk = 2\n')
    with open(b, 'w') as f:
        f.write('[two]\nk = 22\nextra = yes\n')
    q = configparser.ConfigParser()
    got = q.read([a, os.path.join(d, 'missing.ini'), b], encoding='utf-8')
    print([os.path.basename(g) for g in got], q.sections(), dict(q['two']))
    with open(a) as f:
        q2 = configparser.ConfigParser(); q2.read_file(f); print(q2.sections())
    with open(os.path.join(d, 'bad.ini'), 'w') as f:
        f.write('no header\n')
    try:
        configparser.ConfigParser().read(os.path.join(d, 'bad.ini'))
    except configparser.MissingSectionHeaderError as e:
        print('MissingSectionHeaderError', e.lineno, repr(e.line), os.path.basename(e.source))

d = configparser.ConfigParser()
d.read_string('[s]\na = %(b)s\nb = %(c)s\nc = %(a)s\nd = %(\ne = %z\nf = %(nokey)s!\ng = 100%%\n')
for opt in 'abcdefg':
    err(lambda: d.get('s', opt))
err(lambda: d.set('s', 'x', 'bad % value'))
err(lambda: d.set('s', 'x', '%(ok)s and 50%% fine'))
err(lambda: d.set('s', 'x', 5))
err(lambda: d.add_section(5))
err(lambda: d.items('s'))
print(d.items('s', raw=True)[:3], d.get('s', 'g'), d.get('s', 'a', raw=True))
print(d.get('s', 'a', vars={'a': 'override'}), d.get('s', 'zz', vars={'zz': 'v'}))

e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[DEFAULT]\nroot = /r\n[a]\nx = ${root}/x\ny = ${x}/y\n[b]\nz = ${a:y}/z\n'
              'bad1 = ${a:b:c}\nbad2 = $x\nbad3 = ${nope}\nbad4 = ${zz:x}\nloop = ${loop}\nbad5 = ${\n')
print(e['b']['z'], e.get('a', 'y'), e['b']['root'])
for opt in ['bad1', 'bad2', 'bad3', 'bad4', 'loop', 'bad5']:
    err(lambda: e.get('b', opt))
err(lambda: e.set('b', 'w', 'a $ b'))
e.set('b', 'w', 'cost $$5 ${x}')
print(e.get('b', 'w', raw=True))

r = configparser.RawConfigParser()
r.read_string('[s]\nraw = %(x)s 100%\n')
print(r.get('s', 'raw'), r.set('s', 'n', 5), r.get('s', 'n'))
n = configparser.ConfigParser(interpolation=None)
n.read_string('[s]\nraw = %(x)s 100%\n')
print(n['s']['raw'])

c = configparser.ConfigParser(delimiters=('->', '=>'), comment_prefixes=('//',), inline_comment_prefixes=('#',),
                              default_section='common', allow_no_value=True)
c.read_string('[common]\nshared -> yes\n// a comment\n[main]\nKey => value # trailing\nflag\n# not a comment\n'
              'odd = still key\n')
print(c.sections(), c.items('main'), c.defaults(), c.default_section)
out = io.StringIO(); c.write(out); print(out.getvalue())
out = io.StringIO(); c.write(out, space_around_delimiters=False); print(out.getvalue())


class Keep(configparser.ConfigParser):
    def optionxform(self, s):
        return s


k = Keep()
k.read_string('[S]\nCamel = 1\ncamel = 2\n')
print(k.items('S'), k.has_option('S', 'CAMEL'), k.has_option('S', 'Camel'))
k.BOOLEAN_STATES = {'sure': True, 'nope': False}
k.set('S', 'b', 'sure')
print(k.getboolean('S', 'b'))
err(lambda: k.getboolean('S', 'Camel'))
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))

m = configparser.ConfigParser(defaults={'dflt': 'd', 'num': 3})
m.read_dict({'one': {'a': 'x'}, 'two': {'b': 'y', 'c': 2}})
print(m.defaults(), list(m), len(m), 'one' in m, 'DEFAULT' in m, 'zzz' in m)
sp = m['one']
print(sp.name, sp.parser is m, len(sp), list(sp), 'dflt' in sp, sp.get('nope', 'fb'), sp.get('a'), sp.getint('num'))
print(sp.getint('missing', 9), sp.getboolean('missing'), sp.getfloat('num', raw=True))
sp['new'] = 'v'; del sp['a']
print(list(sp.items()), list(m['DEFAULT'].keys()))
err(lambda: sp.__delitem__('dflt'))
err(lambda: sp.__setitem__('x', 1))
err(lambda: m.__delitem__('DEFAULT'))
err(lambda: m.__delitem__('zzz'))
m.update({'three': {'q': '1'}})
print(m.sections(), m.popitem()[0], m.sections())
m['two'] = m['two']
m['two'] = {'z': 'only'}
print(dict(m['two']), m.has_option('two', 'b'), m.remove_option('two', 'z'), m.remove_option('two', 'z'))
err(lambda: m.remove_option('nosuch', 'z'))
err(lambda: m.options('nosuch'))
err(lambda: m.items('nosuch'))
print(list(m.items()), m.get('nosuch', 'x', fallback=None), m.getint('nosuch', 'x', fallback=0))
m.clear(); print(m.sections(), m.defaults())
v = configparser.ConfigParser(converters={'upper': str.upper})
v.read_string('[s]\nname = abc\n')
print(v.getupper('s', 'name'), v['s'].getupper('name'), sorted(v.converters), v.converters['upper'] is str.upper)
v.converters['len'] = len
print(v.getlen('s', 'name'), v['s'].getlen('name'))
del v.converters['upper']
print(hasattr(v, 'getupper'), hasattr(v['s'], 'getupper'), sorted(v.converters))
err(lambda: v.converters.__setitem__('', len))
err(lambda: configparser.ConfigParser(interpolation=object()))
w = configparser.ConfigParser(allow_no_value=True)
w.read_string('[DEFAULT]\ntop = 1\n[s]\nmulti = line one\n  line two\nempty =\nnovalue\n')
out = io.StringIO(); w.write(out); print(repr(out.getvalue()))
print(repr(w['s']['empty']), w['s']['novalue'], repr(w['s']['multi']))
