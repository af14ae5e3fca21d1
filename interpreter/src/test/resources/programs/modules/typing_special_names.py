# typing's less common names as programs import them: ParamSpec (args/kwargs), Concatenate, TypeVarTuple and
# Unpack, ForwardRef, TypeGuard, LiteralString, TypeAlias, the extra ABC aliases, assert_type/assert_never,
# reveal_type (on stderr), overload with get_overloads, is_typeddict, dataclass_transform.
import typing as t
P = t.ParamSpec('P'); Ts = t.TypeVarTuple('Ts')
print(P, repr(P.args), repr(P.kwargs), t.Concatenate[int, P], Ts, t.Unpack[Ts], t.Tuple[int, t.Unpack[Ts]], t.ForwardRef('X'), t.TypeGuard[int], t.LiteralString, t.TypeAlias, t.ByteString, t.ContextManager, t.AsyncGenerator, t.MappingView, t.AsyncContextManager[int])
print(t.Callable[P, int], t.Callable[t.Concatenate[int, P], int], P.__name__, t.assert_type(3, int), t.reveal_type(5))
try: t.assert_never(3)
except AssertionError as e: print(e)
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x): return x
print(len(t.get_overloads(f)), t.is_typeddict(dict), t.is_typeddict(t.TypedDict("A", {"x": int})))
@t.dataclass_transform()
def deco(c): return c
print(deco.__dataclass_transform__)
try: f2 = t.overload(lambda: 0); f2()
except NotImplementedError as e: print(e)
print(t.Concatenate[int, P].__args__, t.get_args(t.Callable[P, int]), [*Ts])
