# String building: += in a loop vs join, and the in-place resize trick.
import sys

s = ""
sizes = []
for i in range(10):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print("sizes while growing:", sizes)
parts = ["ab"] * 10
joined = "".join(parts)
print("same text:", joined == s, sys.getsizeof(joined) == sys.getsizeof(s))
a = "hello"
b = a
a += " world"
print("b unchanged:", b, "| a:", a)
print("a is b:", a is b)
words = ["memory", "is", "fun"]
sentence = " ".join(words)
print(sentence, sys.getsizeof(sentence))
fmt = f"{words[0]}-{len(words)}"
print(fmt, sys.getsizeof(fmt))
pct = "%s:%d" % ("x", 5)
print(pct, sys.getsizeof(pct))
print("upper of latin-1:", sys.getsizeof("café".upper()), sys.getsizeof("café"))
print("euro added:", sys.getsizeof("café" + "\u20ac"))
print("emoji added:", sys.getsizeof("café" + "\U0001F600"))
print("slice back to ascii:", sys.getsizeof(("café" + "\U0001F600")[:3]))
print("replace to ascii:", sys.getsizeof("caf\u20ac".replace("\u20ac", "e")))
print("str of bytes:", sys.getsizeof(str(b"abc")), repr(str(b"abc")))
