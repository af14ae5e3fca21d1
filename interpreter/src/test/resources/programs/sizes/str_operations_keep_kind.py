# Results of str operations are sized by their own widest character, not the source's.
import sys

wide = "abc\u20ac"
print(sys.getsizeof(wide), sys.getsizeof(wide[:3]), sys.getsizeof(wide[3]))
mixed = "ab\U0001F600cd"
print(sys.getsizeof(mixed), sys.getsizeof(mixed.replace("\U0001F600", "")))
print(sys.getsizeof("caf\xe9".upper()), sys.getsizeof("CAF\xc9".lower()))
print(sys.getsizeof("-".join(["a", "\xe9", "b"])), sys.getsizeof("-".join(["a", "b"])))
