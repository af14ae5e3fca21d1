# ImportError's name and path as the import system and IMPORT_FROM set them: a missing module, a
# name missing from a module (the module's name; its file, when it has one, as the path), a
# relative import outside a package
for src in ('import nosuchmod', 'import nosuchpkg.sub', 'from json import nope', 'from sys import nope',
            'from . import x'):
    try:
        exec(src)
    except ImportError as e:
        path = e.path if e.path is None else e.path.rsplit('/', 2)[-2:]
        print(type(e).__name__, '|', e.name, '|', path, '|', e.msg.split(' (')[0])
try:
    from json import nope
except ImportError as e:
    print(str(e).endswith("json/__init__.py)"), e.msg == str(e))
