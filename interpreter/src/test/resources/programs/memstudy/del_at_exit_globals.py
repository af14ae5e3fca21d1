# At exit the finalizers of the main module's objects run while its globals are still set (the
# dict is collected as a whole, not cleared name by name), after an atexit callback; an import
# from a finalizer then fails because the modules are being finalized.
# The exit order is the generation lists' order; the other collectors clear the globals instead.
# collectors: generational
import atexit

LABEL = "label"
counter = [0]


class Reader:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        counter[0] += 1
        print(self.name, "sees", LABEL, counter[0], type(helper).__name__)


class Importer:
    def __del__(self):
        try:
            import json
        except ImportError as e:
            print("import failed:", type(e).__name__)
        else:
            print("import worked")


def helper():
    return "helper"


atexit.register(print, "atexit first")
_private = Reader("_private")
public = Reader("public")
late_importer = Importer()
print("body done")


class Broken:
    def __del__(self):
        raise ValueError("broken at exit")


broken = Broken()
