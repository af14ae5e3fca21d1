# typing.Annotated as programs use it for validation metadata: get_type_hints drops the metadata
# unless include_extras=True (also inside List, Optional, Union, dict[...] and in class bodies),
# get_origin/get_args, nesting flattened, and Annotated's own errors (it is a class in 3.11).
from typing import Annotated, List, Optional, Union, get_type_hints, get_origin, get_args
import typing

Positive = Annotated[int, 'positive']

def order(qty: Positive, name: Annotated[str, 'name', 3], tags: List[Annotated[str, 'tag']],
          note: Optional[Annotated[str, 'note']] = None, extra: dict[str, Annotated[float, 'x']] = {},
          either: Union[Annotated[int, 1], str] = 0) -> Annotated[bool, 'ok']:
    return True

for k, v in get_type_hints(order).items():
    print('plain', k, v)
for k, v in get_type_hints(order, include_extras=True).items():
    print('extras', k, v)

class Model:
    id: Annotated[int, 'primary key']
    name: 'Annotated[str, "forward"]'
    score: float

class Child(Model):
    extra: Annotated[list[int], 'items']

print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True))

print(Positive, Positive.__origin__, Positive.__metadata__, get_origin(Positive), get_args(Positive))
nested = Annotated[Positive, 'small']
print(nested, nested.__metadata__, get_args(nested), nested.__origin__)
print(Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2], Annotated[int, 1] == int)
print(Annotated, type(Annotated), get_origin(Annotated[list[int], 0]) is Annotated, typing.get_origin(int))

def check(fn, **values):
    # a validator reading the metadata of each parameter
    hints = get_type_hints(fn, include_extras=True)
    for name, value in values.items():
        hint = hints[name]
        if get_origin(hint) is Annotated and 'positive' in hint.__metadata__ and value <= 0:
            print('invalid', name, value)
        else:
            print('valid', name, value)

check(order, qty=5)
check(order, qty=-1, name='x')

for bad in (lambda: Annotated[int], lambda: Annotated(), lambda: type('Sub', (Annotated,), {})):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
