# A container met again inside its own repr prints as [...], {...} or (...) at its first re-entry,
# however the repr was started (print, repr, str, format) and whatever reprs ran before inside it.
L = [1]
L.append(L)
d = {"key": None}
d["key"] = d
t = ([],)
t[0].append(t)
print(L, d, t)
print(repr(L), str(d), f"{t}")
outer = {"a": [d, L]}
print(outer)
m = [{"x": 1}]
m[0]["self"] = m
m.append(m)
print(m)
s = [1, 2]
print([s, s], (s, s))
