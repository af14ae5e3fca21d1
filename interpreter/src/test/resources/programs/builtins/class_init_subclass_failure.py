# A class statement whose __init_subclass__ or __set_name__ fails: the error reaches the caller
# (__set_name__'s wrapped in 3.11's RuntimeError with its cause), no name is bound, and the
# half-made class is dropped (type_new's error path; run with --verify it leaves nothing behind).
import weakref

made = []


class Base:
    def __init_subclass__(cls, /, fail=False, **kwargs):
        made.append(weakref.ref(cls))
        super().__init_subclass__(**kwargs)
        if fail:
            raise TypeError(f"{cls.__name__} refused")


class Good(Base):
    pass


try:
    class Bad(Base, fail=True):
        x = [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
print("Bad" in globals(), [r() is not None for r in made][:1], len(made))


class Named:
    def __set_name__(self, owner, name):
        raise ValueError(f"no {name} on {owner.__name__}")


try:
    class Holder:
        attr = Named()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
try:
    class Kw(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good.__name__, Good.__mro__)
