# Profile objects nested and used in turn: the thread has one profile
# function, so enabling a second profiler stops the first; each keeps what it
# counted; clear() forgets; a profiler can be enabled again.
import sys
import cProfile
import pstats
import io

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

def leaf(x):
    return x + 1

def mid(x):
    return leaf(x) * 2

def top():
    return [mid(i) for i in range(3)]

def counts(p):
    p.create_stats()
    return sorted((k[2], v[0], v[1]) for k, v in p.stats.items())

outer = cProfile.Profile(timer)
inner = cProfile.Profile(timer)
outer.enable()
mid(1)
inner.enable()          # replaces outer as the profile function
top()
inner.disable()         # the thread has no profile function now
mid(2)                  # not counted by either
print(sys.getprofile())
outer.disable()
print("outer", counts(outer))
print("inner", counts(inner))

# the with-statement nests the same way
with cProfile.Profile(timer) as a:
    leaf(1)
    with cProfile.Profile(timer) as b:
        leaf(2)
    leaf(3)             # a is no longer the hook
print("a", counts(a))
print("b", counts(b))

# enable again after disable adds to the figures; clear() forgets them
p = cProfile.Profile(timer)
p.runcall(top)
p.runcall(top)
print("twice", counts(p))
p.clear()
p.runcall(leaf, 1)
print("cleared", counts(p))

# clear() while enabled drops the open contexts: returns are not counted
p = cProfile.Profile(timer)
def clearing():
    p.clear()
    leaf(0)
    return 1
p.enable()
clearing()
p.disable()
print("clear inside", counts(p))

# subcalls and builtins flags
for flags in [(True, True), (False, True), (True, False), (False, False)]:
    q = cProfile.Profile(timer)
    q.enable(*flags)
    top()
    len([])
    q.disable()
    stats = q.getstats()
    print(flags, sorted(str(e.code) if isinstance(e.code, str) else e.code.co_name for e in stats),
          sorted(len(e.calls) if e.calls else 0 for e in stats))

s = io.StringIO()
st = pstats.Stats(inner, stream=s)
st.sort_stats("calls", "name").print_stats()
print("\n".join(line for line in s.getvalue().splitlines()[2:] if line.strip()))
