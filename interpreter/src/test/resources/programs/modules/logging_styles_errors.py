# logging beyond the basics: each style's validation and its messages ('%' needs a %(key)
# directive, '{' checks field names, conversions and specs, '$' refuses a bare '$'), defaults,
# converter=time.gmtime with datefmt and the default ",msecs" time, getLevelName both ways,
# disable() by name, placeholders in the hierarchy adopting loggers created later, propagation
# and disabled loggers, stacklevel naming an outer caller, LoggerAdapter, extra's conflicts,
# handleError's "--- Logging error ---" report (traceback, call stack, message and arguments),
# lastResort and the one-time notice when it is None.
import io
import logging
import sys
import time

for style, fmt in [('%', 'no fields'), ('%', '%(message)'), ('%', '%(message)5.2s|'), ('{', 'none'),
                   ('{', '{message!x}'), ('{', '{message:zz}'), ('{', '{a.b[c]}'), ('{', '{0}'), ('{', '{'),
                   ('$', '$'), ('$', '$$ ${message}'), ('$', '${bad'), ('$', 'none'), ('#', '%(message)s')]:
    try:
        f = logging.Formatter(fmt, style=style)
        print('ok', style, repr(fmt), f.usesTime())
    except ValueError as e:
        print('ValueError', style, repr(fmt), e)

out = io.StringIO()
handler = logging.StreamHandler(out)
rec = logging.LogRecord('n.m', 20, '/p/f.py', 7, 'x=%s', ('y',), None, 'fn', None)
rec.created = 86400 * 365.25 * 30 + 0.5
rec.msecs = 500.0
for fmt, style, datefmt, defaults in [('%(asctime)s %(message)s', '%', None, None),
                                      ('{asctime} {levelname:>8} {custom}', '{', '%d/%m/%Y %H:%M', {'custom': 'C'}),
                                      ('$asctime $name $custom', '$', '%Y %j', {'custom': 'D'}),
                                      ('%(message)s %(nosuch)s', '%', None, None)]:
    f = logging.Formatter(fmt, datefmt, style, defaults=defaults)
    f.converter = time.gmtime
    try:
        print(repr(f.format(rec)))
    except ValueError as e:
        print('ValueError', e)

print([logging.getLevelName(v) for v in (10, 'DEBUG', 'WARN', 15, 'bogus', None, 'FATAL')])
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), sorted(logging.getLevelNamesMapping().items()))
for bad in (3.5, 'bogus', None):
    try:
        logging.getLogger('x').setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# placeholders: 'a.b.c' first, then 'a' and 'a.b' take their places above it
abc = logging.getLogger('a.b.c')
print(type(logging.Logger.manager.loggerDict['a.b']).__name__, abc.parent.name)
a = logging.getLogger('a')
print(abc.parent.name)
ab = logging.getLogger('a.b')
print(abc.parent.name, ab.parent.name, logging.getLogger('a.bc').parent.name, a.getChild('b.c') is abc)

a.addHandler(handler)
handler.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(funcName)s:%(message)s'))
a.setLevel('INFO')
abc.info('propagated %d', 1)
ab.propagate = False
abc.warning('stops at a.b, which has no handler')
print(abc.hasHandlers(), ab.hasHandlers(), a.hasHandlers())
ab.propagate = True
ab.disabled = True
ab.error('disabled logger')
abc.error('its child still logs')
ab.disabled = False
logging.disable('WARNING')
abc.warning('below the disable threshold')
abc.error('above it')
logging.disable(logging.NOTSET)


def inner():
    abc.info('stacklevel 1 names inner', stacklevel=1)
    abc.info('stacklevel 2 names outer', stacklevel=2)
    abc.info('past the stack: the outermost frame', stacklevel=50)


def outer():
    inner()


outer()
adapter = logging.LoggerAdapter(abc, {'custom': 'ctx'})
handler.setFormatter(logging.Formatter('%(message)s [%(custom)s]'))
adapter.warning('through the adapter')
print(repr(adapter), adapter.name, adapter.getEffectiveLevel(), adapter.manager is logging.Logger.manager)
for extra in ({'message': 1}, {'name': 2}, {'asctime': 3}):
    try:
        abc.warning('x', extra=extra)
    except KeyError as e:
        print('KeyError', e)
print(out.getvalue(), end='')

# a message that cannot be formatted: handleError's report on stderr, then logging goes on
sys.stdout.flush()
err = logging.StreamHandler(sys.stderr)
bad = logging.getLogger('bad')
bad.addHandler(err)
bad.propagate = False
bad.error('two %s %s', 'one')
bad.error('fine %s', 'now')
logging.raiseExceptions = False
bad.error('silent %d', 'x')
logging.raiseExceptions = True

# no handler anywhere: lastResort prints the message alone; without it, a one-time notice
lone = logging.getLogger('lone')
lone.propagate = False
lone.warning('to lastResort')
logging.lastResort = None
lone.warning('lost')
lone.error('lost again')
print('done')
