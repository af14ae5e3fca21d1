# ntpath: Windows paths handled on any system as CPython's pure-Python ntpath does: drives, UNC
# shares and the long-path prefixes in splitdrive/split/join/normpath/isabs, both separators, str and bytes,
# expandvars ($x, ${x}, %x%, quotes) and expanduser from USERPROFILE, relpath/commonpath with
# their errors, ismount; genericpath's commonprefix, samestat and _splitext, the file questions
import sys, os
import ntpath
os.environ['HOME'] = 'C:\\Home'
os.environ.pop('nope', None)
samples = ['', 'a', 'c:', 'c:\\', 'C:/x/y', 'c:a\\b', '\\\\server\\share', '\\\\server\\share\\dir\\f.txt',
           '//server/share/x', '\\\\?\\UNC\\srv\\sh\\x', '\\\\.\\device\\x', '\\\\?\\c:\\x', '\\x\\y\\..\\z',
           'a/b/../../..', '..\\..\\a', 'a\\.\\b\\.', 'x.tar.gz', '.bashrc', 'dir.d\\file', '...', 'a\\\\\\b\\\\',
           '\\\\server', '\\\\server\\', 'C:..\\x', '/', '\\', 'c:\\..', 'c:\\a\\..\\..\\b', '~\\x', '~', '~other\\y',
           '$HOME\\x', '%HOME%\\y', '${HOME}', "'$HOME'", '%%', '$$', '%nope%', '${nope', '$nope']
for s in samples:
    for b in (False, True):
        p = s.encode() if b else s
        r = []
        for f in ('normcase', 'isabs', 'splitdrive', 'split', 'splitext', 'basename', 'dirname', 'normpath', 'expandvars'):
            try:
                r.append(getattr(ntpath, f)(p))
            except Exception as e:
                r.append(type(e).__name__)
        print(repr(p), r)
os.environ['USERPROFILE'] = 'C:\\Users\\me'
os.environ['USERNAME'] = 'me'
for s in ['~', '~\\x', '~me\\y', '~other/z', 'x~']:
    print(s, ntpath.expanduser(s))
pairs = [('a', 'b'), ('c:', 'x'), ('c:\\', 'x'), ('c:\\a', 'd:\\b'), ('c:\\a', 'C:b'), ('c:\\a', 'c:b'), ('a', '\\b'), ('\\\\s\\sh', 'x'),
         ('\\\\s\\sh\\', 'x'), ('a\\', ''), ('', 'a'), ('c:', 'd:'), ('c:a', 'C:\\b'), ('x', 'c:'), ('a/', 'b/')]
for a, b in pairs:
    print(a, b, ntpath.join(a, b), ntpath.join(a.encode(), b.encode()))
print(ntpath.join('a'), ntpath.join('a', 'b', 'c:\\d', 'e'))
for a, b in [('c:\\a\\b', 'c:\\a'), ('c:\\a\\b', 'c:\\x\\y'), ('c:\\A\\b', 'c:\\a'), ('\\\\s\\sh\\a', '\\\\s\\sh\\b\\c'), ('c:\\a', 'c:\\a'), ('c:\\a', 'd:\\a')]:
    try:
        print(ntpath.relpath(a, b))
    except ValueError as e:
        print('ValueError', e)
for ps in [['c:\\a\\b', 'c:\\a\\c'], ['c:\\a\\b', 'C:/A/b/c'], ['a\\b', 'a\\c'], ['c:\\a', 'a'], ['c:\\a', 'd:\\a'], ['\\\\s\\sh\\x', '\\\\S\\SH\\x\\y'], []]:
    try:
        print(ntpath.commonpath(ps))
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: ntpath.join('a', b'b'), lambda: ntpath.join(1), lambda: ntpath.relpath(''), lambda: ntpath.commonpath(['a', b'b'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ntpath.isabs('c:'), ntpath.isabs('\\\\?\\x'), ntpath.ismount('c:\\'), ntpath.ismount('\\\\s\\sh\\'), ntpath.ismount('c:\\x'))
print(ntpath.abspath('c:\\x\\..\\y'), ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.devnull, ntpath.defpath, sorted(ntpath.__all__))
print(ntpath.exists(__file__), ntpath.isfile(__file__), ntpath.isdir('.'), ntpath.lexists('/nonexistent'), ntpath.islink('.'))
import genericpath
print(genericpath.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), genericpath.commonprefix([]), genericpath.commonprefix([[1, 2, 3], [1, 2, 4]]))
print(genericpath._splitext('a/b.c.d', '/', None, '.'), genericpath._splitext('x\\.hidden', '\\', '/', '.'), genericpath._splitext(b'a.b/c', b'/', None, b'.'))
st = os.stat(__file__)
print(genericpath.samestat(st, os.stat(__file__)), genericpath.samestat(st, os.stat('.')), genericpath.samefile(__file__, __file__))
print(genericpath.exists(__file__), genericpath.isdir(__file__), genericpath.getsize(__file__) == st.st_size)
print(sorted(genericpath.__all__))
