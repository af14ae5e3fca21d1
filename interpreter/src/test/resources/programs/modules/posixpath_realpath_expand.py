# os.path on POSIX: realpath resolving chains of symbolic links, '..' after a link, loops and dangling
# links (strict or not), ismount, expandvars (str and bytes), expanduser of ~user, and which module
# each function comes from (genericpath's questions to the file system, as CPython's posixpath).
import os, os.path, posixpath, genericpath, tempfile
d = os.path.realpath(tempfile.mkdtemp())
os.chdir(d)
os.makedirs('a/b')
os.symlink('a/b', 'lb'); os.symlink('lb', 'llb'); os.symlink('loop1', 'loop2'); os.symlink('loop2', 'loop1')
os.symlink('../..', 'a/b/up'); os.symlink('missing/x', 'dangling')
for p in ('llb', 'llb/..', 'a/b/up/x', 'loop1', 'loop1/x', 'dangling', 'dangling/y', '.', '..', 'lb/up/a', b'llb', '/', '//x'):
    r = os.path.realpath(p)
    print(repr(p), repr(r.replace(d, 'D') if isinstance(r, str) else r.replace(d.encode(), b'D')))
for p in ('loop1', 'dangling', 'llb', 'nope'):
    try:
        print(os.path.realpath(p, strict=True).replace(d, 'D'))
    except OSError as e:
        print(p, type(e).__name__, e.errno)
print(os.path.ismount('/'), os.path.ismount('/proc'), os.path.ismount(d), os.path.ismount('lb'), os.path.ismount('nope'), os.path.ismount(b'/'))
os.environ['PP_X'] = 'ex'
print(os.path.expandvars('$PP_X/${PP_X}/$NOPE_PP/${NOPE}/$/$PP_X.y/${PP_X'), os.path.expandvars(b'$PP_X/${PP_X}/$NOPE'))
print(os.path.expanduser('~root/x'), os.path.expanduser('~nosuchuser/x'), os.path.expanduser(b'~root'))
print(os.path.exists.__module__, os.path.isfile.__module__, os.path.islink.__module__, os.path.commonprefix.__module__, os.path.samestat.__module__)
print(os.path.samefile('lb', 'a/b'), os.path.lexists('dangling'), os.path.exists('dangling'), os.path.islink('dangling'), os.path.isdir('llb'))
with open('f', 'w') as f1, open('f') as f2:
    print(os.path.sameopenfile(f1.fileno(), f2.fileno()))
print(os.path.getsize('f'), os.path.commonprefix(['/usr/lib', '/usr/local']), posixpath.__all__ == genericpath.__all__, len(posixpath.__all__))
try:
    os.path.getsize('nope')
except OSError as e:
    print(e)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print(e)
import shutil; os.chdir('/'); shutil.rmtree(d)
