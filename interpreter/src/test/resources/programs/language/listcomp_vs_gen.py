# a list comprehension holds all its items; a generator expression one at a time
import sys
lc = [x * x for x in range(1000)]
ge = (x * x for x in range(1000))
print(sys.getsizeof(lc) > sys.getsizeof(ge))
print(sum(lc) == sum(ge))
print(sum(ge))
print(type(ge).__name__, ge.__name__ if hasattr(ge, '__name__') else '-')
print(list(x for x in range(3)))
