# os.environ is a mutable mapping of str over the process environment; getenv; the process
# functions; urandom and cpu_count; fspath and PathLike.
import os
from collections.abc import MutableMapping

print(isinstance(os.environ, MutableMapping), type(os.environ).__name__)
os.environ['PYHEAP_Z'] = 'zz'
print('PYHEAP_Z' in os.environ, os.environ['PYHEAP_Z'] == os.getenv('PYHEAP_Z'), all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(os.getenv('PYHEAP_SURELY_NOT_SET'), os.getenv('PYHEAP_SURELY_NOT_SET', 'dflt'))
os.environ['PYHEAP_X'] = 'one'
print(os.environ['PYHEAP_X'], os.getenv('PYHEAP_X'), os.environ.get('PYHEAP_X'), 'PYHEAP_X' in os.environ)
os.environ.setdefault('PYHEAP_X', 'two')
os.environ.setdefault('PYHEAP_Y', 'two')
print(os.environ['PYHEAP_X'], os.environ['PYHEAP_Y'])
del os.environ['PYHEAP_X']
print('PYHEAP_X' in os.environ, os.environ.pop('PYHEAP_Y'), os.environ.pop('PYHEAP_Y', None))
try:
    os.environ['PYHEAP_X']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['A'] = 1
except TypeError as e:
    print('TypeError', e)
print(repr(os.environ).startswith("environ({"), type(os.environ.copy()).__name__, len(os.environ) == len(dict(os.environ)))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() == os.getpid())
print(os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(4)).__name__, os.urandom(0))
print(os.getcwd() == os.path.abspath('.'), os.path.isabs(os.getcwd()))


class P:
    def __fspath__(self):
        return 'some/path'


print(os.fspath('x'), os.fspath(b'y'), os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike))
print(os.path.join(P(), 'z'), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.strerror(2), '|', os.strerror(13), '|', os.error is OSError)
