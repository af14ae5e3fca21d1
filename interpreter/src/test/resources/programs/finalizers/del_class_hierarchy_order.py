# __del__ in a class hierarchy as a resource-owning app writes it: a subclass's __del__ that
# calls super().__del__(), one that forgets to, a mixin's, and the order attributes are
# released after the finalizer (each attribute is itself a finalized object).
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  free", self.name)


class Resource:
    def __init__(self, name):
        self.name = name
        self.handle = Tracked(name + ".handle")

    def __del__(self):
        print("  Resource.__del__", self.name)


class FileResource(Resource):
    def __init__(self, name):
        super().__init__(name)
        self.buffer = Tracked(name + ".buffer")

    def __del__(self):
        print("  FileResource.__del__", self.name)
        super().__del__()


class Forgetful(Resource):
    def __del__(self):
        print("  Forgetful.__del__", self.name)


class LogMixin:
    def __del__(self):
        print("  LogMixin.__del__", self.name)
        getattr(super(), "__del__", lambda: None)()


class LoggedFile(LogMixin, FileResource):
    pass


for cls in (Resource, FileResource, Forgetful, LoggedFile):
    print(cls.__name__)
    r = cls(cls.__name__.lower())
    del r
print("inherited __del__ without its own:", "__del__" in vars(LoggedFile))
