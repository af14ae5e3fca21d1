# sys.getsizeof of a str built by +=, join and formatting
import sys
s = ""
sizes = []
for i in range(10):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof("".join(["x"] * 20)), sys.getsizeof("%s-%s" % ("a", "b")), sys.getsizeof(f"{1}{2}"))
t = "é"
t += "a"
print(sys.getsizeof(t), sys.getsizeof(t + "€"), sys.getsizeof((t + "€").encode()))
