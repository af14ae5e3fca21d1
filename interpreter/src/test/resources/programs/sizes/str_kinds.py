# str is stored compactly in the narrowest kind that fits its widest character: ASCII
# (48-byte header + 1 per char + NUL), latin-1 (72 + 1 per char + 1), UCS-2 (72 + 2 per char + 2),
# UCS-4 (72 + 4 per char + 4).
import sys

cases = ["", "a", "abc", "a" * 100, "\xe9", "caf\xe9", "\u20ac", "\u20ac" * 10, "\U0001F600",
         "a\U0001F600", "x" * 7 + "\u0101"]
for s in cases:
    print(f"len={len(s):<4} max={max(map(ord, s), default=0):<7} size={sys.getsizeof(s)}")
