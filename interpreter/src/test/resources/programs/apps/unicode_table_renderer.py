# A whole application: a terminal table renderer for international data: display widths from
# unicodedata.east_asian_width and combining marks, NFC/NFD normalization before measuring,
# casefold-based sorting and de-duplication, box drawing with alignment of wide and combining
# characters, numbers formatted with every kind of format spec (thousands separators, %, e/g,
# sign and fill, binary/hex/octal, Decimal and Fraction), float.hex and repr round trips, and
# str methods on non-ASCII text (title, swapcase, center, expandtabs, split on Unicode spaces).
import unicodedata
from decimal import Decimal
from fractions import Fraction
import math

ROWS = [
    ("Zürich", "CH", 421878, 0.0413, "Grüezi"),
    ("東京", "JP", 13960000, 0.0027, "こんにちは"),
    ("São Paulo", "BR", 12330000, -0.0011, "Olá"),
    ("Ελλάδα/Αθήνα", "GR", 664046, -0.0152, "Γειά σου"),
    ("Москва", "RU", 12655050, 0.0031, "Привет"),
    ("Cafe\u0301 Town", "FR", 1234, 0.5, "Cafe\u0301"),
    ("서울", "KR", 9776000, -0.0042, "안녕하세요"),
    ("zürich", "ch", 1, 0.0, "dup"),
]


def width(s):
    w = 0
    for ch in unicodedata.normalize("NFC", s):
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def pad(s, n, align="<"):
    gap = n - width(s)
    if align == ">":
        return " " * gap + s
    if align == "^":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def render(headers, rows, aligns):
    cols = list(zip(*([headers] + rows)))
    widths = [max(width(c) for c in col) for col in cols]
    top = "┌" + "┬".join("─" * (w + 2) for w in widths) + "┐"
    mid = "├" + "┼".join("─" * (w + 2) for w in widths) + "┤"
    bot = "└" + "┴".join("─" * (w + 2) for w in widths) + "┘"
    lines = [top, "│" + "│".join(f" {pad(h, w, '^')} " for h, w in zip(headers, widths)) + "│", mid]
    for r in rows:
        lines.append("│" + "│".join(f" {pad(c, w, a)} " for c, w, a in zip(r, widths, aligns)) + "│")
    lines.append(bot)
    return "\n".join(lines)


seen = {}
for row in ROWS:
    key = unicodedata.normalize("NFC", row[0]).casefold()
    seen.setdefault(key, row)
rows = sorted(seen.values(), key=lambda r: (unicodedata.normalize("NFKD", r[0]).casefold(), r[1]))
table = [[city, cc.upper(), f"{pop:,}", f"{growth:+.2%}", hello] for city, cc, pop, growth, hello in rows]
print(render(["city", "cc", "population", "growth", "hello"], table, ["<", "^", ">", ">", "<"]))
print("deduplicated:", len(ROWS) - len(seen), "| widths:", [width(r[0]) for r in rows], "| lens:", [len(r[0]) for r in rows])

cafe_nfd = "Cafe\u0301"
cafe_nfc = unicodedata.normalize("NFC", cafe_nfd)
print("normalization:", len(cafe_nfd), len(cafe_nfc), cafe_nfd == cafe_nfc, unicodedata.normalize("NFC", cafe_nfd) == "Café",
      [unicodedata.name(c) for c in cafe_nfd[-2:]], unicodedata.is_normalized("NFD", cafe_nfd))
for ch in "ßﬁİΣς½²Ⅻ٣①":
    print(f"  {ch!r:6} {unicodedata.name(ch, '?'):<40} cat={unicodedata.category(ch)} upper={ch.upper()!r} "
          f"casefold={ch.casefold()!r} numeric={unicodedata.numeric(ch, None)} digit={ch.isdigit()} decimal={ch.isdecimal()}")
