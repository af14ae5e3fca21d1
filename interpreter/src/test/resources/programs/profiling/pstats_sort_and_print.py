# pstats: every sort key and abbreviation, SortKey, reverse_order, restrictions (count, fraction, regex), callers and callees
import cProfile, pstats, io
from pstats import SortKey

ticks = [0]
def timer():
    ticks[0] += 3
    return ticks[0] / 1000

def leaf(x):
    return x * 2

def middle(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total

def top():
    parts = [middle(3), middle(2)]
    parts.sort()
    return sum(parts), max(parts), "-".join(map(str, parts))

pr = cProfile.Profile(timer)
with pr:
    top()

def show(*args, **kw):
    out = io.StringIO()
    st = pstats.Stats(pr, stream=out).strip_dirs()
    return st, out

for key in ['calls', 'ncalls', 'cumtime', 'cumulative', 'filename', 'line', 'module',
            'name', 'nfl', 'pcalls', 'stdname', 'time', 'tottime', 'cumul', 'tot', 'std', 'p']:
    st, out = show()
    st.sort_stats(key, 'name')
    print(key, st.sort_type, [f[2] for f in st.fcn_list])

for key in SortKey:
    st, out = show()
    st.sort_stats(key, SortKey.NAME)
    print(repr(key), key.value, st.sort_type, [f[2] for f in st.fcn_list])
print(SortKey('tottime'), SortKey('ncalls') is SortKey.CALLS, list(SortKey))

for n, word in ((-1, 'stdname'), (0, 'calls'), (1, 'time'), (2, 'cumulative')):
    st, out = show()
    st.sort_stats(n)
    other, out = show()
    print(n, st.sort_type, st.fcn_list == other.sort_stats(word).fcn_list)

st, out = show()
try:
    st.sort_stats('calls', SortKey.TIME)
except TypeError as e:
    print("TypeError:", e)
try:
    st.sort_stats('cum')
except KeyError as e:
    print("KeyError:", e)

st, out = show()
st.sort_stats(SortKey.CUMULATIVE, SortKey.NAME).reverse_order()
st.print_stats(3)
st.print_stats(0.5)
st.print_stats('leaf|middle')
st.print_stats('mid', 1)
st.print_stats('[')
st.print_stats(100)
st.print_callers()
st.print_callees('top')
st.print_callers('leaf')
print(out.getvalue())
