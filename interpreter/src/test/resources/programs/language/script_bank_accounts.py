# Real script: bank accounts with properties, class-level counters, custom errors and a ledger.
from decimal import Decimal
from datetime import date, timedelta

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account; self.amount = amount

class Account:
    _next = 1000
    interest = Decimal("0.02")
    def __init__(self, owner, balance="0"):
        self.owner = owner
        self._balance = Decimal(balance)
        self.number = Account._next; Account._next += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    def deposit(self, amount, when):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount; self.history.append((when, "dep", amount))
    def withdraw(self, amount, when):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount; self.history.append((when, "wd", amount))
    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self.balance}>"

class Savings(Account):
    interest = Decimal("0.05")
    def add_interest(self, when):
        gain = (self.balance * self.interest).quantize(Decimal("0.01"))
        self.deposit(gain, when)
        return gain

def transfer(src, dst, amount, when):
    src.withdraw(amount, when)
    dst.deposit(amount, when)

d0 = date(2024, 1, 31)
a = Account("ann", "100.00"); s = Savings("ann", "1000")
ops = [("dep", a, "50.25"), ("wd", a, "20"), ("xfer", a, s, "100"), ("xfer", a, s, "500"), ("dep", a, "-5"), ("int", s)]
for i, op in enumerate(ops):
    when = d0 + timedelta(days=7 * i)
    try:
        if op[0] == "dep": op[1].deposit(op[2], when)
        elif op[0] == "wd": op[1].withdraw(op[2], when)
        elif op[0] == "xfer": transfer(op[1], op[2], op[3], when)
        else: print("interest", op[1].add_interest(when))
    except (InsufficientFunds, ValueError) as e:
        print(f"{when:%d %b %Y}: {type(e).__name__}: {e}")
print(a, s)
for acct in (a, s):
    for when, kind, amt in acct.history:
        print(f"  #{acct.number} {when.isoformat()} {kind:>3} {amt:>10}")
print(Savings.__mro__[1].__name__, isinstance(s, Account), Account._next, s.interest, a.interest)
total = sum((x.balance for x in (a, s)), Decimal(0))
print("total", total, f"{total:,.2f}", (d0 + timedelta(days=30)).strftime("%A %j %U"))
