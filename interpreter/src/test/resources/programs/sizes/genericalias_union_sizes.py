# collectors: generational marksweep
# Sizes and collector view of types.GenericAlias (80 bytes), generic_alias_iterator (40) and
# types.UnionType (48): sys.getsizeof, __sizeof__, tracking, gc.get_referents in traverse order
# (origin, args, then parameters once asked for), and a cycle through an alias collected.
import gc
import sys
import types
from typing import TypeVar

T = TypeVar('T')
a = dict[str, T]
u = int | str
it = iter(a)
print(sys.getsizeof(a), sys.getsizeof(u), sys.getsizeof(it), types.GenericAlias.__sizeof__(a), u.__sizeof__())
print(sys.getsizeof(next(iter(tuple[int]))), sys.getsizeof(list[int] | None))
try:
    a.__sizeof__()
except TypeError as e:
    print('TypeError', e)
print(gc.is_tracked(a), gc.is_tracked(u), gc.is_tracked(it))
print(gc.get_referents(a))
a.__parameters__
print(gc.get_referents(a))
print(gc.get_referents(u))
u.__parameters__
print(gc.get_referents(u))
print(gc.get_referents(it))
next(it)
print(gc.get_referents(it))

gc.collect()
holder = []
alias = types.GenericAlias(holder, (holder,))
holder.append(alias)
del holder, alias
print('collected', gc.collect())

before = len(gc.get_objects())
aliases = [list[int] for _ in range(100)]
print('tracked per alias', (len(gc.get_objects()) - before - 1) / 100)
del aliases
print(sys.getrefcount(list[int]), sys.getrefcount(int | str))
