# A whole application: a bank with account classes, dataclasses for transactions, enums for their
# kinds, a hierarchy of exceptions with notes and chaining, interest runs with Decimal, and a report
# of formatted tables; every refused operation is printed with its exception's message.
from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
from enum import Enum, auto, IntEnum, Flag
from collections import defaultdict, Counter
import itertools

getcontext().prec = 28
CENT = Decimal("0.01")


class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAWAL = auto()
    TRANSFER_IN = auto()
    TRANSFER_OUT = auto()
    INTEREST = auto()
    FEE = auto()


class Tier(IntEnum):
    BASIC = 1
    SILVER = 2
    GOLD = 3


class Perm(Flag):
    NONE = 0
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()
    ALL = DEPOSIT | WITHDRAW | TRANSFER


class BankError(Exception):
    """Base of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class PermissionDenied(BankError):
    pass


_seq = itertools.count(1)


@dataclass(order=True)
class Transaction:
    seq: int
    kind: Kind = field(compare=False)
    amount: Decimal = field(compare=False)
    memo: str = field(default="", compare=False)

    def signed(self):
        return self.amount if self.kind in (Kind.DEPOSIT, Kind.TRANSFER_IN, Kind.INTEREST) else -self.amount


class Account:
    rate = Decimal("0.010")
    overdraft = Decimal("0")

    def __init__(self, number, owner, tier=Tier.BASIC, perms=Perm.ALL):
        self.number = number
        self.owner = owner
        self.tier = tier
        self.perms = perms
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return sum((t.signed() for t in self.history), Decimal("0.00"))

    def _check(self, perm):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if perm not in self.perms:
            raise PermissionDenied(f"{perm.name} not allowed on {self.number} ({self.perms!r})")

    def _record(self, kind, amount, memo=""):
        amount = Decimal(amount).quantize(CENT, ROUND_HALF_EVEN)
        if amount <= 0:
            raise ValueError(f"amount must be positive, not {amount}")
        t = Transaction(next(_seq), kind, amount, memo)
        self.history.append(t)
        return t

    def deposit(self, amount, memo=""):
        self._check(Perm.DEPOSIT)
        return self._record(Kind.DEPOSIT, amount, memo)

    def withdraw(self, amount, memo=""):
        self._check(Perm.WITHDRAW)
        amount = Decimal(amount)
        if self.balance + self.overdraft < amount:
            raise InsufficientFunds(self, amount)
        return self._record(Kind.WITHDRAWAL, amount, memo)

    def month_end(self):
        interest = (self.balance * self.rate * self.tier / 12).quantize(CENT, ROUND_HALF_EVEN)
        if interest > 0:
            self._record(Kind.INTEREST, interest, "monthly interest")
        return interest

    def __repr__(self):
        return f"{type(self).__name__}({self.number!r}, {self.owner!r}, {self.tier.name})"


class Checking(Account):
    overdraft = Decimal("100")
    rate = Decimal("0.001")
    fee = Decimal("2.50")

    def month_end(self):
        if self.balance < 0:
            self._record(Kind.FEE, self.fee, "overdraft fee")
        return super().month_end()


class Savings(Account):
    rate = Decimal("0.035")
    withdrawals_allowed = 2

    def withdraw(self, amount, memo=""):
        used = sum(1 for t in self.history if t.kind is Kind.WITHDRAWAL)
        if used >= self.withdrawals_allowed:
            raise PermissionDenied(f"savings {self.number}: {used} withdrawals already this period")
        return super().withdraw(amount, memo)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, **kw):
        number = f"{cls.__name__[0]}{len(self.accounts) + 1:04d}"
        acct = self.accounts[number] = cls(number, owner, **kw)
        return acct

    def transfer(self, src, dst, amount):
        src._check(Perm.TRANSFER)
        dst._check(Perm.DEPOSIT)
        try:
            src.withdraw(amount, f"to {dst.number}")
        except InsufficientFunds as exc:
            err = BankError(f"transfer {src.number}->{dst.number} of {amount} failed")
            err.add_note(f"short by {Decimal(amount) - src.balance - src.overdraft}")
            raise err from exc
        src.history[-1].kind = Kind.TRANSFER_OUT
        dst._record(Kind.TRANSFER_IN, amount, f"from {src.number}")

    def attempt(self, label, fn, *args):
        try:
            result = fn(*args)
        except BankError as exc:
            chain = f" <- {type(exc.__cause__).__name__}: {exc.__cause__}" if exc.__cause__ else ""
            notes = "".join(f" [{n}]" for n in getattr(exc, "__notes__", []))
            self.log.append(f"{label}: REFUSED {type(exc).__name__}: {exc}{chain}{notes}")
        except ValueError as exc:
            self.log.append(f"{label}: INVALID {exc}")
        else:
            self.log.append(f"{label}: ok {result if result is not None else ''}".rstrip())


bank = Bank("First Deterministic")
alice = bank.open(Checking, "Alice", tier=Tier.GOLD)
bob = bank.open(Savings, "Bob")
carol = bank.open(Account, "Carol", tier=Tier.SILVER, perms=Perm.DEPOSIT | Perm.WITHDRAW)
dave = bank.open(Savings, "Dave", tier=Tier.GOLD)

script = [
    ("alice deposits 1000", alice.deposit, "1000"),
    ("bob deposits 250.505", bob.deposit, "250.505"),
    ("carol deposits 75.125", carol.deposit, "75.125"),
    ("dave deposits 5000", dave.deposit, "5000"),
    ("alice withdraws 1050", alice.withdraw, "1050"),
    ("alice withdraws 100", alice.withdraw, "100"),
    ("bob withdraws 10", bob.withdraw, "10"),
    ("bob withdraws 10", bob.withdraw, "10"),
    ("bob withdraws 10 again", bob.withdraw, "10"),
    ("carol deposits -5", carol.deposit, "-5"),
    ("transfer carol->bob", bank.transfer, carol, bob, "10"),
    ("transfer dave->alice 300", bank.transfer, dave, alice, "300"),
    ("transfer bob->alice 9999", bank.transfer, bob, alice, "9999"),
]
for label, fn, *args in script:
    bank.attempt(label, fn, *args)
dave.frozen = True
bank.attempt("frozen dave deposits", dave.deposit, "1")
dave.frozen = False

for month in ("Jan", "Feb", "Mar"):
    paid = {a.number: a.month_end() for a in bank.accounts.values()}
    bank.log.append(f"{month} interest: " + ", ".join(f"{k}={v}" for k, v in paid.items()))

print(f"{bank.name}: {len(bank.accounts)} accounts")
for line in bank.log:
    print(" ", line)

print()
header = f"{'number':<7}{'owner':<7}{'type':<10}{'tier':<8}{'balance':>12}{'txns':>6}"
print(header)
print("-" * len(header))
for acct in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.number)):
    print(f"{acct.number:<7}{acct.owner:<7}{type(acct).__name__:<10}{acct.tier.name:<8}{acct.balance:>12,.2f}{len(acct.history):>6}")
total = sum(a.balance for a in bank.accounts.values())
print(f"{'total':<32}{total:>12,.2f}")

print()
by_kind = defaultdict(Decimal)
count = Counter()
for acct in bank.accounts.values():
    for t in acct.history:
        by_kind[t.kind] += t.amount
        count[t.kind.name] += 1
for kind in Kind:
    print(f"{kind.name:<13}{kind.value:>2}{count[kind.name]:>4}{by_kind[kind]:>12}")
print(count.most_common(2), sorted(count.elements())[:4])

all_txns = sorted(itertools.chain.from_iterable(a.history for a in bank.accounts.values()))
print([t.seq for t in all_txns][:10], all_txns[0] < all_txns[1], max(all_txns).memo)
first = all_txns[0]
print(asdict(first))
print(replace(first, memo="edited"), first == replace(first, memo="x"))
print(repr(Perm.DEPOSIT | Perm.WITHDRAW), Perm.ALL, Perm(3) in Perm.ALL, list(Perm.ALL) if hasattr(Perm, "__iter__") else None)
print(Tier.GOLD * 2, Tier(2), Tier["BASIC"] < Tier.SILVER, sorted(Tier, reverse=True))
print(alice, bob, carol.perms, [a for a in bank.accounts.values() if isinstance(a, Savings)])
for acct in bank.accounts.values():
    running = Decimal("0")
    rows = []
    for t in acct.history:
        running += t.signed()
        rows.append(f"#{t.seq:02d} {t.kind.name[:8]:<8} {t.signed():>9} {running:>9}")
    print(acct.number, "|", " / ".join(rows[:3]), "..." if len(rows) > 3 else "")

try:
    bank.transfer(alice, bob, "1e6")
except BankError as exc:
    print("last:", exc, "| cause:", repr(exc.__cause__)[:40], "| notes:", exc.__notes__)
raise InsufficientFunds(carol, Decimal("1e3"))
