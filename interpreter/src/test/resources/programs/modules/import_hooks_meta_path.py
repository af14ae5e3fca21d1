# Import hooks on sys.meta_path, as importlib's _find_spec and _load_unlocked run them: a finder put
# first is asked before the built-in, frozen and path finders (even for a name the library has), one
# appended only after they fail; a finder's package gets its submodules from the finder with the
# package's __path__; the spec's attributes on the module (module_from_spec's _init_module_attrs); a
# loader that fails leaves nothing in sys.modules; find_module-only finders and load_module-only
# loaders still work with 3.11's ImportWarnings; importlib.abc's ABCs and their registrations; and
# import_module's traceback for a missing module through the frozen importlib._bootstrap frames.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings

SOURCES = {
    "vpkg": ("PKG = 'virtual package'\n", True),
    "vpkg.tools": ("from . import helpers\nVALUE = helpers.double(21)\n", False),
    "vpkg.helpers": ("def double(x):\n    return 2 * x\n", False),
    "vbroken": ("raise ValueError('broken at import')\n", False),
    "json": ("SHADOW = True\n", False),
}


class DictFinder(importlib.abc.MetaPathFinder):
    def __init__(self, names):
        self.names = names
        self.asked = []

    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, None if path is None else list(path)))
        if fullname not in self.names:
            return None
        source, is_package = SOURCES[fullname]
        spec = importlib.util.spec_from_loader(fullname, DictLoader(source), is_package=is_package)
        if is_package:
            spec.submodule_search_locations = ["<virtual %s>" % fullname]
        return spec


class DictLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source

    def exec_module(self, module):
        exec(compile(self.source, "<virtual %s>" % module.__name__, "exec"), module.__dict__)


first = DictFinder({"vpkg", "vpkg.tools", "vpkg.helpers", "vbroken"})
sys.meta_path.insert(0, first)

import vpkg.tools
print(vpkg.PKG, vpkg.tools.VALUE, vpkg.helpers.double(5))
print(first.asked)
print(vpkg.__name__, vpkg.__package__, vpkg.__path__, type(vpkg.__loader__).__name__)
print(vpkg.tools.__package__, vpkg.tools.__spec__.parent, vpkg.tools.__spec__.origin)
print(hasattr(vpkg, "__file__"), vpkg.__spec__.submodule_search_locations)
print(importlib.import_module(".helpers", "vpkg") is vpkg.helpers)

try:
    import vbroken
except ValueError as e:
    print("ValueError:", e, "vbroken" in sys.modules)

try:
    import vmissing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)

# an appended finder only sees what the others did not find
last = DictFinder({"json", "vlate"})
SOURCES["vlate"] = ("LATE = 'found last'\n", False)
sys.meta_path.append(last)
import json
import vlate
print(hasattr(json, "SHADOW"), vlate.LATE, [name for name, _ in last.asked])
sys.meta_path.remove(last)
sys.meta_path.remove(first)


# a finder with only the legacy find_module, whose loader only has load_module
class LegacyFinder:
    def find_module(self, fullname, path=None):
        return LegacyLoader() if fullname == "vlegacy" else None


class LegacyLoader:
    def load_module(self, fullname):
        module = type(sys)(fullname)
        module.ORIGIN = "load_module"
        sys.modules[fullname] = module
        return module


sys.meta_path.insert(0, LegacyFinder())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import vlegacy
print(vlegacy.ORIGIN, vlegacy.__loader__.__class__.__name__, vlegacy.__spec__.name)
for w in caught:
    print(w.category.__name__, w.message)
del sys.meta_path[0]

print(issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder),
      issubclass(importlib.machinery.SourceFileLoader, importlib.abc.SourceLoader),
      issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder),
      isinstance(first, importlib.abc.MetaPathFinder), isinstance(DictLoader(""), importlib.abc.Loader))
print(importlib._bootstrap.__name__, importlib._bootstrap_external.__name__,
      sys.modules["importlib._bootstrap"] is importlib._bootstrap)

module = importlib.util.module_from_spec(importlib.util.spec_from_loader("vmade", DictLoader("X = 1\n")))
module.__spec__.loader.exec_module(module)
print(module.X, module.__name__, "vmade" in sys.modules)

importlib.import_module("vpkg.nothing_here")
