# typing's special forms subscripted as a library checks them: Literal flattening nested
# Literals and dropping duplicates by value and type (1 and True both kept), Literal equality
# ignoring order, subscriptions cached (the same object back), Union deduplication needing
# hashable arguments, Optional of one type only, and the TypeErrors for tuples and bare
# special forms inside Union.
from typing import Any, ClassVar, Generic, List, Literal, NoReturn, Optional, Union, get_args

print(Literal[1, 2] is Literal[1, 2], Optional[int] is Optional[int], Union[int, str] is Union[int, str], List[int] is List[int], ClassVar[int] is ClassVar[int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[Literal[1, 2], 3], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Literal[1, True, 1.0, 1], Literal[[1], [1]], Literal[0] == {0}, Literal[{1}, {1}], Literal[1, 2, 1], get_args(Literal[3, 3]))
print(Literal[1, True], Literal["a", "b", "a"], Literal[1] != Literal[2], Literal[1] == int, Optional[Literal[1]])
print(Union[int, Literal[1, 1]], Union[int, Optional[str]], Union[Union[int, str], bytes, int], Optional[Optional[int]])
for expr in ["Union[[1]]", "Union[int, (str,)]", "Optional[int, str]", "Union[Generic]", "Union[ClassVar]", "Union[Any, int]", "Optional[()]",
             "Union[int, 'str', None]", "Literal[1, 2][int]", "Optional[Union[int, None]]", "Union[1, 2]", "Union[int, NoReturn]", "Union[()]"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
