# __import__ with a fromlist returns the named module itself, whatever sequence the fromlist is
# (importlib-free plugin loaders write __import__(name, fromlist=['x'])); an empty one returns the
# top-level package; a name in the fromlist that is a submodule is imported onto the package.
import sys

for fromlist in (['open'], ('open',), ['*'], [], (), None):
    m = __import__('json.decoder', fromlist=fromlist) if fromlist is not None else __import__('json.decoder')
    print(repr(fromlist), m.__name__)

pkg = __import__('json', globals(), None, ['tool_missing_name', 'scanner'])
print(pkg.__name__, 'json.scanner' in sys.modules, hasattr(pkg, 'scanner'))
print(__import__('os.path', fromlist=['join']).__name__)
try:
    __import__('json.nope', fromlist=['x'])
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
