# The small-int cache (-5..256) seen through results of built-ins and
# methods rather than literals: len, ord, sum, divmod, round, int() of strs
# and floats, str.find/count, bool arithmetic, hash, index; 257 and -6 not.
import math
import sys

def same(make):
    a, b = make(), make()
    return a is b

text = "x" * 300
cases = [
    ("len(list of 256)", lambda: len([0] * 256)),
    ("len(list of 257)", lambda: len([0] * 257)),
    ("ord('A')", lambda: ord("A")),
    ("ord('\u0101')", lambda: ord("\u0101")),
    ("sum(range(23))", lambda: sum(range(23))),
    ("sum(range(24))", lambda: sum(range(24))),
    ("divmod(1000, 7)[0]", lambda: divmod(1000, 7)[0]),
    ("divmod(2000, 7)[0]", lambda: divmod(2000, 7)[0]),
    ("round(255.6)", lambda: round(255.6)),
    ("round(256.6)", lambda: round(256.6)),
    ("int('256')", lambda: int("256")),
    ("int('257')", lambda: int("257")),
    ("int('-5')", lambda: int("-5")),
    ("int('-6')", lambda: int("-6")),
    ("int(' 42 ')", lambda: int(" 42 ")),
    ("int('0x10', 16)", lambda: int("0x10", 16)),
    ("int(7.9)", lambda: int(7.9)),
    ("int(300.0)", lambda: int(300.0)),
    ("math.floor(3.5)", lambda: math.floor(3.5)),
    ("math.gcd(600, 400)", lambda: math.gcd(600, 400)),
    ("text.find('y')", lambda: text.find("y")),
    ("text.count('x')", lambda: text.count("x")),
    ("True + True", lambda: True + True),
    ("hash(200)", lambda: hash(200)),
    ("hash(300)", lambda: hash(300)),
    ("[5, 6].index(6)", lambda: [5, 6].index(6)),
    ("(2**100) >> 95", lambda: (2**100) >> 95),
    ("int.from_bytes(b'\\x01\\x00')", lambda: int.from_bytes(b"\x01\x00", "big")),
    ("int.from_bytes(b'\\x01\\x01')", lambda: int.from_bytes(b"\x01\x01", "big")),
    ("abs(-256)", lambda: abs(-256)),
    ("-(-5)", lambda: -(-5)),
    ("~5", lambda: ~5),
    ("~255", lambda: ~255),
    ("255 ^ 1", lambda: 255 ^ 1),
    ("1 << 8", lambda: 1 << 8),
    ("1 << 9 >> 1", lambda: 1 << 9 >> 1),
    ("pow(2, 8)", lambda: pow(2, 8)),
    ("pow(3, 5, 1000)", lambda: pow(3, 5, 1000)),
    ("max(100, 300)", lambda: max(100, 300)),
    ("(1).__add__(2)", lambda: (1).__add__(2)),
    ("sys.getrefcount is cached?", lambda: sys.getsizeof(0)),
    ("len('abc'.encode())", lambda: len("abc".encode())),
]
for label, make in cases:
    print(f"{label:<30} {make()!r:>6} {same(make)}")
