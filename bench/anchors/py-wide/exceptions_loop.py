# exceptions raised and caught in loops: try/except/finally, custom classes, KeyError, StopIteration.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(404, "missing %r" % (k,)) from None


d = {i: i * 2 for i in range(0, 1000, 3)}
total = 0
finals = 0
for i in range(300000):
    try:
        total += lookup(d, i % 1000)
    except NotFound as e:
        total += e.code
    except AppError:
        total -= 1
    finally:
        finals += 1
    try:
        int("x%d" % i if i % 4 == 0 else str(i))
    except ValueError:
        total += 1
    try:
        if i % 2:
            raise ZeroDivisionError
    except ArithmeticError:
        total += 2
it_total = 0
for _ in range(20000):
    it = iter(range(3))
    while True:
        try:
            it_total += next(it)
        except StopIteration:
            break
print(total, finals, it_total)
