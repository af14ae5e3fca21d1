"""Shallow and deep copy operations: copy(x), deepcopy(x, memo=None), replace is 3.13 (absent).

Instances of classes are copied through __copy__/__deepcopy__ when they define them, else through
__reduce_ex__(4) when the class defines its own, else as CPython's object.__reduce_ex__ does for a
plain class: a new object from cls.__new__(cls) with the __dict__ and the __slots__ values copied
(shallowly or deeply)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), frozenset, type(len), type(lambda: 0), property, slice)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + c.__name__.lstrip('_') + name
            names.append(name)
    return names


def _own_reduce(cls):
    for c in cls.__mro__:
        if c is object:
            return None
        if '__reduce_ex__' in c.__dict__:
            return c.__dict__['__reduce_ex__']
        if '__reduce__' in c.__dict__:
            return c.__dict__['__reduce__']
    return None


def _set_state(y, state, memo, deep):
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        y.__dict__.update(state)


def _reconstruct(x, memo, deep, cls):
    reducer = _own_reduce(cls)
    if reducer is not None:
        rv = getattr(x, reducer.__name__)(4) if reducer.__name__ == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
        if deep:
            memo[id(x)] = y
        if state is not None:
            _set_state(y, state, memo, deep)
        return y
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getattr(getstate, '__qualname__', '') != 'object.__getstate__':
        _set_state(y, x.__getstate__(), memo, deep)
        return y
    d = getattr(x, '__dict__', None)
    if d:
        y.__dict__.update(deepcopy(d, memo) if deep else d)
    for name in _slot_names(cls):
        try:
            v = getattr(x, name)
        except AttributeError:
            continue
        object.__setattr__(y, name, deepcopy(v, memo) if deep else v)
    return y


def copy(x):
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls.__module__ == 'builtins' and _own_reduce(cls) is None and not hasattr(x, '__dict__'):
        raise Error(f'un(shallow)copyable object of type {cls}')
    return _reconstruct(x, None, False, cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is bytearray:
        y = x.copy()
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True, cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
