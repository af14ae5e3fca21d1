"""Container types beyond dict, list, set and tuple: namedtuple, Counter, ChainMap, UserDict,
UserList and UserString here; deque, defaultdict and OrderedDict are the runtime's (_collections).
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque',
           'namedtuple']

import _collections_abc
import sys as _sys
from _collections import deque, defaultdict, OrderedDict

_collections_abc.MutableSequence.register(deque)

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


# Objects whose repr is being computed, per thread: a container met again inside its own repr
# shows as '...'.
_repr_running = set()


def _repr_enter(obj):
    key = (id(obj), _get_ident())
    if key in _repr_running:
        return False
    _repr_running.add(key)
    return True


def _repr_leave(obj):
    _repr_running.discard((id(obj), _get_ident()))


# --- namedtuple ---

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
    'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield'])


class _tuplegetter:
    # The descriptor of a namedtuple field: reads item `index` of the tuple; read-only. (No class
    # docstring: __doc__ is a slot, the field's doc.)
    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self.index}' for tuple subclasses doesn't apply to "
                            f"'{type(instance).__name__}' object")
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self.index}, {self.__doc__!r})'

    def __reduce__(self):
        return type(self), (self.index, self.__doc__)


try:
    from _collections import _tuplegetter
except ImportError:
    pass


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple, typename, whose items are also reachable as attributes named by
    field_names (a sequence of names, or one string of names separated by spaces or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen:
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in (typename, *field_names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        # the defaults belong to the last fields
        first = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first + i]] = defaults[i]

    field_names = tuple([_sys.intern(name) for name in field_names])
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join([f'{name}=%r' for name in field_names]) + ')'
    tuple_new = tuple.__new__

    # __new__ is compiled from source so that it has the fields as its parameters: calls get
    # Python's own argument binding and error messages.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return f'{self.__class__.__name__}{repr_fmt % self}'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# --- Counter ---

# adds one to mapping[item] for each item of an iterable
from _collections import _count_elements


def _count_of(pair):
    return pair[1]


def _repeat_each(pairs):
    for item, count in pairs:
        for _ in range(count):
            yield item


class Counter(dict):
    """A dict of counts: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}). A missing item
    counts 0; counts may be zero or negative."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """An item not counted counts 0 (and is not added)."""
        return 0

    def total(self):
        """The counts added up."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (item, count) pairs from the highest count down, the n first when n is given;
        equal counts keep the order the items were first counted in."""
        if n is None:
            return sorted(self.items(), key=_count_of, reverse=True)
        # heapq's selection: the same pairs as a full sort, and its answers to an odd n
        from heapq import nlargest
        return nlargest(n, self.items(), key=_count_of)

    def elements(self):
        """Each item repeated as many times as its count (items counting 0 or less not at all)."""
        return _repeat_each(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts: of each item of an iterable, or the counts of a mapping, then of the
        keywords."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for item, count in iterable.items():
                        self[item] = count + get(item, 0)
                else:
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts, as update adds them; counts may go below zero."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for item, count in iterable.items():
                    self[item] = get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new counter of the same class with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Forgets an item; no error if it was not counted."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that do not order
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    def _all_counts(self, other, test):
        for counter in (self, other):
            for item in counter:
                if not test(self[item], other[item]):
                    return False
        return True

    def __eq__(self, other):
        """Whether every item has the same count in both (absent counting 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _equal)

    def __ne__(self, other):
        """Whether some item has different counts (absent counting 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Whether no count here exceeds the other's."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _at_most)

    def __lt__(self, other):
        """<= and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Whether no count here is below the other's."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _at_least)

    def __gt__(self, other):
        """>= and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        """Counts added; only positive results kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            total = count + other[item]
            if total > 0:
                result[item] = total
        for item, count in other.items():
            if item not in self and count > 0:
                result[item] = count
        return result

    def __sub__(self, other):
        """Counts subtracted; only positive results kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            rest = count - other[item]
            if rest > 0:
                result[item] = rest
        for item, count in other.items():
            if item not in self and count < 0:
                result[item] = 0 - count
        return result

    def __or__(self, other):
        """The larger count of each item; only positive results kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            theirs = other[item]
            larger = theirs if count < theirs else count
            if larger > 0:
                result[item] = larger
        for item, count in other.items():
            if item not in self and count > 0:
                result[item] = count
        return result

    def __and__(self, other):
        """The smaller count of each item; only positive results kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item, count in self.items():
            theirs = other[item]
            smaller = count if count < theirs else theirs
            if smaller > 0:
                result[item] = smaller
        return result

    def __pos__(self):
        """The positive counts only."""
        result = Counter()
        for item, count in self.items():
            if count > 0:
                result[item] = count
        return result

    def __neg__(self):
        """The negative counts, negated (an empty counter minus this one)."""
        result = Counter()
        for item, count in self.items():
            if count < 0:
                result[item] = 0 - count
        return result

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            theirs = other[item]
            if theirs < count:
                self[item] = theirs
        return self._keep_positive()


def _equal(a, b):
    return a == b


def _at_most(a, b):
    return a <= b


def _at_least(a, b):
    return a >= b


# --- ChainMap and the User* wrappers ---

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one: a lookup tries each in turn; writes and deletions go to
    the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # first occurrence wins; the order is that of the last mapping first
        seen = {}
        for mapping in reversed(self.maps):
            seen.update(dict.fromkeys(mapping))
        return iter(seen)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        if not _repr_enter(self):
            return '...'
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_leave(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap of the same class over a copy of the first map and the same other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated by the keywords) before these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Removes and returns an item of the first map; KeyError if it is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Removes key from the first map and returns its value; KeyError if it is not there."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empties the first map only."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class UserDict(_collections_abc.MutableMapping):
    """A mapping class to subclass, keeping its items in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    # no get() of its own: 3.11's is Mapping's (self[key], so a subclass's __missing__ answers too)

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        data = self.data
        try:
            self.data = {}
            c = self.__class__(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list class to subclass, keeping its items in the list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _plain(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str class to subclass, keeping its text in the str self.data; the str methods that make a
    new string give an instance of the subclass."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def _plain(self, other):
        return other.data if isinstance(other, UserString) else other

    def _new(self, text):
        return self.__class__(text)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == self._plain(string)

    def __lt__(self, string):
        return self.data < self._plain(string)

    def __le__(self, string):
        return self.data <= self._plain(string)

    def __gt__(self, string):
        return self.data > self._plain(string)

    def __ge__(self, string):
        return self.data >= self._plain(string)

    def __contains__(self, char):
        return self._plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self._new(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self._new(self.data + other.data)
        if isinstance(other, str):
            return self._new(self.data + other)
        return self._new(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self._new(other + self.data)
        return self._new(str(other) + self.data)

    def __mul__(self, n):
        return self._new(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self._new(self.data % args)

    def __rmod__(self, template):
        return self._new(str(template) % self)

    def capitalize(self):
        return self._new(self.data.capitalize())

    def casefold(self):
        return self._new(self.data.casefold())

    def center(self, width, *args):
        return self._new(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._plain(sub), start, end)

    def removeprefix(self, prefix, /):
        return self._new(self.data.removeprefix(self._plain(prefix)))

    def removesuffix(self, suffix, /):
        return self._new(self.data.removesuffix(self._plain(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding if encoding else 'utf-8', errors if errors else 'strict')

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self._new(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._plain(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._plain(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self._new(self.data.ljust(width, *args))

    def lower(self):
        return self._new(self.data.lower())

    def lstrip(self, chars=None):
        return self._new(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self._new(self.data.replace(self._plain(old), self._plain(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._plain(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._plain(sub), start, end)

    def rjust(self, width, *args):
        return self._new(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self._new(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self._new(self.data.strip(chars))

    def swapcase(self):
        return self._new(self.data.swapcase())

    def title(self):
        return self._new(self.data.title())

    def translate(self, *args):
        return self._new(self.data.translate(*args))

    def upper(self):
        return self._new(self.data.upper())

    def zfill(self, width):
        return self._new(self.data.zfill(width))
