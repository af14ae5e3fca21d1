# str.format with positional, numbered, named and attribute/index fields, and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
point = {"x": 1, "y": 2}
print("{0[x]},{0[y]}".format(point), "{p.real}+{p.imag}j".format(p=3 + 4j))
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{:,}".format("r", "l", "c", 3.14159, 10 ** 7))
print("{!r} {!s}".format("x", "x"), format(255, "x"), format(0.5, ".0%"), format(12, "b"))
print("{{}} {}".format("braces"))
