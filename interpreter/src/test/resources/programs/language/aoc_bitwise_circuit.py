# Advent of Code 2015 day 7 ("Some Assembly Required") on an embedded puzzle input: a wire
# circuit of AND/OR/LSHIFT/RSHIFT/NOT gates on 16-bit signals, parsed with str.split and match,
# solved by memoized recursion (functools.cache), then re-solved with one wire overridden.
from functools import cache

PUZZLE = """\
123 -> x
456 -> y
x AND y -> d
x OR y -> e
x LSHIFT 2 -> f
y RSHIFT 2 -> g
NOT x -> h
NOT y -> i
d OR i -> j
1 AND j -> k
e -> a
k LSHIFT 15 -> b
j RSHIFT 3 -> c
b OR c -> z
"""

def parse(text):
    wires = {}
    for line in text.splitlines():
        expr, target = line.split(" -> ")
        wires[target] = tuple(expr.split())
    return wires

def solve(wires, overrides=None):
    overrides = overrides or {}

    @cache
    def value(token):
        if token.isdigit():
            return int(token)
        if token in overrides:
            return overrides[token]
        match wires[token]:
            case (src,):
                return value(src)
            case ("NOT", src):
                return ~value(src) & 0xFFFF
            case (a, "AND", b):
                return value(a) & value(b)
            case (a, "OR", b):
                return value(a) | value(b)
            case (a, "LSHIFT", n):
                return (value(a) << int(n)) & 0xFFFF
            case (a, "RSHIFT", n):
                return value(a) >> int(n)
            case other:
                raise ValueError(f"bad gate {other}")
    result = {w: value(w) for w in sorted(wires)}
    print("cache:", value.cache_info())
    return result

wires = parse(PUZZLE)
signals = solve(wires)
for w, v in signals.items():
    print(f"{w}: {v:5d} {v:016b}")
part2 = solve(wires, {"b": signals["a"]})
print("part 1:", signals["a"], "part 2:", part2["a"], "z:", part2["z"])
try:
    solve({"q": ("x", "XOR", "y"), "x": ("1",), "y": ("2",)})
except ValueError as e:
    print("ValueError:", e)
