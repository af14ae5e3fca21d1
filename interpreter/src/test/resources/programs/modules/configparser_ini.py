# configparser: reading (defaults, continuation lines, comments, inline comments, allow_no_value, other
# delimiters), the typed getters and fallbacks, the mapping protocol, writing back, Basic and Extended
# interpolation, converters, strictness, and every error with CPython's message (the last one uncaught)
import configparser
import io
text = """
# a comment
[DEFAULT]
home = /home/user
debug = off

[paths]
data = %(home)s/data
logs = %(data)s/logs   ; not a comment without inline prefixes
Multi = first line
   second line

   third after blank
percent = 100%%

[server]
port: 8080
ratio = 0.75
enabled = Yes
name = srv
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c.defaults(), list(c), len(c))
print(c.get('paths', 'data'), c['paths']['logs'], repr(c['paths']['multi']), c['paths']['percent'])
print(c.getint('server', 'port'), c.getfloat('server', 'ratio'), c.getboolean('server', 'enabled'), c.getboolean('DEFAULT', 'debug'))
print(c.get('server', 'missing', fallback='fb'), c['server'].get('missing'), c['server'].getint('port'), c.getint('server', 'nope', fallback=3))
print(c.items('server'), c.options('server'), c.has_option('server', 'home'), c.has_section('nope'), 'paths' in c)
print(c.get('paths', 'data', raw=True), c.get('paths', 'data', vars={'home': '/other'}))
print(repr(c['server']), c['server'].name, dict(c['server']), list(c['DEFAULT']))
c['new'] = {'a': '1', 'B': 'two'}
c.set('new', 'c', 'three')
c['server']['port'] = '9090'
del c['server']['ratio']
c.remove_section('paths')
buf = io.StringIO(); c.write(buf); print(buf.getvalue())
def err(f):
    try: r = f()
    except Exception as e: print(type(e).__name__, '|', e, '|', e.args)
    else: print('OK', r)
err(lambda: c.get('nosuch', 'x'))
err(lambda: c.get('server', 'nosuch'))
err(lambda: c['nosuch'])
err(lambda: c['server']['nosuch'])
err(lambda: c.getboolean('server', 'name'))
err(lambda: c.add_section('server'))
err(lambda: c.add_section('DEFAULT'))
err(lambda: c.set('server', 'x', 5))
err(lambda: configparser.ConfigParser().read_string('a = 1\n'))
err(lambda: configparser.ConfigParser().read_string('[s]\na = 1\n[s]\n'))
err(lambda: configparser.ConfigParser().read_string('[s]\na = 1\nA = 2\n'))
err(lambda: configparser.ConfigParser().read_string('[s]\na = 1\n  \n[t]\njunk line\nmore junk\n'))
d = configparser.ConfigParser(); d.read_string('[s]\nx = %(y)s\nbad = 50%\nloop = %(loop)s\n')
err(lambda: d.get('s', 'x'))
err(lambda: d.get('s', 'bad'))
err(lambda: d.get('s', 'loop'))
err(lambda: d.set('s', 'z', '5%'))
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[a]\nx = 1\ny = ${x}2\n[b]\nz = ${a:y}3 $$\nw = ${a:nope}\n')
print(e['b']['z'], e['a']['y'])
err(lambda: e['b']['w'])
r = configparser.RawConfigParser(allow_no_value=True, inline_comment_prefixes=(';',), delimiters=('=',))
r.read_string('[s]\nflag\nk = v ; comment\nurl = http://x:80\n')
print(r.items('s'), r.get('s', 'flag'))
buf = io.StringIO(); r.write(buf, space_around_delimiters=False); print(buf.getvalue())
f = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
f.read_dict({'s': {'items': 'a,b,c', 'n': 5}})
print(f.getlist('s', 'items'), f['s'].getlist('items'), f['s']['n'])
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, issubclass(configparser.NoSectionError, configparser.Error))
g = configparser.ConfigParser(strict=False); g.read_string('[s]\na=1\n[s]\na=2\n'); print(g['s']['a'])
h = configparser.ConfigParser(empty_lines_in_values=False); h.read_string('[s]\na = 1\n\n  b\n'); print(h.items('s'))
