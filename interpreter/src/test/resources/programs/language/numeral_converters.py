# Roman numerals both ways with validation, and base conversion (int(s, base), format, by hand).
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"not a canonical numeral: {s!r}")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in ["IIII", "VX", "MMMM", "ABC"]:
    try:
        print(from_roman(bad))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    to_roman(0)
except ValueError as e:
    print(e)

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [0, 255, -255, 2 ** 64 + 1, 1234567]:
    print(n, bin(n), oct(n), hex(n), to_base(n, 36), to_base(n, 7), f"{n:#_x}", f"{n:_b}")
print(int("ff", 16), int("0xff", 0), int("0o17", 0), int("z", 36), int("  -101  ", 2), int("1_000", 0))
for s, b in [("12", 2), ("0x1g", 16), ("", 10), ("08", 0), ("9" * 5, 1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
print(format(3.5, "a") if False else float.hex(3.5), float.fromhex("0x1.8p1"), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
