# typing.NewType is a class in 3.11: calling it returns the argument, its repr is
# module.qualname, it combines with | into a Union, pickles by name, and subclassing it is
# refused with a hint.
from typing import NewType, get_type_hints, Optional
UserId = NewType("UserId", int)
Deep = NewType("pkg.Deep", UserId)
print(UserId(5), UserId.__name__, UserId, repr(Deep), Deep.__name__, Deep.__qualname__, Deep.__supertype__)
print(UserId | None, None | UserId, type(UserId).__name__, UserId.__module__)
try:
    class X(UserId): pass
except TypeError as e:
    print(e)
def f(u: UserId) -> Optional[UserId]: ...
print(get_type_hints(f), callable(UserId), UserId.__reduce__())
import pickle
print(pickle.loads(pickle.dumps(UserId)) is UserId)
