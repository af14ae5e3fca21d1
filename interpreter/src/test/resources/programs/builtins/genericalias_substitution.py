# Substitution in types.GenericAlias and types.UnionType (_Py_make_parameters, _Py_subs_parameters):
# __parameters__ in order of first appearance, nested aliases, unions of typing forms, starred
# tuples spread, TypeVarTuple and ParamSpec through __typing_prepare_subst__, the errors' text.
import collections.abc
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple

T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('params', lambda: dict[T, list[S]].__parameters__)
show('params dup', lambda: dict[T, dict[S, T]].__parameters__)
show('params union', lambda: (list[T] | dict[S, T] | None).__parameters__)
show('params typing', lambda: list[typing.List[T]].__parameters__)
show('params class', lambda: list[int].__parameters__)
show('list[T][int]', lambda: list[T][int])
show('dict[T, list[S]][str, int]', lambda: dict[T, list[S]][str, int])
show('dict[T, T][int]', lambda: dict[T, T][int])
show('tuple[T, ...][int]', lambda: tuple[T, ...][int])
show('list[T][list[S]]', lambda: list[T][list[S]])
show('list[T][list[S]][int]', lambda: list[T][list[S]][int])
show('too many', lambda: list[T][int, str])
show('too few', lambda: dict[T, S][int])
show('not generic', lambda: list[int][str])
show('union not generic', lambda: (int | str)[int])
show('union sub', lambda: (int | list[T])[str])
show('union to typing', lambda: (int | T)[str])
show('union optional', lambda: (list[T] | None)[int])
show('union same', lambda: (list[T] | list[S])[int, int])
show('union collapse', lambda: (list[T] | list[S])[int, int].__class__)
show('union typing arg', lambda: (list[T] | None)[typing.List[int]])
show('typing in alias', lambda: list[typing.List[T]][int])
show('starred', lambda: tuple[int, *Ts])
show('starred params', lambda: tuple[int, *Ts].__parameters__)
show('Ts sub', lambda: tuple[int, *Ts][str, bytes])
show('Ts empty', lambda: tuple[T, *Ts][int])
show('Ts with tuple', lambda: tuple[*Ts][*tuple[int, str]])
show('unpacked tuple arg', lambda: list[T][*tuple[int]])
show('alias starred', lambda: (*tuple[T],)[0][int])
show('P sub', lambda: collections.abc.Callable[P, T][[int, str], bool])
show('P sub bare', lambda: collections.abc.Callable[P, T][int, bool])
show('callable T', lambda: collections.abc.Callable[[T], T][int])
show('callable repr', lambda: collections.abc.Callable[[int, list[str]], dict[str, int]])
show('callable ...', lambda: collections.abc.Callable[..., int])
show('callable args', lambda: collections.abc.Callable[[int], str].__args__)
show('callable type', lambda: type(collections.abc.Callable[[int], str]).__mro__)
show('Mapping', lambda: collections.abc.Mapping[str, T][int])


class Subst:
    def __init__(self, name):
        self.name = name

    def __typing_subst__(self, arg):
        return f'<{self.name}={arg!r}>'

    def __repr__(self):
        return self.name


X = Subst('X')
show('custom subst', lambda: dict[X, int][str])
show('custom params', lambda: dict[X, list[X]].__parameters__)


class WithParams:
    __parameters__ = (T,)

    def __getitem__(self, item):
        return ('got', item)


show('subs_tvars', lambda: list[WithParams()][int])
