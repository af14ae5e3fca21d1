# hexiom-like search: a sliding-tile puzzle solved by BFS over tuple states, dict of seen states.
from collections import deque


def neighbours(state, w, h):
    z = state.index(0)
    zx, zy = z % w, z // w
    out = []
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = zx + dx, zy + dy
        if 0 <= nx < w and 0 <= ny < h:
            n = ny * w + nx
            s = list(state)
            s[z], s[n] = s[n], s[z]
            out.append(tuple(s))
    return out


def bfs(start, w, h, limit):
    seen = {start: 0}
    q = deque([start])
    while q and len(seen) < limit:
        s = q.popleft()
        d = seen[s]
        for n in neighbours(s, w, h):
            if n not in seen:
                seen[n] = d + 1
                q.append(n)
    return len(seen), max(seen.values()), sum(seen.values()) % 1000003


print(bfs((1, 2, 3, 4, 5, 6, 7, 8, 0), 3, 3, 200000))
