# Domain models with enum and dataclasses serialized to JSON and back: Enum/IntEnum/StrEnum/Flag
# members in JSON (default= hook), dataclass asdict/astuple/replace/fields, field defaults and
# __post_init__ validation, frozen instances, slots, ordering, and KW_ONLY; decoding via a
# registry; errors for bad values.
import dataclasses, enum, json
from dataclasses import dataclass, field, asdict, astuple, replace, fields, KW_ONLY

class Status(enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"

class Priority(enum.IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    ADMIN = enum.auto()
    RW = READ | WRITE

class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = enum.auto()

@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.MID
    status: Status = Status.DRAFT
    tags: list[str] = field(default_factory=list)
    _: KW_ONLY
    owner: str = "nobody"
    perms: Perm = Perm.READ
    def __post_init__(self):
        if not self.title:
            raise ValueError("title must not be empty")
        self.sort_key = (-self.priority, self.title)

@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float = 0.0

def encode(o):
    if isinstance(o, enum.Flag):
        return [m.name for m in type(o) if m in o and m.value & (m.value - 1) == 0]
    if isinstance(o, enum.Enum):
        return o.value
    if dataclasses.is_dataclass(o):
        return {f.name: getattr(o, f.name) for f in fields(o) if f.init}
    raise TypeError(f"cannot encode {type(o).__name__}")

tasks = [Task("write docs", Priority.LOW, tags=["docs"]),
         Task("fix bug", Priority.HIGH, Status.ACTIVE, ["bug", "urgent"], owner="ann", perms=Perm.RW),
         Task("review", owner="bob", perms=Perm.ADMIN | Perm.READ)]
print(sorted(tasks)[0].title, [t.title for t in sorted(tasks)])
print(tasks[1])
text = json.dumps({"tasks": tasks, "origin": Point(1.5)}, default=encode, indent=1)
print(text)
def decode(d):
    if "title" in d:
        return Task(d["title"], Priority(d["priority"]), Status(d["status"]), d["tags"], owner=d["owner"],
                    perms=Perm(sum(Perm[n].value for n in d["perms"])))
    if set(d) == {"x", "y"}:
        return Point(**d)
    return d
back = json.loads(text, object_hook=decode)
print(back["tasks"] == tasks, back["origin"], back["tasks"][2].perms)
print(asdict(tasks[0]), astuple(Point(2, 3)), replace(tasks[0], title="write more docs").sort_key)
print([f.name for f in fields(Task)], [(f.name, f.kw_only) for f in fields(Task) if f.kw_only])
print(json.dumps(Priority.HIGH), json.dumps(Color.RED), json.dumps({Priority.LOW: 1}), json.dumps([Status.DRAFT], default=encode))
print(list(Perm), Perm.RW, Perm(7), repr(Perm(0)), Perm.READ in Perm.RW, ~Perm.READ)
print(Status("active"), Status["RETIRED"], Priority(2) + 1, Priority.HIGH > Priority.LOW, Color.GREEN.upper(), f"{Color.RED}")
print(repr(Status.DRAFT), repr(Priority.LOW), repr(Color.RED), Status.__members__.keys())
p = Point(1, 2)
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(1, 2)), hasattr(p, "__dict__"), Point.__slots__)
for bad in (lambda: Status("archived"), lambda: Priority(9), lambda: Task(""), lambda: Perm["NOPE"],
            lambda: json.dumps(object(), default=encode), lambda: Task("x", owner_name="y")):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
@enum.unique
class Dup(enum.Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class Dup2(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Status("gone")
