# A memory report a developer writes: top-N lines with sizes in KiB, and the StatisticDiff repr.
import tracemalloc
import linecache

def display_top(snapshot, key_type="lineno", limit=3):
    snapshot = snapshot.filter_traces((
        tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
        tracemalloc.Filter(False, "<unknown>"),
        tracemalloc.Filter(True, __file__),
    ))
    top_stats = snapshot.statistics(key_type)
    print(f"Top {limit} lines")
    for index, stat in enumerate(top_stats[:limit], 1):
        frame = stat.traceback[0]
        print(f"#{index}: line {frame.lineno}: {stat.size / 1024:.1f} KiB in {stat.count} blocks")
        line = linecache.getline(frame.filename, frame.lineno).strip()
        if line:
            print("    " + line)
    other = top_stats[limit:]
    if other:
        size = sum(stat.size for stat in other)
        print(f"{len(other)} other: {size / 1024:.1f} KiB")
    total = sum(stat.size for stat in top_stats)
    print(f"Total allocated size: {total / 1024:.1f} KiB")

tracemalloc.start()
squares = {i: i * i for i in range(2000)}
words = [f"word{i}" for i in range(1500)]
matrix = [[0.0] * 50 for _ in range(40)]
pairs = [(i, i + 1) for i in range(800)]
snapshot = tracemalloc.take_snapshot()
display_top(snapshot)
display_top(snapshot, limit=6)
old = snapshot
words.extend(f"more{i}" for i in range(500))
new = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
old = old.filter_traces([tracemalloc.Filter(True, __file__)])
diff = [d for d in new.compare_to(old, "lineno") if d.size_diff]
for d in diff[:2]:
    print(str(d).split("py:")[1])
print(repr(diff[0]).split(" ")[0])
