# Pins down: the traceback when __init_subclass__ rejects class keyword arguments: the class
# statement's line, the hook's frame, and object.__init_subclass__'s message for leftover kwargs
# passed on through super().
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[name or cls.__name__.lower()] = cls

class Csv(Plugin, name='csv'):
    pass

class Json(Plugin):
    pass

print(sorted(Plugin.registry))

class Xml(Plugin, name='xml', strict=True):
    pass
