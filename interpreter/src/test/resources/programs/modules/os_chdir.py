# os.chdir: the working directory moves for everything that takes a relative path (open, os.stat,
# listdir, mkdir, rename, remove, pathlib, os.path.abspath, glob, shutil, subprocess's children,
# imports through '' on sys.path), os.getcwd reports the real path, the errors, contextlib.chdir.
import glob
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

start = os.getcwd()
scratch = tempfile.mkdtemp()
real = os.path.realpath(scratch)


def show(path):
    return path.replace(real, '<scratch>').replace(scratch, '<scratch>')


os.chdir(scratch)
print(show(os.getcwd()), os.getcwd() == real)
with open('notes.txt', 'w') as f:
    f.write('hello\n')
os.mkdir('sub')
with open(os.path.join('sub', 'inner.txt'), 'w') as f:
    f.write('inner\n')
print(sorted(os.listdir('.')), sorted(os.listdir()), os.path.exists('notes.txt'), os.stat('notes.txt').st_size)
print(show(os.path.abspath('notes.txt')), show(str(pathlib.Path('sub').resolve())))
print(sorted(glob.glob('*')), sorted(glob.glob('sub/*.txt')))
os.rename('notes.txt', 'renamed.txt')
shutil.copy('renamed.txt', 'copy.txt')
print(sorted(p.name for p in pathlib.Path('.').iterdir()))
print(pathlib.Path('copy.txt').read_text(), end='')
os.chdir('sub')
print(show(os.getcwd()), open('inner.txt').read(), end='')
os.chdir('..')
print(show(os.getcwd()))
print(subprocess.run(['pwd'], capture_output=True, text=True).stdout.strip() == real)
print(subprocess.run(['ls'], capture_output=True, text=True, cwd='sub').stdout.split())

with open('helper_mod_for_chdir.py', 'w') as f:
    f.write('VALUE = 42\n')
sys.path.insert(0, '')
import helper_mod_for_chdir
print(helper_mod_for_chdir.VALUE, show(helper_mod_for_chdir.__file__))
sys.path.remove('')

for bad in ('does-not-exist', 'renamed.txt', ''):
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
try:
    os.chdir(None)
except TypeError as e:
    print('TypeError:', e)
os.chdir(pathlib.Path(start))
print(os.getcwd() == start)
import contextlib
with contextlib.chdir(scratch):
    print(show(os.getcwd()), sorted(os.listdir()))
    with contextlib.chdir('sub'):
        print(show(os.getcwd()))
    print(show(os.getcwd()))
print(os.getcwd() == start)
shutil.rmtree(scratch)
print(os.path.exists(scratch))
