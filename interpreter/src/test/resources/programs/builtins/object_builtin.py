# object(): no attributes can be set; its instances compare by identity.
o = object()
print(type(o).__name__, o == o, o == object(), o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, len(dir(o)) > 20, str(o)[:17])
print(hash(o) == hash(o), isinstance(3, object), issubclass(type, object))
