# The with statement looks __enter__/__exit__ up on the type, as _PyObject_LookupSpecial does: an
# AttributeError raised by a property's getter propagates as it is, while a missing method is the
# TypeError naming the protocol; getattr/hasattr, by contrast, swallow the getter's AttributeError.
class EnterGetterFails:
    @property
    def __enter__(self):
        raise AttributeError("inner enter")

    def __exit__(self, *a):
        pass


class ExitGetterFails:
    def __enter__(self):
        return self

    @property
    def __exit__(self):
        raise AttributeError("inner exit")


class NoExit:
    def __enter__(self):
        return self


class Getter:
    @property
    def x(self):
        raise AttributeError("from getter")


for make in (EnterGetterFails, ExitGetterFails, NoExit):
    try:
        with make():
            print("body")
    except Exception as e:
        print(make.__name__, type(e).__name__, e)
print(hasattr(Getter(), "x"), getattr(Getter(), "x", "default"))
