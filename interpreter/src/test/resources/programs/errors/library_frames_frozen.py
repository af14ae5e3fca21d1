# Traceback entries in the modules CPython 3.11 runs frozen: their code is named "<frozen os>",
# "<frozen posixpath>", "<frozen genericpath>", "<frozen codecs>"... (no source line under them) while
# __file__ still names the file; inspect.getsource of their functions fails as it does for CPython's
# frozen modules, and the traceback module's entries show the same names.
import codecs
import os
import stat
import sys
import traceback


def show(label, function, *args):
    print('--', label, file=sys.stderr)
    try:
        function(*args)
    except Exception:
        traceback.print_exc(file=sys.stderr)


show('makedirs', os.makedirs, '/proc/nonexistent/x/y')
show('path.join', os.path.join, 'a', 1)
show('path.exists', os.path.exists, 'a', 1)
show('getsize', os.path.getsize, '/nonexistent/file')
show('fspath', os.fsencode, 1)
show('stat.filemode', stat.filemode, 'x')
show('codecs.open', codecs.open, '/nonexistent/file')
show('environ', os.environ.__getitem__, 'PYHEAP_NO_SUCH_VARIABLE')
print(os.makedirs.__code__.co_filename, os.path.join.__code__.co_filename)
print(os.__file__.endswith('os.py'), os.path.__file__.endswith('posixpath.py'))
import inspect
try:
    inspect.getsource(os.makedirs)
except OSError as e:
    print('getsource:', e)
print('done')
os.removedirs('/nonexistent/a/b')
