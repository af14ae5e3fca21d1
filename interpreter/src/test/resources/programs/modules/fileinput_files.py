# fileinput over several files: the module functions (filename, lineno, filelineno, isfirstline,
# isstdin) while iterating, empty files, binary mode, FileInput's readline/nextfile/with, in-place
# editing with and without a backup (print writes the new file), openhook, and the errors.
# (Standard input, the file '-', is not read here: the program has no NAME.in.)
import fileinput, os, tempfile, shutil

folder = tempfile.mkdtemp()
a = os.path.join(folder, 'a.txt')
b = os.path.join(folder, 'b.txt')
empty = os.path.join(folder, 'empty.txt')
with open(a, 'w') as f:
    f.write('alpha\nbeta\n')
with open(b, 'w') as f:
    f.write('gamma\ndelta')
open(empty, 'w').close()
for line in fileinput.input([a, empty, b], encoding='utf-8'):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
try:
    fileinput.filename()
except RuntimeError as e:
    print('RuntimeError', e)
with fileinput.FileInput(files=(a, b), mode='rb') as fi:
    print([line for line in fi], fi.lineno())
fi = fileinput.FileInput([a, b])
print(repr(fi.readline()))
fi.nextfile()
print(repr(fi.readline()), fi.lineno(), fi.filelineno(), os.path.basename(fi.filename()))
fi.close()
with fileinput.input(a, inplace=True, backup='.orig') as fi:
    for line in fi:
        print(line.upper(), end='')
print(repr(open(a).read()), repr(open(a + '.orig').read()))
with fileinput.input(b, inplace=True) as fi:
    for line in fi:
        print('>', line, end='')
print(repr(open(b).read()), os.path.exists(b + '.bak'))
for bad in (lambda: fileinput.FileInput(mode='w'), lambda: fileinput.FileInput(inplace=True, openhook=open),
            lambda: fileinput.FileInput(openhook=5)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print([line for line in fileinput.input(a, openhook=fileinput.hook_encoded('utf-8'))])
fileinput.input([a])
try:
    fileinput.input([a])
    print('a second input() while the first has not started reading')
except RuntimeError as e:
    print(e)
fileinput.close()
print(list(fileinput.input([empty])), fileinput.lineno(), fileinput.filename() == empty)
fileinput.close()
shutil.rmtree(folder)
