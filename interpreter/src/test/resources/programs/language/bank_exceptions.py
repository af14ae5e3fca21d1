# Bank accounts with a hierarchy of custom exceptions, chaining, and a final uncaught error.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class FrozenAccount(BankError):
    pass

class Account:
    _next = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next += 1
        self.number = Account._next

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r}, #{self.number})"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account #{self.number} is frozen")

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer {src.number}->{dst.number} failed") from e
    dst.deposit(amount)

a = Account("ann", 100)
b = Account("bob")
for op in [lambda: a.deposit(50), lambda: a.withdraw(30.5), lambda: b.deposit(-5),
           lambda: transfer(a, b, 500), lambda: transfer(a, b, 19.5)]:
    try:
        op()
        print("ok", a, b)
    except BankError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    except ValueError as e:
        print("ValueError:", e, e.args)
b.frozen = True
try:
    b.deposit(1)
except BankError as e:
    print(isinstance(e, FrozenAccount), e)
print(a.history, b.history)
print(sorted([a, b], key=lambda acc: acc.balance))
b.frozen = False
try:
    transfer(b, a, 1000)
finally:
    print("audit done")
