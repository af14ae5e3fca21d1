# Advent of Code 2017 day 3 ("Spiral Memory"): Manhattan distances on the square spiral by
# arithmetic on rings and by walking a generator of coordinates, then the stress test that
# writes neighbour sums until a value exceeds the input; complex numbers as 2-D points.
import itertools, math

def ring_distance(n):
    if n == 1:
        return 0
    ring = math.ceil((math.sqrt(n) - 1) / 2)
    side = 2 * ring
    corner = (2 * ring + 1) ** 2
    offset = (corner - n) % side
    return ring + abs(offset - ring)

def spiral():
    pos, step = 0j, 1j ** 0
    yield pos
    length = 1
    direction = 1
    while True:
        for _ in range(2):
            for _ in range(length):
                pos += direction
                yield pos
            direction *= 1j
        length += 1

def walk_distance(n):
    p = next(itertools.islice(spiral(), n - 1, None))
    return int(abs(p.real) + abs(p.imag)), p

def stress(limit):
    values = {0j: 1}
    for p in itertools.islice(spiral(), 1, None):
        v = sum(values.get(p + dx + dy * 1j, 0) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        values[p] = v
        if v > limit:
            return v, len(values)

for n in [1, 12, 23, 1024, 368078]:
    print(n, ring_distance(n), walk_distance(n))
print([p for p in itertools.islice(spiral(), 10)])
print(stress(747), stress(368078))
print(1j ** 2, (1 + 2j) * 1j, abs(3 + 4j), (2 + 0j) ** 0.5, complex("1-2j").conjugate(), (1j).real, type((1j).imag).__name__)
