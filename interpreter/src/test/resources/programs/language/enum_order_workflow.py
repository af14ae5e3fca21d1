# an order workflow on enums: transitions table keyed by members, Flag permissions per role, IntEnum priority sorting, enum in match, member lookups and errors
from enum import Enum, IntEnum, Flag, auto, unique

@unique
class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    def can_go(self, other):
        return other in TRANSITIONS.get(self, ())
    @property
    def final(self):
        return self in (State.DELIVERED, State.CANCELLED)

TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
}

class Perm(Flag):
    VIEW = auto()
    EDIT = auto()
    SHIP = auto()
    REFUND = auto()
    CLERK = VIEW | EDIT
    ADMIN = CLERK | SHIP | REFUND

class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 10

class InvalidTransition(Exception):
    pass

class Order:
    def __init__(self, oid, prio=Priority.NORMAL):
        self.oid, self.state, self.prio, self.history = oid, State.NEW, prio, [State.NEW]
    def advance(self, to, perms):
        needed = {State.SHIPPED: Perm.SHIP, State.CANCELLED: Perm.REFUND}.get(to, Perm.EDIT)
        if needed not in perms:
            raise PermissionError(f"{perms!r} lacks {needed.name}")
        if not self.state.can_go(to):
            raise InvalidTransition(f"{self.state.name} -> {to.name}")
        self.state = to
        self.history.append(to)
    def __repr__(self):
        return f"Order({self.oid}, {self.state.value}, {self.prio.name})"

orders = [Order(1), Order(2, Priority.URGENT), Order(3, Priority.LOW)]
steps = [(0, State.PAID, Perm.CLERK), (0, State.SHIPPED, Perm.CLERK), (0, State.SHIPPED, Perm.ADMIN),
         (1, State.SHIPPED, Perm.ADMIN), (1, State.CANCELLED, Perm.ADMIN), (2, State("paid"), Perm.CLERK | Perm.SHIP),
         (2, State.DELIVERED, Perm.ADMIN), (0, State.DELIVERED, Perm.EDIT)]
for i, to, perms in steps:
    try:
        orders[i].advance(to, perms)
        print("ok", orders[i])
    except (InvalidTransition, PermissionError) as e:
        print(type(e).__name__, e)
print(sorted(orders, key=lambda o: o.prio, reverse=True))
print([s.name for s in orders[0].history], orders[0].state.final, State.NEW.final)
for o in orders:
    match o.state:
        case State.DELIVERED | State.CANCELLED:
            print(o.oid, "closed")
        case State.NEW:
            print(o.oid, "awaiting payment")
        case other:
            print(o.oid, "in progress:", other)
print(list(Perm), Perm.ADMIN, Perm.CLERK in Perm.ADMIN, Perm.ADMIN & ~Perm.REFUND, Perm(3), Perm.VIEW | Perm.SHIP)
for bad in ("lost", 7):
    try:
        print(State(bad))
    except ValueError as e:
        print(e)
try:
    State["paid"]
except KeyError as e:
    print("KeyError", e)
print(Priority.URGENT > Priority.LOW, Priority(5), Priority.NORMAL + 1, max(Priority), [p.value for p in Priority], State.PAID in State)
print(repr(State.PAID), str(State.PAID), f"{State.PAID}", State.PAID.__class__.__name__, len(State), State.__members__["NEW"])
