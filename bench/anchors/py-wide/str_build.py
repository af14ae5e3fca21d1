# string building: join, f-strings, %, format, split/replace/strip, upper/lower.
total = 0
parts = []
for i in range(200000):
    s = f"{i}:{i * 3:08d}|{i / 7:.3f}"
    t = "%s-%05d-%x" % ("k", i, i)
    u = "{}/{:>6}/{:.2e}".format(i, i % 1000, i * 1.5)
    parts.append(s)
    total += len(s) + len(t) + len(u)
big = ",".join(parts)
for _ in range(5):
    fields = big.split(",")
    total += len(fields)
    big2 = big.replace(":", " : ").replace("|", " | ")
    total += len(big2)
    stripped = [f.strip() for f in big2.split("|")]
    total += sum(len(x) for x in stripped)
    total += len(big.upper()) + big.lower().count("e")
    total += sum(1 for f in fields if f.startswith("1") or f.endswith("5"))
print(total)
