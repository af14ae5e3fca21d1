# format-spec errors per type: grouping with str (the default type 's' counts), sign/alternate form/'=' with str, precision with int, unknown codes
values = ["abc", 42, 3.5, 2 + 1j, True]
specs = [",", "_", "10,", "<,", ",s", "+", " ", "#", "=5", "05", ".2", ",d", "_x", ",x", ",b", "_o", ",c", "z", "z.1f", "n", "%", ",%", ".0e", "#x", "#o", "c", "d", "s", "x>+#010,.2f"]
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(f"{spec!r:14}", " | ".join(row))
print("{:,}".format(1234567), "{:_}".format(1234567.891), f"{'abc':>10}", f"{'abc':_<8}")
for bad in ("{:,}", "{:_}", "{:+}", "{:=^9}"):
    try:
        print(bad.format("text"))
    except ValueError as e:
        print(bad, "->", e)
class Money(str):
    pass
try:
    print(format(Money("9.99"), ","))
except ValueError as e:
    print("str subclass:", e)
