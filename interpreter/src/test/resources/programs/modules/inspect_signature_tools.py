# inspect on functions and classes: signature (parameter kinds, defaults, annotations, return
# annotation, replace, str), bind/bind_partial with apply_defaults and their TypeErrors,
# getdoc/cleandoc, getmembers with predicates, getsource/getsourcelines of this file's
# functions, unwrap through functools.wraps, isfunction/ismethod/isclass/isgenerator*, and
# the ValueError of a signature it cannot give.
import functools
import inspect

def transfer(src: str, dst: str, /, amount: float = 0.0, *notes: str, currency: str = "EUR",
             dry_run: bool = False, **meta) -> dict:
    """Move money.

        The amount is in the given currency.
    """
    return {}

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w: int, h: int = 1) -> int:
    return w * h

class Account:
    """An account."""
    rate = 0.01
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def deposit(self, amount):
        self.balance += amount
    @classmethod
    def open(cls, owner):
        return cls(owner)
    @staticmethod
    def fee(amount):
        return amount * 0.001
    @property
    def rich(self):
        return self.balance > 100

sig = inspect.signature(transfer)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:8} {p.kind.name:22} default={p.default!r:8} annotation={p.annotation!r}")
print(sig.return_annotation, sig.replace(return_annotation=inspect.Signature.empty))
b = sig.bind("a", "b", 5, "n1", currency="USD", ref="x")
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
print(sig.bind_partial(dst="z") if False else sig.bind_partial("a").arguments)
for args, kwargs in [((), {}), (("a",), {"dst": "b"}), (("a", "b"), {"amount": 1, "zzz": 2, "currency": 3, "dry_run": 4, "amount2": 5}), (("a", "b", 1), {"amount": 2})]:
    try:
        sig.bind(*args, **kwargs)
        print("bound", args, kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(area), inspect.unwrap(area).__name__, area.__wrapped__ is inspect.unwrap(area))
print(inspect.signature(Account), inspect.signature(Account.deposit), inspect.signature(Account("x").deposit))
print(inspect.signature(Account.open), inspect.signature(Account.fee))
print(repr(inspect.getdoc(transfer)), repr(inspect.cleandoc("  a\n    b\n  c")))
print([n for n, _ in inspect.getmembers(Account, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Account) if not n.startswith("__")])
print(inspect.getsource(Account.fee))
lines, start = inspect.getsourcelines(area)
print(start, len(lines), lines[0].strip())
def gen():
    yield 1
async def coro():
    pass
print(inspect.isfunction(transfer), inspect.ismethod(Account("y").deposit), inspect.isclass(Account),
      inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.isabstract(Account))
params = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY),
          inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=2)]
print(inspect.Signature(params))
try:
    inspect.Signature([inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY),
                       inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
print(inspect.getfullargspec(transfer))
print(inspect.signature(lambda a, *, b=3: None), type(inspect.getattr_static(Account, "rich")).__name__)
inspect.signature(42)
