# The iteration builtins against hand-written iterators: zip(strict=True) and which argument is
# named in its errors, zip/map stopping at the shortest (how many items each consumes), iter()
# with a sentinel (callable errors, StopIteration from the callable), enumerate's start types,
# filter(None), next() with a default, reversed/len of exhausted iterators, and an iterator whose
# __next__ raises after exhaustion being called again.
class Src:
    def __init__(self, name, n): self.name, self.n, self.i = name, n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            print(f'  {self.name} exhausted'); raise StopIteration
        self.i += 1
        return f'{self.name}{self.i}'
print(list(zip(Src('a', 2), Src('b', 3))))
a, b = Src('a', 3), Src('b', 1)
print(list(zip(a, b)), a.i, b.i)
for srcs in [(Src('a', 2), Src('b', 3)), (Src('a', 3), Src('b', 2)), (Src('a', 2), Src('b', 2), Src('c', 1)), ([1], [1], [1, 2])]:
    try:
        print(list(zip(*srcs, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
print(list(map(lambda *x: '+'.join(x), Src('m', 2), Src('n', 5))))
try:
    list(map(len))
except TypeError as e:
    print('TypeError:', e)
counter = iter(range(10)).__next__
print(list(iter(counter, 4)))
calls = []
def stopper():
    calls.append(1)
    if len(calls) > 2: raise StopIteration
    return len(calls)
print(list(iter(stopper, None)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
s = iter(lambda: 1, 1)
print(list(s), next(s, 'exhausted sentinel iter'))
print(list(enumerate('ab', start=10**20)), list(enumerate('ab', -1)), list(enumerate('ab', True)))
crossing = enumerate('wxyz', 2**63 - 2)
print(next(crossing), crossing.__reduce__()[1][1], list(crossing), crossing.__reduce__()[1][1] == 2**63 + 2)
big = enumerate(iter('pq'), -10**30)
next(big)
print(big.__reduce__()[1][1], list(big), type(enumerate([], 2**64)).__name__)
try:
    enumerate('ab', 1.5)
except TypeError as e:
    print('TypeError:', e)
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(bool, (False, True))))
e = Src('e', 1)
print(next(e), next(e, 'dflt'), next(e, None))
try:
    next(e)
except StopIteration as ex:
    print('StopIteration', ex.args)
try:
    next([1])
except TypeError as ex:
    print('TypeError:', ex)
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__(), list(it))
r = reversed([1, 2])
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
li = [1, 2, 3]
lit = iter(li)
next(lit)
li.append(4)
print(list(lit))
li2 = [1, 2, 3]
rit = reversed(li2)
li2.clear()
print(list(rit))
class Restart:
    def __init__(self): self.done = False
    def __iter__(self): return self
    def __next__(self):
        if self.done:
            self.done = False
            raise StopIteration
        self.done = True
        return 'once'
rs = Restart()
print(list(rs), list(rs), [x for x in rs])
print(sum(Src('s', 0), start=[]) if False else '', min(Src('x', 3)), max(Src('y', 2), key=len), sorted(Src('z', 2), reverse=True))
try:
    min(Src('w', 0))
except ValueError as ex:
    print('ValueError:', ex)
print(min(Src('w', 0), default='empty'), any(Src('q', 2)), all(x for x in Src('r', 0)))
print(dict(zip('abc', range(3))), dict(enumerate('xy')), list(zip()), list(zip('a', strict=True)))
