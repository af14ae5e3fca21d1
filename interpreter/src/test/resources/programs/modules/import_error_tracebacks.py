# A module raising while it is imported: the traceback's entries (file, function; the temporary
# folder as D, the library's importlib by its name, no line numbers) as python3 has them: by the import statement only the module's own frame below the importer's
# (importlib's frames removed), by importlib.import_module the <frozen importlib._bootstrap> frames
# _gcd_import, _find_and_load, _find_and_load_unlocked, _load_unlocked, exec_module and
# _call_with_frames_removed; a module of a program's meta path finder shows _find_and_load,
# _find_and_load_unlocked and _load_unlocked from the statement too; the module is not left in
# sys.modules; an error in the finder's find_spec shows _find_spec.
import importlib
import importlib.util
import os
import sys
import tempfile
import traceback


def show(function):
    try:
        function()
    except Exception as e:
        entries = []
        for entry in traceback.extract_tb(e.__traceback__):
            filename = entry.filename
            if filename.startswith(d):
                filename = 'D' + filename[len(d):]
            elif '/' in filename:  # the program's own file, the library's importlib/__init__.py
                filename = '/'.join(filename.split('/')[-2:])
            entries.append(f'{filename}:{entry.name}')
        print(type(e).__name__, e)
        print('   ', '\n    '.join(entries))


with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    with open('raising_mod.py', 'w') as f:
        f.write('x = 1\nraise ValueError("raised at import")\n')
    sys.path.insert(0, '')

    def by_statement():
        import raising_mod

    show(by_statement)
    print('raising_mod' in sys.modules)
    show(lambda: importlib.import_module('raising_mod'))
    print('raising_mod' in sys.modules)

    class Loader:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            exec('raise KeyError("from the finder\'s module")', module.__dict__)

    class Finder:
        def find_spec(self, name, path, target=None):
            if name == 'finder_mod':
                return importlib.util.spec_from_loader(name, Loader())
            if name == 'finder_fails':
                raise RuntimeError('find_spec failed')
            return None

    sys.meta_path.append(Finder())

    def finder_statement():
        import finder_mod

    show(finder_statement)
    show(lambda: importlib.import_module('finder_mod'))

    def finder_fails():
        import finder_fails

    show(finder_fails)
    print('finder_mod' in sys.modules)
    sys.path.remove('')
    os.chdir('/')
