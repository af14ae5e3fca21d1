# Advent-of-Code style: parsing a crate-stack drawing by columns, re for moves, deque rotations, str.ljust padding
import re
from collections import deque
INPUT = """    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2"""

drawing, moves = INPUT.split("\n\n")
lines = drawing.splitlines()
width = max(map(len, lines))
cols = ["".join(row) for row in zip(*(l.ljust(width) for l in lines))]
stacks = [list(c[:-1].strip()[::-1]) for c in cols if c[-1].isdigit()]
print(stacks)
steps = [tuple(map(int, m)) for m in re.findall(r"move (\d+) from (\d+) to (\d+)", moves)]
print(steps)

def run(model):
    st = [s[:] for s in stacks]
    for n, a, b in steps:
        moved = st[a - 1][-n:]
        del st[a - 1][-n:]
        st[b - 1].extend(moved[::-1] if model == 9000 else moved)
    return "".join(s[-1] if s else " " for s in st)
print(run(9000), run(9001))
d = deque(range(10), maxlen=7)
d.rotate(3); print(d)
d.rotate(-5); print(d, d.maxlen)
d.extendleft("ab"); print(d)
print(d.index(5), d.count(5), d[0], d[-1])
try:
    d.index(99)
except ValueError as e:
    print(e)
print(re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"), re.split(r"(,)\s*", "a, b,c"))
