# an Advent-of-Code style puzzle over an embedded input: counting cave paths with small caves visited once
from collections import defaultdict

INPUT = """\
dc-end
HN-start
start-kj
dc-start
dc-HN
LN-dc
HN-end
kj-sa
kj-HN
kj-dc"""

graph = defaultdict(set)
for line in INPUT.splitlines():
    a, b = line.split("-")
    graph[a].add(b)
    graph[b].add(a)

def count(node, seen, twice_used):
    if node == "end":
        return 1
    total = 0
    for nxt in sorted(graph[node]):
        if nxt == "start":
            continue
        if nxt.islower() and nxt in seen:
            if twice_used:
                continue
            total += count(nxt, seen, True)
        else:
            total += count(nxt, seen | {nxt} if nxt.islower() else seen, twice_used)
    return total

print("part 1:", count("start", {"start"}, True))
print("part 2:", count("start", {"start"}, False))

def paths(node, path):
    if node == "end":
        yield ",".join(path)
        return
    for nxt in sorted(graph[node]):
        if nxt.islower() and nxt in path:
            continue
        yield from paths(nxt, path + [nxt])
all_paths = sorted(paths("start", ["start"]))
print(len(all_paths), all_paths[:3], max(all_paths, key=len))
print({k: sorted(v) for k, v in sorted(graph.items())})
