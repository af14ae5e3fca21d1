# Object churn: 300k instances made, a method called, an attribute set (bench/README.md, issue 14).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
def f():
    t = 0
    for i in range(300000):
        p = P(i, 2)
        t += p.norm()
        p.x = 3
    return t
print(f())
