# An app tearing down a dict of services, a list of plugins and a tuple of handlers: each
# container releases its items in its own order (dict in insertion order, list from the end,
# tuple from the end), and replacing a dict value finalizes the old value at once.
class Svc:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


services = {n: Svc(f"svc-{n}") for n in ("db", "cache", "mail")}
plugins = [Svc(f"plugin-{i}") for i in range(3)]
handlers = tuple(Svc(f"handler-{i}") for i in range(3))
print("replace cache")
services["cache"] = Svc("svc-cache2")
print("drop services")
del services
print("drop plugins")
del plugins
print("drop handlers")
del handlers
print("slice assignment")
items = [Svc(f"item-{i}") for i in range(4)]
items[1:3] = []
print("clear")
items.clear()
print("end")
