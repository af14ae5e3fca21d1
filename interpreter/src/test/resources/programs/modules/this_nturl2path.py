# `import this` prints the Zen of Python once (its rot13 text and table kept as s, d, c, i); a second
# import prints nothing. nturl2path's conversions between Windows paths and file URLs (drives, UNC
# and extended-length paths, quoting) and its OSErrors.
import this
import this as again
print(this.s[:40], len(this.s), this.c, this.i, len(this.d), this.d['A'], this.d['n'])
print(sorted(k for k in vars(this) if not k.startswith('__')))
import nturl2path as n
for p in ['C:\\foo\\bar', '\\\\host\\share\\x', 'rel\\p a', 'C:', 'c:\\', 'c:\\a b\\', '\\\\?\\C:\\x',
          '\\\\?\\UNC\\h\\s', 'CD:\\x', 'C:x:y', '\\\\?\\bad', 'd:\\ü%']:
    try:
        print(repr(p), repr(n.pathname2url(p)))
    except OSError as e:
        print(repr(p), type(e).__name__, e)
for u in ['///C:/foo/bar', '/C:/x%20y', '//host/share/x', 'C|/foo', 'a/b', '|c/|', 'c|/', '1|/x',
          '/a|b|c', '////h/s', '/C:/a:b|c', '///d:/%C3%BC%25']:
    try:
        print(repr(u), repr(n.url2pathname(u)))
    except OSError as e:
        print(repr(u), type(e).__name__, e)
