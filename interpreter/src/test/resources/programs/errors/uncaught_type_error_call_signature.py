# TypeErrors about calls: missing, unexpected and duplicate arguments, positional-only and keyword-only
def connect(host, port=80, /, *, timeout=5, **options):
    return f"{host}:{port} t={timeout} {options}"

print(connect("h"))
print(connect("h", 8080, timeout=1, retries=2))
calls = [
    lambda: connect(),
    lambda: connect("h", 1, 2),
    lambda: connect(host="h"),
    lambda: connect("h", timeout=1, timeout2=3, **{"timeout": 2}),
    lambda: connect("h", **{1: 2}),
    lambda: connect(*5),
    lambda: connect("h", **[1]),
    lambda: len(),
    lambda: len([], []),
    lambda: int("1", base=2, x=3),
    lambda: sorted([1], lambda x: x),
    lambda: "abc".split(maxsplit="2"),
    lambda: dict(1, 2),
    lambda: (lambda a, b, *, c: 0)(1, c=3),
    lambda: (lambda *, a, b: 0)(),
    lambda: max(),
    lambda: getattr(1),
    lambda: isinstance(1, "int"),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
print(p.move(1, 1).x)
p.move(1, dz=3)
