# abc: template-method pattern with abstract properties and classmethods, __subclasshook__, register with isinstance, abstract attributes checked at instantiation
from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Exporter(ABC):
    @property
    @abstractmethod
    def extension(self): ...
    @classmethod
    @abstractmethod
    def from_config(cls, cfg): ...
    @abstractmethod
    def render(self, rows): ...
    def export(self, rows, name):
        text = self.render(rows)
        return f"{name}.{self.extension}: {len(text)} chars\n{text}"

class CsvExporter(Exporter):
    extension = "csv"
    def __init__(self, sep=","):
        self.sep = sep
    @classmethod
    def from_config(cls, cfg):
        return cls(cfg.get("sep", ","))
    def render(self, rows):
        return "\n".join(self.sep.join(map(str, r)) for r in rows)

class Half(Exporter):
    def render(self, rows):
        return ""

rows = [(1, "a"), (2, "b")]
print(CsvExporter.from_config({"sep": ";"}).export(rows, "out"))
for cls in (Exporter, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Exporter.__abstractmethods__), sorted(Half.__abstractmethods__), CsvExporter.__abstractmethods__)

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Circle:
    def draw(self): return "o"
class Square:
    pass
print(isinstance(Circle(), Drawable), issubclass(Square, Drawable), issubclass(bool, Drawable))
Drawable.register(Square)
print(issubclass(Square, Drawable), Drawable.register(int) is int, isinstance(3, Drawable))

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"
class Impl(Plugin):
    def run(self):
        return "impl+" + super().run()
print(Impl().run(), Plugin.run(Impl()))
try:
    class Legacy(ABC):
        @abstractproperty
        def old(self): ...
    Legacy()
except TypeError as e:
    print(e)
class Dyn(ABC):
    pass
Dyn.go = abstractmethod(lambda self: 1)
print(type(Dyn()).__name__, Dyn.__abstractmethods__)
import abc
abc.update_abstractmethods(Dyn)
try:
    Dyn()
except TypeError as e:
    print(e)
print(type(Exporter), ABC.__slots__ if hasattr(ABC, "__slots__") else None, abc.get_cache_token() >= 0)
