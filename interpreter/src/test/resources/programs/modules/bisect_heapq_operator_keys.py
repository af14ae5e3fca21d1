# bisect, heapq and operator as a ranking and scheduling module uses them: bisect with key= on
# records (3.10+), insort with key, lo/hi bounds and their errors, heapq.merge with key and
# reverse, nlargest/nsmallest with keys and ties, heappushpop/heapreplace, attrgetter with dotted
# names and several fields, itemgetter on dicts and slices, methodcaller with arguments, their
# reprs and errors.
import bisect
import heapq
import operator
from dataclasses import dataclass

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    age: int
    home: Address

people = [Person('ann', 31, Address('Oslo', '0150')), Person('bob', 25, Address('Bergen', '5003')),
          Person('cy', 31, Address('Aarhus', '8000')), Person('di', 19, Address('Oslo', '0151'))]
by_age = sorted(people, key=operator.attrgetter('age'))
ages = [p.age for p in by_age]
print(ages, bisect.bisect_left(by_age, 31, key=operator.attrgetter('age')),
      bisect.bisect_right(by_age, 31, key=operator.attrgetter('age')))
bisect.insort(by_age, Person('ed', 27, Address('Lund', '2220')), key=operator.attrgetter('age'))
print([p.name for p in by_age])
print(bisect.bisect([1, 2, 4, 4, 8], 4, lo=1, hi=3), bisect.bisect_left([1, 2, 4, 4, 8], 4, 3))
for bad in [lambda: bisect.bisect([1], 1, lo=-1), lambda: bisect.insort(None, 1), lambda: bisect.bisect([1, 'a'], 0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 77, 90, 100)])

city = operator.attrgetter('home.city')
print(sorted(map(city, people)), operator.attrgetter('name', 'home.zip')(people[0]))
print(repr(city), repr(operator.attrgetter('a', 'b.c')), repr(operator.itemgetter(1, 'k')))
print(repr(operator.methodcaller('split', ',', maxsplit=1)), repr(operator.methodcaller('upper')))
print(operator.methodcaller('split', ',', maxsplit=1)('a,b,c'), operator.methodcaller('rjust', 5, '*')('x'))
print(operator.itemgetter(slice(1, 3))('abcdef'), operator.itemgetter('x', 'y')({'x': 1, 'y': 2}))
for bad in [lambda: operator.attrgetter(1), lambda: city(object()), lambda: operator.itemgetter(5)([1]),
            lambda: operator.methodcaller(), lambda: operator.attrgetter('home.nope')(people[0]),
            lambda: operator.itemgetter()]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)

logs = [[(1, 'a1'), (5, 'a5'), (9, 'a9')], [(2, 'b2'), (5, 'b5')], [(3, 'c3'), (10, 'c10')]]
print([m for _, m in heapq.merge(*logs)])
print(list(heapq.merge(*[list(reversed(l)) for l in logs], key=operator.itemgetter(0), reverse=True))[:4])
print(list(heapq.merge(['apple', 'fig'], ['kiwi', 'banana'], key=len)))
print(heapq.nlargest(2, people, key=operator.attrgetter('age')))
print([p.name for p in heapq.nsmallest(3, people, key=lambda p: (p.home.city, p.age))])
print(heapq.nlargest(3, [5, 1, 5, 3, 5]), heapq.nsmallest(0, [1, 2]), heapq.nlargest(1, []),
      heapq.nsmallest(10, 'hello'), heapq.nlargest(2, {'b': 1, 'a': 2}, key=str.upper))
h = [5, 7, 9]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 1), h, heapq.heappop(h))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
tasks = []
for prio, name in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(operator.index(7), operator.length_hint(iter([1, 2, 3])), operator.concat([1], [2]),
      operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.is_not(None, 1))
