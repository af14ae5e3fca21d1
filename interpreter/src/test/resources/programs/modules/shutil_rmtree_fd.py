# shutil.rmtree as 3.11 runs it on Linux: through descriptors and the *at calls (avoids_symlink_attacks),
# onerror's function and path for a symbolic link given as the tree and for a missing tree,
# ignore_errors, a bytes path, dir_fd, and a link inside the tree removed, never followed.
import os, shutil, tempfile, stat
d = tempfile.mkdtemp()
os.chdir(d)
def tree():
    os.makedirs('t/a/b')
    for p in ('t/f', 't/a/g', 't/a/b/h'):
        open(p, 'w').close()
    os.symlink('/etc', 't/a/etclink')
    os.symlink('t/a', 'alink')
tree()
log = []
def handler(func, path, info):
    log.append((func.__name__, os.path.relpath(path) if isinstance(path, str) else path, info[0].__name__, str(info[1]).replace(d, 'D')))
shutil.rmtree('alink', onerror=handler)
print(log, os.path.exists('t/a/g'))
log.clear()
shutil.rmtree('nope', onerror=handler); print(log); log.clear()
shutil.rmtree('nope', ignore_errors=True)
os.chmod('t/a', 0o500)
if os.geteuid() != 0:
    shutil.rmtree('t', onerror=handler)
os.chmod('t/a', 0o700)
shutil.rmtree(b't'); print(os.listdir('.'))
os.remove('alink')
tree()
fd = os.open('.', os.O_RDONLY)
shutil.rmtree('t', dir_fd=fd); print(sorted(os.listdir('.')))
os.close(fd)
print(shutil.rmtree.avoids_symlink_attacks, shutil._use_fd_functions)
os.remove('alink')
for bad in ('alink2', 'missing'):
    try:
        if bad == 'alink2':
            os.symlink('/tmp', 'alink2')
        shutil.rmtree(bad)
    except OSError as e:
        print(type(e).__name__, e)
os.chdir('/'); shutil.rmtree(d); print(os.path.exists(d))
