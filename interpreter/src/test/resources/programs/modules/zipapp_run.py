# zipapp and zipimport end to end: create_archive from a directory (interpreter line, executable bit,
# filter, compression, main=module:function, copies, file objects, its errors), get_interpreter,
# importing a package from an archive on sys.path, and zipapp.main (the command line: --info and its
# refusals).
import io, os, sys, tempfile, zipapp, zipfile, zipimport

tmp = tempfile.mkdtemp()
os.chdir(tmp)
os.makedirs('src/app/pkg')
with open('src/app/__main__.py', 'w') as f:
    f.write('import sys\nfrom pkg import util\nprint("running", __name__, __file__.endswith("__main__.py"), util.twice(21), sys.argv[1:])\n')
with open('src/app/pkg/__init__.py', 'w') as f:
    f.write('')
with open('src/app/pkg/util.py', 'w') as f:
    f.write('def twice(x):\n    return 2 * x\n')
with open('src/app/notes.txt', 'w') as f:
    f.write('notes\n')
zipapp.create_archive('src/app', 'app.pyz', interpreter='/usr/bin/env python3')
print(zipapp.get_interpreter('app.pyz'))
print(sorted(zipfile.ZipFile('app.pyz').namelist()))
print(oct(os.stat('app.pyz').st_mode & 0o111))
zipapp.create_archive('app.pyz', 'copy.pyz')
print(zipapp.get_interpreter('copy.pyz'))
zipapp.create_archive('src/app', 'small.pyz', compressed=True, filter=lambda p: p.suffix == '.py')
print(sorted(zipfile.ZipFile('small.pyz').namelist()),
      {i.filename: i.compress_type for i in zipfile.ZipFile('small.pyz').infolist()})
os.makedirs('src/lib')
with open('src/lib/tool.py', 'w') as f:
    f.write('def go():\n    print("tool.go called")\n')
zipapp.create_archive('src/lib', main='tool:go')
print(os.path.exists('src/lib.pyz'), zipfile.ZipFile('src/lib.pyz').read('__main__.py').decode())
buf = io.BytesIO()
zipapp.create_archive('src/lib', buf, interpreter='python3', main='tool:go')
print(buf.getvalue()[:10])
buf.seek(0)
print(zipapp.get_interpreter(buf))
for kwargs in [dict(source='missing'), dict(source='src/app', main='x:y'), dict(source='src/lib'),
               dict(source='src/lib', main='bad'), dict(source='src/lib', main='a.1:b')]:
    try:
        zipapp.create_archive(**kwargs)
    except zipapp.ZipAppError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

# importing from the archive
sys.path.insert(0, 'app.pyz')
from pkg import util
print(util.twice(5), util.__file__, util.__loader__, util.__spec__.origin)
import pkg
print(pkg.__path__, pkg.__package__, pkg.__spec__.submodule_search_locations)
z = zipimport.zipimporter('app.pyz')
print(z.get_data('notes.txt'), z.is_package('pkg'), z.get_source('__main__').splitlines()[1])
print(zipimport.zipimporter('app.pyz/pkg').find_spec('util'))
sys.path.remove('app.pyz')

# the command line, in this process
for args in (['src/lib', '-o', 'cli.pyz', '-m', 'tool:go', '-p', 'py'], ['--info', 'cli.pyz'], ['cli.pyz'],
             ['--info', 'src/lib'], ['cli.pyz', '-o', 'cli2.pyz', '-m', 'a:b'], ['cli.pyz', '-o', 'cli.pyz']):
    try:
        zipapp.main(args)
        print(args, 'done')
    except SystemExit as e:
        print(args, 'SystemExit', repr(e.code))
print(zipapp.get_interpreter('cli.pyz'), sorted(zipfile.ZipFile('cli.pyz').namelist()))
