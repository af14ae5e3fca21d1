# A plugin system: abc.ABC with abstract methods and properties, registration by __init_subclass__ keywords, virtual subclasses via register, importlib loading a plugin module written to a temporary package, entry-point-like discovery with pkgutil, and errors for incomplete plugins.
import abc
import importlib
import pkgutil
import sys
import tempfile
import textwrap
from pathlib import Path

class Exporter(abc.ABC):
    registry = {}
    def __init_subclass__(cls, *, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt is not None:
            if fmt in Exporter.registry:
                raise TypeError(f"format {fmt!r} already taken by {Exporter.registry[fmt].__name__}")
            Exporter.registry[fmt] = cls
            cls.fmt = fmt
    @property
    @abc.abstractmethod
    def mime(self): ...
    @abc.abstractmethod
    def export(self, rows): ...
    def describe(self):
        return f"{type(self).__name__} -> {self.mime}"

class CsvExporter(Exporter, fmt="csv"):
    mime = "text/csv"
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class TsvExporter(CsvExporter, fmt="tsv"):
    mime = "text/tab-separated-values"
    def export(self, rows):
        return super().export(rows).replace(",", "\t")

rows = [("id", "name"), (1, "ann"), (2, "bob")]
for fmt, cls in sorted(Exporter.registry.items()):
    e = cls()
    print(fmt, e.describe(), repr(e.export(rows)))
class Incomplete(Exporter, fmt="xml"):
    def export(self, rows):
        return "<rows/>"
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(Exporter, fmt="csv"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Exporter.__abstractmethods__, Incomplete.__abstractmethods__, CsvExporter.__abstractmethods__)

class LegacyWriter:
    mime = "application/octet-stream"
    def export(self, rows):
        return repr(rows)
Exporter.register(LegacyWriter)
print(isinstance(LegacyWriter(), Exporter), issubclass(LegacyWriter, Exporter), hasattr(LegacyWriter, "describe"))
print(Exporter._abc_registry if hasattr(Exporter, "_abc_registry") else "registry hidden", abc.get_cache_token() is not None)

with tempfile.TemporaryDirectory() as tmp:
    pkg = Path(tmp) / "myplugins"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("PLUGINS_VERSION = '1.0'\n")
    (pkg / "jsonexp.py").write_text(textwrap.dedent("""
        import json
        from __main__ import Exporter
        class JsonExporter(Exporter, fmt="json"):
            mime = "application/json"
            def export(self, rows):
                head, *body = rows
                return json.dumps([dict(zip(head, r)) for r in body])
    """))
    (pkg / "broken.py").write_text("raise ImportError('plugin needs a missing library')\n")
    (pkg / "_private.py").write_text("")
    sys.path.insert(0, tmp)
    try:
        base = importlib.import_module("myplugins")
        print(base.PLUGINS_VERSION, base.__name__, sorted(m.name for m in pkgutil.iter_modules(base.__path__)))
        for info in pkgutil.iter_modules(base.__path__, prefix="myplugins."):
            if info.name.rsplit(".", 1)[1].startswith("_"):
                continue
            try:
                importlib.import_module(info.name)
                print("loaded", info.name, info.ispkg)
            except ImportError as e:
                print("skipped", info.name, "-", e)
        print(Exporter.registry["json"]().export(rows))
        print(importlib.util.find_spec("myplugins.jsonexp").name, importlib.util.find_spec("myplugins.nothing"))
    finally:
        sys.path.remove(tmp)
        for name in [m for m in sys.modules if m.startswith("myplugins")]:
            del sys.modules[name]
print(sorted(Exporter.registry))
importlib.import_module("myplugins.jsonexp")
