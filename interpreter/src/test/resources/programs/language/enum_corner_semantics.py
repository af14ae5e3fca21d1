# enum's corners as application code meets them: _missing_ for aliases and case-insensitive
# lookup, _generate_next_value_ with auto, aliases and @unique, Flag composition/iteration/
# negation and boundaries (STRICT, CONFORM, EJECT, KEEP), IntEnum/StrEnum arithmetic and str(),
# member attributes (_name_, _value_), functional API, pickling and the errors for bad values,
# reassigning members and subclassing an enum with members.
import enum, pickle

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None
print(Color(1), Color('green'), Color.CRIMSON is Color.RED, list(Color), list(Color.__members__))
for bad in (3, 'blue'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)

class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name.lower()}-{count}'
    ALPHA = enum.auto()
    BETA = enum.auto()
print([m.value for m in Auto], Auto.ALPHA, repr(Auto.BETA))

try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, list(rw), Perm.X in rw, ~Perm.R, repr(Perm(0)), bool(Perm(0)), len(rw))
print(Perm(7), list(Perm), [m.name for m in Perm.__members__.values()])
class Strict(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Strict(4)
except ValueError as e:
    print('ValueError', e)
class Conform(enum.Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(4)))
class Eject(enum.Flag, boundary=enum.EJECT):
    A = 1
print(Eject(3), type(Eject(3)).__name__)
class Keep(enum.IntFlag):
    A = 1
print(repr(Keep(9)), Keep(9) | 2, Keep.A + 1, str(Keep.A), format(Keep.A))

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW + 1, Level.HIGH > 2, str(Level.LOW), f'{Level.HIGH}', repr(Level.LOW), sorted([Level.HIGH, 2, Level.LOW]))
class Mode(enum.StrEnum):
    READ = enum.auto()
    WRITE = 'w'
print(Mode.READ, Mode.READ.upper(), Mode.WRITE == 'w', f'{Mode.READ}|{Mode.WRITE!r}', Mode('w'))
print(Color.RED._name_, Color.RED._value_, Color.RED.name, Color['GREEN'], Color.GREEN in Color, 2 in Color.__members__.values())
Fruit = enum.Enum('Fruit', 'APPLE BANANA', start=10)
print(list(Fruit), Fruit.BANANA.value, Fruit.__module__ == __name__, pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.MARS.value, Planet((6.42e23, 3.39e6)).name)
print(enum.Enum.__members__ if False else len(Perm.__members__), Perm.RW.value, Perm['RW'], hash(Color.RED) == hash('RED'))
