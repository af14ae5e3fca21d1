# Proxies behave like their referent until it dies; then every use raises ReferenceError.
import weakref

class Account:
    def __init__(self, balance):
        self.balance = balance
    def __len__(self):
        return 3
    def __add__(self, other):
        return self.balance + other
    def __iter__(self):
        return iter([1, 2, 3])
    def __repr__(self):
        return f"Account({self.balance})"

acct = Account(100)
p = weakref.proxy(acct)
print("len:", len(p), "add:", p + 5, "list:", list(p))
print("bool:", bool(p))
print("repr:", repr(p).startswith("<weakproxy at"))
print("str:", str(p))
p.balance = 200
print("set through proxy:", acct.balance)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print("proxy == referent:", p == acct)
print("same proxy reused:", weakref.proxy(acct) is p)
del acct
for op, fn in [("getattr", lambda: p.balance), ("len", lambda: len(p)), ("add", lambda: p + 1),
               ("iter", lambda: iter(p)), ("bool", lambda: bool(p)), ("setattr", lambda: setattr(p, "x", 1)),
               ("repr", lambda: repr(p)[:10])]:
    try:
        result = fn()
        print(op, "->", result)
    except ReferenceError as e:
        print(op, "ReferenceError:", e)