print("title/swapcase:", "ǆemal ÿes straße".title(), "ΌΣΟΣ".lower(), "İstanbul".lower(), len("İ".lower()), "ǅ".swapcase())
print("center/ljust:", "東京".center(8, "·"), "|" + "ab".rjust(5, "→") + "|", "a\tbc\t東\td".expandtabs(4))
print("unicode spaces:", "a\u00a0b\u2003c\u3000d\u200be".split(), "x\u2028y".splitlines(), " \u3000 trim\u3000".strip())
print("isidentifier:", [s.isidentifier() for s in ("變數", "x²", "_ñ", "2a", "ℌ")], "isprintable:", "a\u200bb".isprintable(), "\u00ad".isprintable())
print("encode:", "Zürich".encode("utf-8"), "東京".encode("utf-16-le").hex(), "é".encode("ascii", "xmlcharrefreplace"),
      "€".encode("cp1252"), "日本".encode("shift_jis"), b"\xff\xfe".decode("utf-8", "replace"), "ø".encode("ascii", "backslashreplace"))

print()
values = [0, 1, -1, 1234567.891, -0.000123456, 1e21, float("inf"), float("nan"), 2 ** 70, math.pi]
specs = ["", ",", "_", "+.3f", "10.2e", ".4g", "#.3g", "%", ".1%", "012,.2f", "*^12.1f", "-> 12.3", "=+10.2f"]
for v in values:
    cells = []
    for s in specs:
        try:
            cells.append(format(v, s))
        except ValueError as exc:
            cells.append(f"!{str(exc)[:18]}")
    print(" | ".join(cells))
print("ints:", format(255, "#b"), format(255, "#o"), format(255, "#X"), format(-255, "08x"), format(10 ** 9, "_d"), format(65, "c"),
      format(123456789, ",d"), f"{0xDEADBEEF:_x}", f"{5:{'>'}{4}}", format(True, "d"), format(3, ".2f"))
print("floats:", repr(0.1 + 0.2), 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), (0.1).hex(), float.fromhex("0x1.8p1"), float("1e-320"),
      5e-324 / 2, round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), 1e16 + 1.0, (2.5).as_integer_ratio())
print("repr round trips:", all(float(repr(x)) == x for x in (0.1, 1 / 3, 2 ** -1074, 1.7976931348623157e308)), repr(1e-5), repr(1e16), str(1e15), 1e22, 123456789012345678.0)
print("decimal fmt:", format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000012"), ".2e"), format(Decimal("1E+3"), "f"),
      format(Decimal("12.5"), "%"), format(Decimal("NaN"), ">6"), f"{Decimal('3.14159'):.3}")
print("fraction:", Fraction(355, 113), float(Fraction(355, 113)), Fraction(1, 3) + Fraction(1, 6), Fraction(0.1), Fraction(Decimal("0.1")))
print("percent style:", "%5.1f%% of %s, %d items, %x hex, %r repr, %c, %-6s|, %+.2e" % (99.5, "total", 42, 255, "é", 0x263A, "ab", 12345.678))
print("format_map:", "{city} has {n:,} people".format_map({"city": "東京", "n": 13960000}), "{0[1]} {0[0]}".format(("a", "b")),
      "{!a}".format("Zürich"), "{:=^9}".format(" 東 "), str.format("{:>{w}}", "x", w=4))
try:
    format(1.5, "d")
except ValueError as exc:
    print("ValueError:", exc)
try:
    "{:,s}".format("x")
except ValueError as exc:
    print("ValueError:", exc)
try:
    unicodedata.name("\x00")
except ValueError as exc:
    print("ValueError:", exc)
print("unidata:", unicodedata.unidata_version, unicodedata.lookup("SNOWMAN"), unicodedata.decomposition("é"), unicodedata.mirrored("("),
      unicodedata.bidirectional("א"), unicodedata.east_asian_width("ｱ"), unicodedata.digit("٣"), unicodedata.decimal("9"))
