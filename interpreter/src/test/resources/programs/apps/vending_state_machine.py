# A whole application: a vending machine and a TCP-like connection as state machines written with
# match statements (class patterns with __match_args__, mapping and sequence patterns, guards,
# or-patterns, captures), events as dataclasses and tuples, a transition log, and the
# illegal-transition errors; then a tiny regex-free command parser matching on split words.
from dataclasses import dataclass
from enum import Enum, auto
from typing import NamedTuple


class S(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    SERVICE = auto()
    OUT_OF_ORDER = auto()


@dataclass(frozen=True)
class Coin:
    cents: int


@dataclass(frozen=True)
class Select:
    slot: str


@dataclass(frozen=True)
class Refund:
    pass


@dataclass(frozen=True)
class Maintenance:
    key: str
    action: str = "open"


class Dispensed(NamedTuple):
    item: str
    change: tuple


class IllegalTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"{event!r} is not allowed in state {state.name}")


class Vending:
    PRICES = {"A1": ("cola", 125), "A2": ("water", 90), "B1": ("chips", 150), "B2": ("gum", 45)}
    COINS = (100, 25, 10, 5)

    def __init__(self):
        self.state = S.IDLE
        self.credit = 0
        self.stock = {"A1": 2, "A2": 1, "B1": 0, "B2": 5}
        self.bank = {c: 3 for c in self.COINS}
        self.log = []
        self.faults = 0

    def change_for(self, amount):
        out = []
        bank = dict(self.bank)
        for c in self.COINS:
            while amount >= c and bank[c] > 0:
                amount -= c
                bank[c] -= 1
                out.append(c)
        if amount:
            return None
        self.bank = bank
        return tuple(out)

    def handle(self, event):
        before = self.state
        result = None
        match self.state, event:
            case (S.OUT_OF_ORDER, Maintenance(key="k3y", action="fix")):
                self.state, self.faults = S.IDLE, 0
                result = "repaired"
            case (S.OUT_OF_ORDER, _):
                result = "out of order"
            case (S.IDLE | S.HAS_MONEY, Coin(cents=c)) if c in self.COINS:
                self.credit += c
                self.bank[c] += 1
                self.state = S.HAS_MONEY
                result = f"credit {self.credit}"
            case (_, Coin(cents=c)):
                self.faults += 1
                result = f"rejected coin {c}"
                if self.faults >= 3:
                    self.state = S.OUT_OF_ORDER
                    result += "; too many faults"
            case (S.HAS_MONEY, Select(slot=slot)) if slot not in self.PRICES:
                result = f"no slot {slot}"
            case (S.HAS_MONEY, Select(slot)) if self.stock[slot] == 0:
                result = f"{self.PRICES[slot][0]} sold out"
            case (S.HAS_MONEY, Select(slot)) if self.credit < self.PRICES[slot][1]:
                result = f"insert {self.PRICES[slot][1] - self.credit} more"
            case (S.HAS_MONEY, Select(slot)):
                item, price = self.PRICES[slot]
                self.state = S.VENDING
                change = self.change_for(self.credit - price)
                if change is None:
                    self.state = S.HAS_MONEY
                    result = "exact change only"
                else:
                    self.stock[slot] -= 1
                    self.credit = 0
                    self.state = S.IDLE
                    result = Dispensed(item, change)
            case (S.HAS_MONEY, Refund()):
                result = ("refund", self.change_for(self.credit))
                self.credit = 0
                self.state = S.IDLE
            case (S.IDLE, Maintenance(key="k3y", action="open")):
                self.state = S.SERVICE
                result = "service mode"
            case (S.SERVICE, Maintenance(key="k3y", action="close")):
                self.state = S.IDLE
                result = "closed"
            case (S.SERVICE, ("restock", str(slot), int(n))) if n > 0:
                self.stock[slot] = self.stock.get(slot, 0) + n
                result = f"{slot} now {self.stock[slot]}"
            case (S.SERVICE, {"price": str(slot), "cents": int(c), **rest}):
                name = rest.get("name", self.PRICES.get(slot, ("?",))[0])
                self.PRICES = {**self.PRICES, slot: (name, c)}
                result = f"{slot} {name} costs {c}" + (f" (ignored {sorted(rest)})" if rest.keys() - {"name"} else "")
            case (state, Maintenance(key=key)) if key != "k3y":
                result = f"wrong key {key!r} in {state.name}"
            case _:
                raise IllegalTransition(self.state, event)
        self.log.append((before.name, type(event).__name__, self.state.name))
        return result


