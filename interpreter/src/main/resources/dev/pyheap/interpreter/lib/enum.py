"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumType (EnumMeta).

Members are the class attributes of an Enum class body that are not descriptors (functions,
properties, class/static methods) and not _sunder_/__dunder__ names, in definition order; auto()
values are numbered as CPython numbers them (last value + 1; powers of two for Flag; the lower-case
name for StrEnum). Reprs, str(), format(), lookups and errors are CPython 3.11's."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto',
           'unique', 'ReprEnum', 'global_enum', 'verify', 'member', 'nonmember', 'property',
           'EnumCheck', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'UNIQUE',
           'CONTINUOUS', 'NAMED_FLAGS']

from types import DynamicClassAttribute

_builtin_property = property
MappingProxyType = type(type.__dict__)


class auto:
    _counter = 0

    def __init__(self, value=None):
        self.value = value if value is not None else _AUTO
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _AutoValue:
    def __repr__(self):
        return '_auto_null'


_AUTO = _AutoValue()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Enum's own property (name, value and the properties of enum classes): read through the
    class it finds the member of its name; its set and delete errors name the class defining it."""

    def _member_or_error(self, ownerclass, chained):
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            error = AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            if chained:
                raise error
            raise error from None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self._member_or_error(ownerclass, True)
        if self.fget is None:
            return self._member_or_error(ownerclass, False)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


def _redirect_for(cls, name):
    """A member named as a property of a base (name, value) is read through an enum property
    that finds it by name on the class and runs the base's functions on members."""
    found = None
    for base in cls.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is None:
            continue
        if isinstance(descriptor, (_builtin_property, DynamicClassAttribute)):
            found = descriptor
            break
        if all(hasattr(descriptor, a) for a in ('fget', 'fset', 'fdel')):
            found = descriptor
    if found is None:
        return None
    redirect = property()
    redirect.__set_name__(cls, name)
    redirect.fget, redirect.fset, redirect.fdel = found.fget, found.fset, found.fdel
    return redirect


def _find_new_member(own_new, member_type, first_enum):
    """What makes the members (_new_member_): the class body's own __new__, else the data type's,
    else a custom one of the enum it extends, else object.__new__."""
    if own_new is not None:
        return getattr(own_new, '__func__', own_new)
    trivial = {None, object.__new__, getattr(globals().get('Enum'), '__new__', None)}
    for candidate in (getattr(member_type, '__new__', None), getattr(first_enum, '_new_member_', None)):
        if candidate not in trivial:
            return candidate
    return object.__new__


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(pattern) and not name.endswith('__')


