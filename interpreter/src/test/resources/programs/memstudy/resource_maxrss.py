# Peak resident memory with the resource module (values vary; print what is stable).
import resource
import sys

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__)
print("ru_maxrss is int:", isinstance(usage.ru_maxrss, int), usage.ru_maxrss > 0)
print("ru_utime is float:", isinstance(usage.ru_utime, float))
print("fields:", len(usage), usage.n_fields if hasattr(usage, "n_fields") else None)
print("tuple view:", len(tuple(usage)))
print("ru_maxrss == usage[2]:", usage.ru_maxrss == usage[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
big = bytearray(50 * 1024 * 1024)
for i in range(0, len(big), 4096):
    big[i] = 1
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("maxrss never goes down:", after >= before)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print("children maxrss >= 0:", children.ru_maxrss >= 0)
print("page size:", resource.getpagesize())
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print("nofile limit ints:", isinstance(soft, int), isinstance(hard, int))
print("RLIM_INFINITY:", resource.RLIM_INFINITY)
print("constants:", resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
try:
    resource.getrusage(42)
except ValueError as e:
    print("ValueError:", e)
print("error is OSError:", resource.error is OSError)
