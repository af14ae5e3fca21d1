# user generics at run time: a typed Stack[T] with __class_getitem__ from Generic, __orig_class__ on instances, TypeVar defaults of reprs, Generic subclass parameters, isinstance refusing subscripted generics
from typing import Generic, TypeVar, Iterator, Optional, get_args, get_origin
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __len__(self) -> int:
        return len(self._items)
    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._items})"

s = Stack[int]()
s.push(1); s.push(2)
print(s, list(s), s.pop(), len(s), s.__orig_class__, get_args(s.__orig_class__), get_origin(Stack[int]) is Stack)
try:
    Stack().pop()
except IndexError as e:
    print(e)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
class StrPair(Pair[str, V]):
    pass
print(Pair.__parameters__, StrPair.__parameters__, StrPair[int], StrPair.__orig_bases__, Pair[str, int].__args__)
for bad in (lambda: Pair[int], lambda: Stack[int, str], lambda: isinstance(s, Stack[int]), lambda: Generic[int], lambda: Pair[T, T]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(s, Stack), issubclass(StrPair, Pair), Stack[int] == Stack[int], Stack[int] != Stack[str], hash(Stack[int]) == hash(Stack[int]))
class Tree(Generic[T]):
    def __init__(self, value: T, children: Optional[list["Tree[T]"]] = None):
        self.value, self.children = value, children or []
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
t = Tree[str]("root", [Tree("a", [Tree("a1")]), Tree("b")])
print(list(t.walk()), Tree.__init__.__annotations__)
print(repr(T), T.__name__, T.__covariant__, TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True))
print(list[T][int], dict[K, list[V]][str, float], tuple[T, ...][bytes])
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
