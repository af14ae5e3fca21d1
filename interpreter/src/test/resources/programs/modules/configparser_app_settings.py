# configparser as an application reads its settings: BasicInterpolation with %(name)s across
# DEFAULT, '%%' escapes, ExtendedInterpolation ${section:key}, RawConfigParser leaving '%' alone,
# getint/getfloat/getboolean with fallbacks and their ValueErrors, has_option, items(raw=True),
# vars= overrides, interpolation depth and missing-reference errors, write() of the result.
import configparser
import io

TEXT = """\
[DEFAULT]
base = /srv/app
log_level = info
percent = 50%%

[paths]
data = %(base)s/data
logs = %(base)s/logs/%(log_level)s
broken = %(nothing)s/x

[server]
port = 8080
timeout = 2.5
debug = yes
workers = many
loop1 = %(loop2)s
loop2 = %(loop1)s
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT, source='app.ini')
print(cp.sections())
print(cp.get('paths', 'data'), cp.get('paths', 'logs'))
print(cp.get('paths', 'percent'), cp.get('paths', 'percent', raw=True))
print(cp.get('paths', 'logs', vars={'log_level': 'debug'}))
print(cp.getint('server', 'port'), cp.getfloat('server', 'timeout'), cp.getboolean('server', 'debug'))
print(cp.getint('server', 'missing', fallback=-1), cp.getboolean('server', 'nope', fallback=None))
print(cp.has_option('server', 'base'), cp.has_option('nosuch', 'base'), cp.has_section('DEFAULT'))
for name, fn in [('workers int', lambda: cp.getint('server', 'workers')),
                 ('debug float', lambda: cp.getfloat('server', 'debug')),
                 ('workers bool', lambda: cp.getboolean('server', 'workers')),
                 ('broken', lambda: cp.get('paths', 'broken')),
                 ('loop', lambda: cp.get('server', 'loop1')),
                 ('no section', lambda: cp.get('client', 'x')),
                 ('no option', lambda: cp.get('server', 'host')),
                 ('set bad', lambda: cp.set('server', 'x', 'a % b')),
                 ('set non-str', lambda: cp.set('server', 'x', 5))]:
    try:
        print(name, '->', fn())
    except Exception as e:
        print(name, '!', type(e).__name__, e)
print(sorted(cp.items('paths', raw=True)))
print(list(cp['server'].keys()))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
home = /home/${user}
user = ann
[build]
out = ${common:home}/build
cost = $$5
bad = ${common:nope}
syntax = ${oops
""")
print(ext.get('build', 'out'), ext.get('build', 'cost'))
for key in ('bad', 'syntax'):
    try:
        ext.get('build', key)
    except configparser.Error as e:
        print(type(e).__name__, '|', e)

raw = configparser.RawConfigParser()
raw.read_string('[x]\nfmt = %(asctime)s %(message)s\n')
print(raw.get('x', 'fmt'))
raw.set('x', 'n', 3)
print(raw.get('x', 'n'), type(raw.get('x', 'n')).__name__)

out = io.StringIO()
cp.remove_option('server', 'loop1')
cp.remove_option('server', 'loop2')
cp.remove_section('paths')
cp['client'] = {'retries': '3', 'verbose': ''}
cp.write(out)
print(out.getvalue(), end='')
print(cp.remove_section('paths'), cp.remove_option('client', 'zzz'))