m = Vending()
events = [Coin(100), Select("A1"), Coin(25), Select("A1"), Select("A1"), Coin(100), Coin(100), Select("B1"),
          Select("Z9"), Select("A2"), Coin(3), Refund(), Maintenance("nope"), Maintenance("k3y"),
          ("restock", "B1", 4), {"price": "B1", "cents": 135, "name": "crisps", "promo": True},
          Maintenance("k3y", "close"), Coin(100), Coin(25), Coin(10), Select("B1"), Select("A1"),
          Coin(1), Coin(2), Coin(7), Coin(100), Maintenance("k3y", "fix"), Coin(25), Coin(25),
          Select("B2"), Select("B2")]
for e in events:
    try:
        r = m.handle(e)
    except IllegalTransition as exc:
        r = f"!! {exc}"
    print(f"{str(e):<62} -> {r}")
print("stock:", m.stock, "credit:", m.credit, "bank:", m.bank)
print("transitions:", sum(1 for a, _, b in m.log if a != b), "of", len(m.log))
print("state walk:", " > ".join(dict.fromkeys(b for _, _, b in m.log)))


class Conn:
    TABLE = {
        ("CLOSED", "open"): "LISTEN", ("CLOSED", "connect"): "SYN_SENT",
        ("LISTEN", "syn"): "SYN_RCVD", ("SYN_SENT", "syn_ack"): "ESTABLISHED",
        ("SYN_RCVD", "ack"): "ESTABLISHED", ("ESTABLISHED", "close"): "FIN_WAIT",
        ("ESTABLISHED", "fin"): "CLOSE_WAIT", ("FIN_WAIT", "ack"): "TIME_WAIT",
        ("CLOSE_WAIT", "close"): "LAST_ACK", ("LAST_ACK", "ack"): "CLOSED", ("TIME_WAIT", "timeout"): "CLOSED",
    }

    def __init__(self):
        self.state = "CLOSED"

    def feed(self, *words):
        trace = [self.state]
        for w in words:
            match self.TABLE.get((self.state, w)):
                case None:
                    trace.append(f"<{w}?>")
                    break
                case new:
                    self.state = new
                    trace.append(new)
        return " ".join(trace)


print(Conn().feed("connect", "syn_ack", "close", "ack", "timeout"))
print(Conn().feed("open", "syn", "ack", "fin", "close", "ack"))
print(Conn().feed("open", "ack"))


def command(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"walk {d}"
        case ["go", *other]:
            return f"cannot go {' '.join(other) or 'nowhere'}"
        case ["take", item, "from", place]:
            return f"take {item} out of {place}"
        case ["take", *items] if len(items) > 1:
            return f"take {len(items)} things: {', '.join(items)}"
        case ["say", *words] if words:
            return "say " + repr(" ".join(words))
        case [verb, *_] if verb.isdigit():
            return f"number {int(verb):+d}"
        case [single]:
            return f"just {single}"
        case [verb, *rest]:
            return f"unknown verb {verb!r} with {len(rest)} args"


for text in ["", "go north", "go up the stairs", "go", "take lamp from box", "take a b c", "say hi there",
             "say", "42 apples", "look", "dance wildly now"]:
    print(f"{text!r:<22} {command(text)}")

for value in [0, 7, -3, 2.5, "7", [1, 2], (1, 2, 3), {"x": 1}, {"x": 1, "y": 2}, None, True, Coin(5), Select("A1")]:
    match value:
        case bool(b):
            kind = f"bool {b}"
        case int(n) if n < 0:
            kind = "negative int"
        case 0 | 1:
            kind = "0 or 1"
        case int() | float() as num:
            kind = f"number {num!r}"
        case str() as s:
            kind = f"str of {len(s)}"
        case [a, b]:
            kind = f"pair {a},{b}"
        case [a, *rest]:
            kind = f"seq starting {a} (+{len(rest)})"
        case {"x": x, "y": y}:
            kind = f"point {x},{y}"
        case {"x": x}:
            kind = f"x only {x}"
        case Coin(c):
            kind = f"coin {c}"
        case None:
            kind = "nothing"
        case other:
            kind = f"other {type(other).__name__}"
    print(f"{value!r:<18} {kind}")
m.state = S.VENDING
m.handle(Refund())