class _EnumDict(dict):
    """The namespace of an enum class body: keeps the member names in order, refuses a name given
    twice, and gives auto() its value at the assignment, so later lines of the body see it
    (WHITE = RED | GREEN)."""

    def __init__(self, cls_name='', generate=None):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                           '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                clash = set(value) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            single = isinstance(value, auto)
            parts = (value,) if single else value
            stored = True
            if type(parts) is tuple and any(isinstance(v, auto) for v in parts):
                resolved = []
                for v in parts:
                    if isinstance(v, auto):
                        stored = False
                        if v.value is _AUTO:
                            v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                value = resolved[0] if single else tuple(resolved)
            self._member_names[key] = None
            if stored:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members, **more):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more.items():
            self[name] = value


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        return _EnumDict(cls, getattr(first_enum, '_generate_next_value_', None))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if isinstance(classdict, _EnumDict):
            # a class body: the namespace knows its members, their auto() values given
            ignore = classdict._ignore
            members = [(k, classdict[k]) for k in classdict._member_names if k not in ignore]
            classdict = dict(classdict)
            for key in ignore:
                classdict.pop(key, None)
        else:
            members = []
            for key, value in list(classdict.items()):
                if isinstance(value, nonmember):
                    classdict[key] = value.value
                    continue
                if isinstance(value, member):
                    value = value.value
                elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                    continue
                members.append((key, value))
            ignore = classdict.get('_ignore_', [])
            if isinstance(ignore, str):
                ignore = ignore.replace(',', ' ').split()
            members = [(k, v) for k, v in members if k not in ignore]
        for key, _ in members:
            del classdict[key]
        classdict.pop('_ignore_', None)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._new_member_ = _find_new_member(classdict.get('__new__'), member_type, first_enum)
        if first_enum is not None:
            # the data type's repr/str/format (and a flag's operators) must not hide the enum's
            # (IntEnum keeps its own __str__)
            names = ['__repr__', '__str__', '__format__', '__reduce_ex__']
            if Flag is not None and issubclass(enum_class, Flag):
                names += ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__']
            for name in names:
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found in (getattr(member_type, name, None), getattr(object, name, None)):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        gen = getattr(enum_class, '_generate_next_value_')
        values = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is _AUTO:
                    value.value = gen(key, 1, len(values), values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(key, 1, len(values), values[:]) if isinstance(v, auto) else v for v in value)
            values.append(value)
            enum_class._add_member_(key, value)
        if Flag is not None and issubclass(enum_class, Flag) or Flag is None and cls == 'Flag':
            # the masks _missing_ checks values against: every member's bits, the single-bit members'
            flag_mask = singles_mask = 0
            for m in enum_class._member_map_.values():
                flag_mask |= m._value_
                if m._value_ > 0 and m._value_ & (m._value_ - 1) == 0:
                    singles_mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', singles_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
            type.__setattr__(enum_class, '_boundary_', boundary or getattr(first_enum, '_boundary_', None))
            type.__setattr__(enum_class, '_inverted_', None)
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        new = cls.__dict__.get('__new__')
        # type() stores a class's __new__ as a staticmethod: the function is inside
        new = getattr(new, '__func__', new)
        if new is not None and '_new_member_' not in ('',) and getattr(new, '__qualname__', '').split('.')[0] == cls.__name__:
            enum_member = new(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and getattr(init, '__qualname__', '').split('.')[0] not in (
                'Enum', 'object', 'int', 'str', 'float'):
            enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                enum_member = existing
                break
        else:
            # a flag member of several bits (or none) is an alias: iteration shows single bits only
            if Flag is None or not issubclass(cls, Flag) or (isinstance(value, int) and value > 0
                                                             and value & (value - 1) == 0):
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        redirect = _redirect_for(cls, name)
        type.__setattr__(cls, name, enum_member if redirect is None else redirect)

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, None
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            # a lookup by value: Enum.__new__ whatever __new__ the class made its members with
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            for count, name in enumerate(names):
                classdict[name] = cls._generate_next_value_(name, start, count, list(range(start, start + count)))
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for name, value in names:
                classdict[name] = value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            return member in cls._value2member_map_ or any(m._value_ == member for m in cls._member_map_.values())
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # reached when the class has no such attribute, or when an enum property read through
        # the class raised: a member of that name, else AttributeError(name)
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        # a read-only view: Color.__members__['X'] = ... must fail as in CPython
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None
_builtin_bin = bin


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        else:
            exc = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if False else last_values[-1]
            return max(v for v in last_values if isinstance(v, int)) + 1 if all(
                isinstance(v, int) for v in last_values) else last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


type.__setattr__(Enum, '_value_repr_', None)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""
    __str__ = int.__repr__

    # the data type's own __format__, as EnumType gives a ReprEnum: an empty spec formats str(self)
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__

    # the data type's own __format__, as EnumType gives a ReprEnum: an empty spec formats str(self)
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has: "strict" raises (Flag's
    default), "conform" drops them, "eject" returns the plain int, "keep" keeps them (IntFlag's)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def bin(num, max_bits=None):
    """bin() with a sign bit: two's complement for negative numbers ('0b1 0101' for ~10)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _bits_low_first(num):
    while num:
        low = num & -num
        yield low
        num ^= low


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, &, ^ and ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        singles = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _builtin_bin(unknown)))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if singles or aliases:
            members = list(cls._iter_member_(singles))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = singles | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self.__operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self.__operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self.__operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""
    __str__ = int.__repr__

    # the data type's own __format__, as EnumType gives a ReprEnum: an empty spec formats str(self)
    __format__ = int.__format__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def _is_single_bit(num):
    # 0 and the powers of two; global_flag_repr passes the member itself, as 3.11.7 does, so a
    # plain Flag (no arithmetic) raises TypeError there as in CPython
    num &= num - 1
    return num == 0


def global_enum_repr(self):
    """module.NAME (the last part of a dotted module name) instead of <Class.NAME: value>."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """module.NAME for a flag, its members joined with | for a combination (a KEEP flag's bits
    that no member names stay a number); module.Class(value) when nothing names it."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    return '|'.join([n if n[0].isdigit() else '%s.%s' % (module, n) for n in self._name_.split('|')])


def global_str(self):
    """NAME instead of Class.NAME."""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """The members' repr names their module instead of their class (re.IGNORECASE), their str
    is their bare name (unless the class is a ReprEnum, whose str is its value's), and they are
    put in the module's globals."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The constraints verify() checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def show_flag_values(value):
    """The single-bit values a flag value is made of, lowest first."""
    return list(_bits_low_first(value))


class verify:
    """A class decorator checking an enumeration for EnumCheck constraints, in the order given:
    UNIQUE (no aliases), CONTINUOUS (no integer skipped between the lowest and highest value; for
    a Flag, no power of two), NAMED_FLAGS (every bit of a multi-bit alias is a member's);
    ValueError with CPython's messages otherwise."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if enum_type == 'flag':
                    expected = (1 << i for i in range(low.bit_length(), high.bit_length() - 1))
                else:
                    expected = range(low + 1, high)
                missing = [v for v in expected if v not in values]
                if missing:
                    # cut to 256 characters, as CPython's, against huge gaps
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (enum_type, cls_name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_ or alias.value < 0:
                        continue
                    missed = [v for v in _bits_low_first(alias.value) if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        which = 'alias %s is missing' % missing_names[0]
                    else:
                        which = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if missing_value & (missing_value - 1) == 0:
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, which, value))
        return enumeration
