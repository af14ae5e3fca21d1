# IndexError in a matrix access inside a method called from a loop, and string index errors caught first.
s = "hello"
for i in [0, -1, 4, 5, -6]:
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
print(s[2:100], s[-100:2], s[::-2], [][5:])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)

class Grid:
    def __init__(self, w, h):
        self.cells = [[0] * w for _ in range(h)]
    def get(self, x, y):
        return self.cells[y][x]

g = Grid(3, 2)
for x, y in [(0, 0), (2, 1), (3, 1)]:
    print(g.get(x, y))
