# Floats and complex numbers: fixed sizes, free lists and identity.
import sys

print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("nan")))
print(sys.getsizeof(0j), sys.getsizeof(1 + 2j), sys.getsizeof(complex(1e300, -1e300)))
print("float info:", sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig)
x = 1.5
y = 1.5
print("same literal:", x is y)
z = x * 1
print("computed float is new object:", z is x)
vals = [0.1 * i for i in range(5)]
print("distinct ids:", len(set(map(id, vals))))
a = float("2.5")
aid = id(a)
del a
b = float("3.5")
print("float freelist reuse:", id(b) == aid)
print("nan is nan:", float("nan") is float("nan"))
n = float("nan")
print("n == n:", n == n, "n is n:", n is n, "n in [n]:", n in [n])
print("complex parts:", (3 + 4j).real, (3 + 4j).imag, abs(3 + 4j))
print("int + float size:", sys.getsizeof(1 + 0.5))
