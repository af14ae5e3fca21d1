# typing.Any as 3.11 makes it: a class (metaclass _AnyMeta) that can be a base and a member of X | Y
# (a types.UnionType), refuses instantiation and isinstance(), pickles and copies as itself.
import typing
from typing import Any, Optional, Union, get_args
print(repr(Any), type(Any).__name__, int | Any, type(int | Any).__name__, Any | int, Any | None)
class C(Any):
    pass
print(C.__mro__, type(C()).__name__)
for f in (lambda: Any(), lambda: isinstance(1, Any), lambda: issubclass(int, Any), lambda: Any[int], lambda: isinstance(C(), C)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(get_args(int | Any), Optional[Any], Union[int, Any], Any.__module__, Any.__qualname__, Any.__name__)
def f(x: Any) -> Any: pass
print(typing.get_type_hints(f), typing.List[Any], dict[str, Any], Any == Any, hash(Any) == hash(Any))
import pickle, copy
print(pickle.loads(pickle.dumps(Any)) is Any, copy.copy(Any) is Any, copy.deepcopy(Any) is Any)
