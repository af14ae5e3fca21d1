# Which one-character results are the shared latin-1 singletons: str() and repr() of an int and the
# case methods write a new object; formatting, indexing, splitting, stripping and decoding give the
# cached one.
n, s = 5, "ab"
print(str(n) is str(n), repr(n) is repr(n), f"{n}" is f"{n}", format(n) is format(n))
print("%d" % n is "%d" % n, "{}".format(n) is "{}".format(n), f"{n:d}" is f"{n:d}", s[1] is s[1])
e, big_e = "é", "É"
print(b"a".decode() is b"a".decode(), e.upper() is big_e.upper(), e.upper() is e.upper(), "q".lower() is "q".lower())
x, y = "xAx"[1], chr(65)
print(x is y, "a,b".split(",")[1] is "c,b".split(",")[1], " b ".strip() is "b ".strip(), "%c" % 66 is "%c" % 66)
