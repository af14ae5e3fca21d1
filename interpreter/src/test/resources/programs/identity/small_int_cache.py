# Ints from -5 to 256 are preallocated: any computation that yields one returns the shared object.
def runtime(v):
    return int(str(v))

cached = [v for v in range(-20, 300) if runtime(v) is runtime(v)]
print(cached[0], cached[-1], len(cached), cached == list(range(-5, 257)))
print(runtime(256) is runtime(256), runtime(257) is runtime(257))
a = 100
b = 50 + 50
print(a is b, (a * 3) is (b * 3))
n256 = 256
print(sum([1] * 256) is n256)
