# f-strings: expressions, conversions, format specs, nesting, = debugging.
name = "pyheap"
value = 3.14159
n = 255
items = [1, 2, 3]
print(f"{name} {value:.2f} {n:#x} {n:08b} {n:,} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {name!a} {'ünï'!a}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}")
print(f"{value:10.3f}|{value:<10.1e}|{-value:+.1%}")
width = 8
print(f"{n:{width}d}|{value:{width}.{2}f}")
print(f"{items[1]} {len(items)} {items!r} {{literal braces}}")
print(f"{n=} {value=:.1f} {name.upper()=}")
print(f"{'nested ' + f'{n}'}")
