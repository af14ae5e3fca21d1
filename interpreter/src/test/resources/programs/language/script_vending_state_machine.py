# Real script: a vending-machine state machine with enum states and a transition table.
from enum import Enum, auto

class S(Enum):
    IDLE = auto(); HAS_MONEY = auto(); VENDING = auto(); OUT_OF_ORDER = auto()

class Machine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = S.IDLE; self.credit = 0; self.stock = {"cola": 1, "chips": 2, "gum": 0}; self.log = []
    def _go(self, new):
        self.log.append(f"{self.state.name}->{new.name}"); self.state = new
    def insert(self, cents):
        if self.state is S.OUT_OF_ORDER:
            raise RuntimeError("machine out of order")
        if cents not in (5, 10, 25, 100):
            return f"rejected {cents}"
        self.credit += cents
        if self.state is S.IDLE: self._go(S.HAS_MONEY)
        return f"credit {self.credit}"
    def choose(self, item):
        match self.state, item:
            case S.IDLE, _:
                return "insert money first"
            case S.HAS_MONEY, str(name) if name not in self.PRICES:
                return f"no such item {name!r}"
            case S.HAS_MONEY, name if self.stock[name] == 0:
                return f"{name} sold out"
            case S.HAS_MONEY, name if self.credit < self.PRICES[name]:
                return f"need {self.PRICES[name] - self.credit} more"
            case S.HAS_MONEY, name:
                self._go(S.VENDING)
                self.stock[name] -= 1
                change = self.credit - self.PRICES[name]
                self.credit = 0
                self._go(S.IDLE)
                return f"vend {name}, change {change}"
        return "busy"
    def kick(self):
        self._go(S.OUT_OF_ORDER)

m = Machine()
script = [("choose", "cola"), ("insert", 100), ("insert", 3), ("choose", "cola"), ("insert", 25), ("insert", 25),
          ("choose", "tea"), ("choose", "gum"), ("choose", "cola"), ("insert", 100), ("choose", "cola"),
          ("choose", "chips"), ("kick",), ("insert", 5)]
for step in script:
    try:
        print(step, "=>", getattr(m, step[0])(*step[1:]))
    except RuntimeError as e:
        print(step, "!!", e)
print(m.log)
print(m.stock, m.state, m.state.value, S(2))
