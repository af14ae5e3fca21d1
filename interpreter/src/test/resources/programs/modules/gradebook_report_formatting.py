# A gradebook report: f-string and str.format alignment, thousands separators, percentages, centered titles, str methods for tables, textwrap for comments, and rounding that a teacher checks (round half even, Decimal half up).
import textwrap
from decimal import Decimal, ROUND_HALF_UP
from statistics import mean, pstdev

students = {
    "Ann Lee": [92.5, 88, 79.25, 95],
    "Bob Martinez-Ortega": [65, 72.5, 58, 70],
    "Cid": [100, 100, 99.5, 100],
    "Dee Okafor": [0, 45, 80.125, 77],
    "Éowyn": [85, 85, 85, 84.5],
}
comments = {
    "Bob Martinez-Ortega": "Improving steadily; needs to hand in lab reports on time and review chapter four before the final.",
    "Dee Okafor": "Missed the first exam due to illness, a make-up is scheduled.",
}
weights = [0.2, 0.2, 0.25, 0.35]

def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"

width = 64
print("=" * width)
print(f"{'FINAL GRADES — Spring 2024':^{width}}")
print("=" * width)
header = f"{'Student':<20}|{'E1':>6}{'E2':>6}{'E3':>8}{'E4':>6}|{'Wtd':>7}|{'Gr':^4}|"
print(header)
print("-" * len(header))
rows = []
for name, scores in students.items():
    weighted = sum(s * w for s, w in zip(scores, weights))
    rows.append((name, scores, weighted))
    short = name if len(name) <= 20 else name[:19] + "…"
    cells = "".join(f"{s:>6g}" if i != 2 else f"{s:>8.3f}" for i, s in enumerate(scores))
    print(f"{short:<20}|{cells}|{weighted:>7.2f}|{letter(weighted):^4}|")
print("-" * len(header))
avgs = [mean(col) for col in zip(*students.values())]
print(f"{'average':<20}|" + "".join(f"{a:>6.1f}" if i != 2 else f"{a:>8.3f}" for i, a in enumerate(avgs)) + "|")
print(f"{'std dev':<20}|" + "".join(f"{pstdev(c):>6.2f}" if i != 2 else f"{pstdev(c):>8.3f}" for i, c in enumerate(zip(*students.values()))) + "|")
best = max(rows, key=lambda r: r[2])
print(f"\nTop: {best[0]!r} with {best[2]:.1%} of {100:,} points ({best[2]:08.3f}) {best[2]:+.0f} {best[2]:e}")
print("Rounding checks:", [round(x, 1) for x in (0.25, 0.35, 2.675, 84.45)], [round(x) for x in (0.5, 1.5, 2.5, -0.5)])
print("Decimal half-up:", [str(Decimal(str(x)).quantize(Decimal("0.1"), ROUND_HALF_UP)) for x in (0.25, 0.35, 84.45)])
print("Totals: {:,} students, {:_} points, {:#x}, {:#o}, {:#b}".format(len(students), 1234567, 255, 8, 5))
print("{0}{1}{0}".format("*", " mid "), "{name:>{w}}|".format(name="right", w=9), "{:.3}".format("abcdef"))
print("%-10s|%5.1f|%03d|%x|%r|%%" % ("pct", 12.345, 7, 255, "q"), "%(a)s-%(b)04.1f" % {"a": 1, "b": 2.25})
print("\nComments:")
for name, text in comments.items():
    print(textwrap.fill(text, width=50, initial_indent=f"  {name}: ", subsequent_indent=" " * 6))
print("Names:", ", ".join(n.split()[0].upper().center(9, ".") for n in students))
print("Title:", "gradebook report".title(), "Ann Lee".swapcase(), "cid".capitalize(), "éowyn".casefold().zfill(8))
print(" | ".join(n.ljust(8, "_")[:8] for n in students), "x".rjust(3, "0"))
print(f"{'|'.join(['a', 'b'])!s:>8} {3.14159!r:>10} {'tab':\t<6}| {True:d} {None!s:>5}")
print(format(1234.5, ",.2f"), format(0.000012345, ".3g"), format(123456789, ".3e"), format(-0.0, "+.1f"), format(5, "^+7d"))
try:
    print(f"{'text':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {2}".format("a", "b")
except IndexError as e:
    print("IndexError:", e)
try:
    "{:,s}".format("x")
except ValueError as e:
    print("ValueError:", e)
print("%d items" % "three")
