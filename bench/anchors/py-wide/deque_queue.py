# collections.deque as queue and ring buffer; BFS over a grid graph.
from collections import deque

q = deque()
total = 0
for i in range(600000):
    q.append(i)
    if len(q) > 100:
        total += q.popleft()
ring = deque(maxlen=50)
for i in range(400000):
    ring.append(i)
    if i % 1000 == 0:
        ring.rotate(7)
        total += ring[0] + ring[-1]
W = 300
dist = {(0, 0): 0}
fr = deque([(0, 0)])
while fr:
    x, y = fr.popleft()
    d = dist[(x, y)]
    for nx, ny in ((x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1)):
        if 0 <= nx < W and 0 <= ny < W and (nx * 7 + ny * 3) % 11 and (nx, ny) not in dist:
            dist[(nx, ny)] = d + 1
            fr.append((nx, ny))
total += len(dist) + max(dist.values())
stack = deque()
for i in range(300000):
    stack.appendleft(i)
    if i % 3 == 0:
        total += stack.popleft()
print(total, len(stack))
