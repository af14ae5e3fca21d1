# f-string = specifier, !r/!s/!a conversions, nested quotes, expressions and lambdas in braces.
import datetime

name = "Ünïcode"
count = 3
items = ["a", "b"]
price = 19.5
print(f"{name=}")
print(f"{name = }")
print(f"{count * 2=}")
print(f"{items=!s}")
print(f"{price=:.3f}")
print(f"{name!r} {name!s} {name!a}")
print(f"{len(items)=} {items[0]=} {items[-1]!r:>5}")
print(f"{'nested'!r:^12}")
print(f"{(lambda x: x * 2)(21)}")
d = {"key": "value"}
print(f"{d['key']=}")
print(f"{{literal}} {{{count}}}")
print(f"{count:{'>' if count > 2 else '<'}{count + 5}}")
dt = datetime.date(2024, 2, 29)
print(f"{dt:%Y/%m/%d} {dt=}")
width, prec = 12, 4
print(f"{3.14159265:{width}.{prec}f}|")
print(f"{'a' 'b'}", f"{1_000_000:,}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return f"P formatted with {spec!r}"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:xyz}", f"{p=}", f"{p=:abc}")
print(f"{'\\' if False else 'no backslash needed'}" if False else "skip")
x = 10
print(f"{x if x > 5 else -x}", f"{x:>{x}}", f"{[i for i in range(3)]}")
print(f"{3.0=}", f"{0.1+0.2=}", f"{1/3=:.2}")
