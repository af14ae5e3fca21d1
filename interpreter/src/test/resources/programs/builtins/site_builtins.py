# What site puts in builtins besides exit and quit: copyright, credits, license
# (_sitebuiltins._Printer) and help (_sitebuiltins._Helper); their reprs, types and module;
# dir(builtins) as a whole; _Printer made by a program: the text or "Type NAME() to see the full
# NAME text" past 23 lines, the first readable file of dirs x files (else the data), the pages of
# 23 lines with the prompt answered from NAME.in (a wrong answer asks again, q stops), its
# __dict__ and its argument errors.
import builtins
import os
import sys
import tempfile
import _sitebuiltins

print(sorted(dir(builtins)))
for name in ('copyright', 'credits', 'help', 'exit', 'quit'):
    obj = getattr(builtins, name)
    print(name, type(obj), type(obj).__module__, type(obj).__qualname__)
    print(repr(obj))
print(type(license), license._Printer__name, license._Printer__data)
print(repr(copyright) == sys.copyright, str(credits) == repr(credits))
print(_sitebuiltins.Quitter is type(exit), _sitebuiltins._Printer is type(license),
      _sitebuiltins._Helper is type(help))
print(sorted(n for n in dir(_sitebuiltins) if not n.startswith('__')))
print(_sitebuiltins._Printer.MAXLINES, isinstance(copyright, _sitebuiltins._Printer))
print(callable(license), callable(help))

short = _sitebuiltins._Printer('short', 'one\ntwo')
print(repr(short))
print(sorted(short.__dict__))
print(short._Printer__lines, short._Printer__filenames)
short()

long_text = '\n'.join('line %d of the notes' % i for i in range(1, 51))
notes = _sitebuiltins._Printer('notes', long_text)
print(repr(notes))
print(notes._Printer__linecnt)
notes()            # 23 lines, a wrong answer, Return, 23 more, then q
print('after the first reading')
notes()            # Return twice: all 50 lines
print('after the second reading')

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'NOTICE'), 'w', encoding='utf-8') as f:
    f.write('a notice\nread from a file\n')
from_file = _sitebuiltins._Printer('notice', 'the fallback', ['MISSING', 'NOTICE'],
                                   [os.path.join(folder, 'nowhere'), folder])
print([os.path.relpath(p, folder) for p in from_file._Printer__filenames])
print(repr(from_file))
fallback = _sitebuiltins._Printer('fallback', 'the fallback', files=('MISSING',), dirs=(folder,))
print(repr(fallback))
os.remove(os.path.join(folder, 'NOTICE'))
os.rmdir(folder)

for args, kwargs in [((), {}), (('x',), {}), (('x', 'y', (), (), 5), {}), (('x', 'y'), {'colour': 1}),
                     (('x', 'y'), {'name': 'z'})]:
    try:
        _sitebuiltins._Printer(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    short(1)
except TypeError as e:
    print('TypeError:', e)
