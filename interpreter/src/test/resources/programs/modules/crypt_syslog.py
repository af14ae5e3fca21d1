# crypt over libcrypt and syslog over the C library: crypt's DeprecationWarning at import, the methods
# this libcrypt supports, hashes for fixed salts of each method, mksalt's forms and errors, _crypt's
# argument errors and the '*0' of a salt it refuses; syslog's constants, masks, calls and argument errors.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import crypt
print([(w.category.__name__, str(w.message)) for w in caught])
import _crypt
print(crypt.methods, crypt.METHOD_SHA512, crypt.METHOD_CRYPT, crypt._saltchars)
print(crypt.crypt('secret', '$6$saltsalt$'))
print(crypt.crypt('secret', '$5$rounds=5000$saltsalt$'))
print(crypt.crypt('secret', 'ab'), crypt.crypt('x', '$1$abcdefgh'))
print(crypt.crypt('x', '$2b$04$' + 'a' * 22))
print(crypt.crypt('päss', '$6$s$'))
print(repr(crypt.crypt('x', '$9$zz')), repr(crypt.crypt('x', '')))
for a in [(1, 'ab'), ('a\0b', 'ab'), ('x', 1), ('x',), ('x', 'ab', 'c')]:
    try:
        print(_crypt.crypt(*a))
    except Exception as e:
        print(type(e).__name__, e)
for m, r in [(crypt.METHOD_MD5, 5), (crypt.METHOD_SHA256, 10), (crypt.METHOD_BLOWFISH, 3), (crypt.METHOD_BLOWFISH, 8),
             (crypt.METHOD_SHA512, 1.5), (crypt.METHOD_BLOWFISH, 1 << 40)]:
    try:
        print(crypt.mksalt(m, rounds=r))
    except Exception as e:
        print(type(e).__name__, e)
for m in crypt.methods:
    s = crypt.mksalt(m)
    h = crypt.crypt('pw', s)
    print(m, len(s), s[:3] if m.ident else len(s), len(h), crypt.crypt("pw", h) == h)
print(crypt.mksalt(crypt.METHOD_SHA256, rounds=5000)[:15], len(crypt.mksalt()), len(crypt.crypt('w')))
import syslog
print(sorted(k for k in dir(syslog) if not k.startswith('__')))
print({k: getattr(syslog, k) for k in dir(syslog) if k.startswith('LOG_') and isinstance(getattr(syslog, k), int)})
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(5)), syslog.setlogmask(0))
for a in [(), (1, 2, 3), ('a', 'b'), (1.5, 'x'), (b'x',)]:
    try:
        syslog.syslog(*a)
    except Exception as e:
        print(type(e).__name__, e)
for a, k in [((1,), {}), (('x', 'y'), {}), (('x',), {'facility': 'z'}), (('x',), {'bad': 1}), (('a\0',), {})]:
    try:
        syslog.openlog(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
print(syslog.syslog('hello'), syslog.openlog('id', syslog.LOG_PID, syslog.LOG_LOCAL0), syslog.syslog(syslog.LOG_ERR, 'm'),
      syslog.openlog(ident='again', logoption=0), syslog.closelog(), syslog.closelog(), syslog.syslog(syslog.LOG_DEBUG, 'reopened'))
for f in (syslog.LOG_MASK, syslog.LOG_UPTO, syslog.setlogmask):
    try:
        f('a')
    except Exception as e:
        print(type(e).__name__, e)
