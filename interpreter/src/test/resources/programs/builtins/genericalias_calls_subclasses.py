# types.GenericAlias called (ga_call: the origin's instance, __orig_class__ set where it can be),
# subclassed (ga_new refuses keywords also for a subclass in 3.11; substitution and iteration give
# plain aliases), compared and hashed (starred against plain, unhashable arguments), in match
# class patterns, and unions built by functools.reduce with | as copyreg.pickle_union does.
import functools
import typing
import types


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Box:
    pass


class Slotted:
    __slots__ = ()


t('call', lambda: dict[str, int](a=1, b=2))
t('orig_class', lambda: types.GenericAlias(Box, int)().__orig_class__)
t('no orig_class int', lambda: types.GenericAlias(int, int)(5))
t('no orig_class slots', lambda: type(types.GenericAlias(Slotted, int)()).__name__)
t('callable', lambda: callable(list[int]))
t('call not callable', lambda: types.GenericAlias(3, int)())
t('eq other', lambda: list[int] == 1)
t('ne', lambda: list[int] != list[str])
t('eq origin', lambda: types.GenericAlias(list, int) == list[(int,)])
t('hash unhashable', lambda: hash(list[[1]]))
t('starred eq', lambda: next(iter(tuple[int])) == tuple[int])
t('starred hash', lambda: hash(next(iter(tuple[int]))) == hash(tuple[int]))
t('starred getitem', lambda: next(iter(tuple[typing.TypeVar('T')]))[int])
t('isinstance type', lambda: isinstance(list[int], type))


class G(types.GenericAlias):
    def __init__(self, origin, args, extra=None):
        self.extra = extra


class G2(types.GenericAlias):
    pass


t('sub kw', lambda: G(list, int, extra=1))
t('sub kw2', lambda: G2(list, int, extra=1))
t('sub', lambda: (type(G(list, int)).__name__, G2(list, int)))
t('sub getitem', lambda: G2(list, typing.TypeVar('T'))[int])
t('sub getitem type', lambda: type(G2(list, typing.TypeVar('T'))[int]).__name__)
t('sub iter type', lambda: type(next(iter(G2(list, int)))).__name__)
t('sub reduce', lambda: G2(list, int).__reduce__())
t('sub eq', lambda: G2(list, int) == list[int])
t('sub dir', lambda: [n for n in dir(G2(list, int)) if n not in dir(list)])
t('del attr', lambda: delattr(list[int], 'x'))

LI = list[int]


def m(x):
    match x:
        case LI():
            return 'matched'
    return 'no'


t('match', lambda: m([]))
t('reduce or', lambda: functools.reduce(lambda a, b: a | b, [int, str, None, int]))
t('none or none', lambda: None | None)
t('type or none', lambda: type(None) | None)
t('union params order', lambda: (dict[typing.TypeVar('A'), int] | list[typing.TypeVar('B')]).__parameters__)
t('union in alias', lambda: dict[str, int | None].__args__)
