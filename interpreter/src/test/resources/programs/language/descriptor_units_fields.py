# Descriptors that convert units and validate: __set_name__ naming the storage, __get__ on the
# class returning the descriptor, __delete__, a non-data descriptor shadowed by the instance
# dict, and the errors each path gives.
class Quantity:
    def __init__(self, unit, minimum=None):
        self.unit = unit
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.private)
        except AttributeError:
            raise AttributeError(f"{type(obj).__name__}.{self.public} is not set") from None

    def __set__(self, obj, value):
        if isinstance(value, str):
            number, _, unit = value.partition(" ")
            value = float(number) * CONVERSIONS[(unit, self.unit)]
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public}={value!r} below {self.minimum}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"  deleting {self.public}")
        delattr(obj, self.private)

    def __repr__(self):
        return f"Quantity({self.unit!r}) as {self.public}"


CONVERSIONS = {("km", "m"): 1000.0, ("m", "m"): 1.0, ("cm", "m"): 0.01, ("h", "s"): 3600.0, ("min", "s"): 60.0, ("s", "s"): 1.0}


class Label:
    def __get__(self, obj, objtype=None):
        return f"<label of {objtype.__name__}>"


class Trip:
    distance = Quantity("m", minimum=0)
    duration = Quantity("s", minimum=1)
    label = Label()

    def __init__(self, distance, duration):
        self.distance = distance
        self.duration = duration

    @property
    def speed(self):
        return round(self.distance / self.duration, 3)


t = Trip("12.5 km", "1 h")
print(t.distance, t.duration, t.speed)
print(Trip.distance, Trip._fields)
print(vars(t))
print(t.label, Trip.label)
t.__dict__["label"] = "own"
print(t.label)
t.__dict__["distance"] = -1
print(t.distance)
for bad in [("distance", -3), ("duration", [1]), ("duration", "30 min")]:
    try:
        setattr(t, *bad)
        print("set", bad, "->", getattr(t, bad[0]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del t.distance
try:
    t.distance
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.distance
except AttributeError as e:
    print("AttributeError:", e)
try:
    Trip("5 furlong", "1 h")
except KeyError as e:
    print("KeyError:", e)
try:
    t.speed = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.speed
except AttributeError as e:
    print("AttributeError:", e)
print(type(Trip.__dict__["speed"]).__name__, Trip.speed.fset)
