# filecmp: cmp (shallow and deep, the cache), cmpfiles, dircmp's attributes and reports.
import contextlib
import filecmp
import io
import os
import shutil
import tempfile

base = tempfile.mkdtemp()


def at(path):
    return os.path.join(base, path)


def write(path, data):
    os.makedirs(os.path.dirname(at(path)), exist_ok=True)
    with open(at(path), 'w') as f:
        f.write(data)


def shown(call):
    # the reports name the directories: print them relative to the temporary folder
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        call()
    print(out.getvalue().replace(base + os.sep, ''), end='')


write('a/same.txt', 'hello\n')
write('b/same.txt', 'hello\n')
write('a/diff.txt', 'one\n')
write('b/diff.txt', 'two!\n')
write('c/p.txt', 'one\n')
write('c/q.txt', 'two\n')
write('a/size.txt', 'short\n')
write('b/size.txt', 'much longer text\n')
write('a/left.txt', 'l')
write('b/right.txt', 'r')
write('a/sub/x.txt', 'x')
write('b/sub/x.txt', 'y')
write('a/sub/deep/z.txt', 'z')
write('b/sub/deep/z.txt', 'z')
write('a/kind', 'file here')
os.makedirs(at('b/kind'))
os.makedirs(at('a/.git'))
os.makedirs(at('b/.git'))

print(filecmp.cmp(at('a/same.txt'), at('b/same.txt'), shallow=False))
print(filecmp.cmp(at('c/p.txt'), at('c/p.txt')))  # one file: equal signatures
print(filecmp.cmp(at('c/p.txt'), at('c/q.txt'), shallow=False))  # same size, other bytes
print(filecmp.cmp(at('a/size.txt'), at('b/size.txt')))
print(filecmp.cmp(at('a/sub'), at('b/sub')))
filecmp.clear_cache()
print(filecmp.cmpfiles(at('a'), at('b'), ['same.txt', 'diff.txt', 'size.txt', 'missing', 'sub'], shallow=False))
try:
    filecmp.cmp(at('a/missing'), at('b/missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', os.path.relpath(e.filename, base))

d = filecmp.dircmp(at('a'), at('b'))
for attr in ('left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs',
             'common_files', 'common_funny', 'same_files', 'diff_files', 'funny_files'):
    print(attr, getattr(d, attr))
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
shown(d.report)
print('--')
shown(d.report_partial_closure)
print('--')
shown(d.report_full_closure)
print('--')
shown(filecmp.dircmp(at('a'), at('b'), ignore=[], hide=['left.txt']).report)
try:
    d.nothing
except AttributeError as e:
    print('AttributeError', e)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE, filecmp.dircmp[str])


class Mine(filecmp.dircmp):
    pass


print(type(Mine(at('a'), at('b')).subdirs['sub']).__name__)
shutil.rmtree(base)
