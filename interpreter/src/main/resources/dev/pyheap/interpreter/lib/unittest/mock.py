"""Mock objects for tests: unittest.mock as CPython 3.11 behaves.

A mock keeps its configuration and its record of calls in its instance dictionary under
`_mock_*` names; every attribute it does not have is made on first access as a child mock
remembered in `_mock_children`. Two parent links place a mock in the tree: `_mock_parent`
(attribute children only: what `method_calls` follows) and `_mock_new_parent` (children and
return values: what `mock_calls` and the printed names follow). A call is recorded on the mock
and then once on every ancestor along `_mock_new_parent`, its name growing by one step each
time (`a.b()` seen from `a` is `call.b()`, `a().c()` is `call().c()`).

Each mock instance gets a class of its own, made in `__new__`, so that magic methods, which
Python looks up on the type, can be set on one mock without touching the others. MagicMock
puts a lazily-made child on that class for every supported magic method.
"""

import builtins
import contextlib
import functools
import importlib
import inspect
import io
import pprint
import sys
import threading
from types import FunctionType, MethodType, ModuleType

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)


class InvalidSpecError(Exception):
    """Raised when a spec is itself a mock."""


FILTER_DIR = True


# -- sentinels -------------------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'

    def __reduce__(self):
        return f'sentinel.{self.name}'


class _Sentinel:
    """Unique named objects made on demand: sentinel.x is sentinel.x."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = _SentinelObject(name)
        return made

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _is_instance_mock(obj):
    # type(), not isinstance: a spec'd mock reports the spec as its __class__.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _underlying_mock(obj):
    # An autospecced function carries its mock as .mock.
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


# -- calls -----------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend(f'{key}={value!r}' for key, value in kwargs.items())
    return f"{name}({', '.join(parts)})"


def _split_call(value, name=''):
    """(name, args, kwargs) from the loose forms a _Call may be built or compared with."""
    args, kwargs = (), {}
    if len(value) == 3:
        name, args, kwargs = value
    elif len(value) == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif len(value) == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """One recorded call: (args, kwargs) or (name, args, kwargs); `call` builds them."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        name, args, kwargs = _split_call(value, name)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            mine_name = ''
            mine_args, mine_kwargs = self
        else:
            mine_name, mine_args, mine_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        if other_len > 3:
            return False
        if other_len == 2 and not isinstance(other[0], str):
            their_name, their_args, their_kwargs = '', other[0], other[1]
        elif other_len == 2 and not isinstance(other[1], (tuple, dict)):
            return False
        else:
            their_name, their_args, their_kwargs = _split_call(tuple(other))
        if mine_name and their_name != mine_name:
            return False
        # The other side first, so that ANY on either side is asked.
        return (their_args, their_kwargs) == (mine_args, mine_kwargs)

    def __ne__(self, other):
        same = _Call.__eq__(self, other)
        return same if same is NotImplemented else not same

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()',
                     parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def _parts(self):
        if len(self) == 2:
            return self
        return self[1], self[2]

    @property
    def args(self):
        return self._parts()[0]

    @property
    def kwargs(self):
        return self._parts()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return 'call' + name if name.startswith('()') else name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls that a chained call like call(1).method(2) stands for."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls that finds a sub-list with `in`."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# -- specs and signatures --------------------------------------------------

def _signature_of(spec, as_instance=False, drop_first=False):
    """The signature calls to a mock of `spec` are checked against, or None."""
    if isinstance(spec, type) and not as_instance:
        # A class is called as its __init__ is, less self.
        target, drop_first = spec.__init__, True
    elif isinstance(spec, type):
        # An instance is called as its class's __call__ is, less self.
        if not _instance_callable(spec):
            return None
        target, drop_first = spec.__call__, True
    elif callable(spec):
        target = spec
    else:
        return None
    try:
        sig = inspect.signature(target)
    except (ValueError, TypeError):
        return None
    if drop_first:
        params = list(sig.parameters.values())
        sig = sig.replace(parameters=params[1:])
    return sig


def _is_async_func(obj):
    if getattr(obj, '__code__', None) is None:
        return False
    return inspect.iscoroutinefunction(obj)


def _async_names_of(spec):
    found = set()
    for name in dir(spec):
        try:
            value = inspect.getattr_static(spec, name)
        except AttributeError:
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if _is_async_func(value):
            found.add(name)
    return found


# -- the mocks -------------------------------------------------------------

_state_names = frozenset({
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
    'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls', 'method_calls',
})


class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called: every attribute is a child mock."""

    _lock = threading.RLock()

    def __new__(cls, /, *args, **kw):
        namespace = {'__doc__': cls.__doc__}
        own_class = type(cls.__name__, (cls,), namespace)
        return object.__new__(own_class)

    def __init__(self, /, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Make `mock` the child `attribute` of this one, its calls recorded here."""
        inner = _underlying_mock(mock)
        inner.__dict__['_mock_parent'] = None
        inner.__dict__['_mock_new_parent'] = None
        inner.__dict__['_mock_name'] = ''
        inner.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of `spec` (and only they may be set if spec_set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        methods = None
        signature = None
        asyncs = set()
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, _spec_as_instance, _eat_self)
            methods = dir(spec)
            asyncs = _async_names_of_safe(spec)
        elif spec is not None:
            methods = list(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = methods
        state['_spec_asyncs'] = asyncs

    # The recorded state; an autospecced function's mock shares it through _mock_delegate.
    def _delegated(name):
        key = '_mock_' + name

        def getter(self):
            delegate = self._mock_delegate
            if delegate is None:
                return self.__dict__[key]
            return getattr(delegate, name)

        def setter(self, value):
            delegate = self._mock_delegate
            if delegate is None:
                self.__dict__[key] = value
            else:
                setattr(delegate, name, value)
        return property(getter, setter)

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')
    del _delegated

    def _get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc='What calling the mock returns.')
    del _get_return_value, _set_return_value

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self.__dict__['_mock_side_effect']
        effect = delegate.side_effect
        if effect is not None and not callable(effect) and not _is_exception(effect) \
                and iter(effect) is not effect:
            effect = iter(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _effect_value(value)
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect,
                           doc='An exception to raise, values to return in turn, or a function to call.')
    del _get_side_effect, _set_side_effect

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call (recursively); optionally drop return_value and side_effect too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        returned = self._mock_return_value
        if _is_instance_mock(returned) and returned is not self:
            returned.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching into children: m.configure_mock(**{'a.b': 1})."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError(f'Mock object has no attribute {name!r}')
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec for the mock if '
                    f'{name!r} is meant to be an attribute.')
        with NonCallableMock._lock:
            child = self._mock_children.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                wrapped = None
                if self._mock_wraps is not None:
                    wrapped = getattr(self._mock_wraps, name)
                child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                             _new_name=name, _new_parent=self)
                self._mock_children[name] = child
            elif isinstance(child, _SpecState):
                child = create_autospec(child.spec, child.spec_set, child.instance,
                                        child.parent, child.name)
                self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        names = []
        node = self
        while node._mock_new_parent is not None:
            names.append(node._mock_new_name)
            node = node._mock_new_parent
        root = node._mock_name or 'mock'
        text = root
        for step in reversed(names):
            text += step if step == '()' else '.' + step
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        shown_name = '' if name in ('mock', 'mock.') else f' name={name!r}'
        shown_spec = ''
        if self._spec_class is not None:
            word = 'spec_set' if self._spec_set else 'spec'
            shown_spec = f' {word}={self._spec_class.__name__!r}'
        return f"<{type(self).__name__}{shown_name}{shown_spec} id='{id(self)}'>"

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        own = [name for name in self.__dict__ if not name.startswith('_') or _is_magic(name)]
        children = [name for name, child in self._mock_children.items() if child is not _deleted]
        from_type = [name for name in from_type if not name.startswith('_')]
        return sorted(set(extras + from_type + own + children))

    def __setattr__(self, name, value):
        if name in _state_names or name in ('_spec_class', '_spec_set', '_spec_signature',
                                            '_mock_methods', '_spec_asyncs', '_mock_sealed',
                                            '_mock_children', '_mock_wraps', '_mock_delegate',
                                            '_mock_unsafe'):
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if name in _unsupported_magics:
            raise AttributeError(f'Attempting to set unsupported magic method {name!r}.')
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError(f"Mock object has no attribute '{name}'")
            if not _is_instance_mock(value):
                setattr(type(self), name, _as_method(name, value))
                plain = value
                value = lambda *args, **kw: plain(self, *args, **kw)
            else:
                _adopt(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif _adopt(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        present = name in self.__dict__
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual_call = self.call_args
        actual = self._format_mock_call_signature(*actual_call)
        return (f'expected {action} not found.\nExpected: {expected}\n  Actual: {actual}')

    def _call_matcher(self, given):
        """A call in a form comparable with others: bound to the spec's signature when there is one."""
        sig = self._spec_signature
        if isinstance(given, tuple) and len(given) > 2:
            name, args, kwargs = given
        else:
            name = None
            args, kwargs = given
        if name:
            sig = _child_signature(self, name)
        if sig is None:
            return given
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        if name is None:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((name, bound.args, bound.kwargs))

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to not have been called. "
                f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError(f"Expected '{self._mock_name or 'mock'}' to have been called.")

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to have been called once. "
                f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                f'expected call not found.\nExpected: {expected}\n  Actual: not called.')
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        got = self._call_matcher(self.call_args)
        if got != wanted:
            cause = wanted if isinstance(wanted, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(
                f"Expected '{self._mock_name or 'mock'}' to be called once. "
                f"Called {self.call_count} times.{self._calls_repr()}")
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` appear in mock_calls: in a row, or in any order."""
        wanted = [self._call_matcher(c) for c in calls]
        cause = next((w for w in wanted if isinstance(w, Exception)), None)
        seen = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if wanted not in seen:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: '
                               + str([w if isinstance(w, Exception) else None for w in wanted]))
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        missing, remaining = _take_out(wanted, seen)
        if missing:
            raise AssertionError(
                f'{self._mock_name or "mock"!r} does not contain all of {tuple(missing)!r} '
                f'in its call list, found {remaining!r} instead') from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        cause = wanted if isinstance(wanted, Exception) else None
        seen = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not any(_calls_equal(one, wanted) for one in seen):
            raise AssertionError(
                f'{self._format_mock_call_signature(args, kwargs)} call not found') from cause

    def _get_child_mock(self, /, **kw):
        """Make a child (attribute or return value) of the same kind, callable."""
        if self._mock_sealed:
            tail = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + tail)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        kind = type(self)
        if issubclass(kind, MagicMock) and new_name in _async_method_magics:
            made = AsyncMock
        elif issubclass(kind, AsyncMockMixin):
            if new_name in _all_sync_magics or (
                    self._mock_methods and new_name in self._mock_methods):
                made = MagicMock
            else:
                made = AsyncMock
        elif not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                made = MagicMock
            elif issubclass(kind, NonCallableMock):
                made = Mock
            else:
                made = kind.__mro__[1]
        else:
            made = kind.__mro__[1]
        return made(**kw)


def _async_names_of_safe(spec):
    if isinstance(spec, (list, str)) or spec is None:
        return set()
    try:
        return _async_names_of(spec)
    except Exception:
        return set()


def _child_signature(mock, dotted):
    """The spec signature of the child a method call's name leads to, if any."""
    node = mock
    for step in dotted.split('.'):
        if step.endswith('()'):
            return None
        child = node._mock_children.get(step)
        if child is None or isinstance(child, _SpecState) or child is _deleted:
            return None
        child = _underlying_mock(child)
        if not _is_instance_mock(child):
            return None
        node = child
    return node._spec_signature


def _take_out(wanted, seen):
    """The wanted calls not among `seen` (each seen call matching once), and the seen calls left."""
    remaining = list(seen)
    missing = []
    for one in wanted:
        try:
            remaining.remove(one)
        except ValueError:
            missing.append(one)
    return missing, remaining


def _calls_equal(one, other):
    return one == other or other == one


def _safe_repr(calls):
    try:
        return repr(calls)
    except Exception:
        return '[...]'


def _adopt(parent, value, name, new_name):
    """Make `value` a named child of `parent` if it is a mock that belongs nowhere yet."""
    value = _underlying_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value.__dict__['_mock_new_parent'] = parent
        value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


def _effect_value(value):
    # An iterable side effect is kept as its iterator: each call takes the next value.
    if value is None or _is_exception(value) or callable(value):
        return value
    try:
        return iter(value)
    except TypeError:
        return value


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._record_call(*args, **kwargs)
        return self._run_call(*args, **kwargs)

    def _record_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)

        records_method = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        ends_in_call = call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        ancestor = self._mock_new_parent
        while ancestor is not None:
            if records_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                records_method = ancestor._mock_parent is not None
                if records_method:
                    method_name = ancestor._mock_name + '.' + method_name
            ancestor.mock_calls.append(_Call((call_name, args, kwargs)))
            if ancestor._mock_new_name:
                joint = '' if ends_in_call else '.'
                ends_in_call = ancestor._mock_new_name == '()'
                call_name = ancestor._mock_new_name + joint + call_name
            ancestor = ancestor._mock_new_parent

    def _run_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate is not None and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (a child Mock by default)."""


# -- magic methods ---------------------------------------------------------

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
    'enter exit divmod rdivmod neg pos abs invert complex int float index '
    'round trunc floor ceil bool next fspath aiter')
_numeric_names = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_magics = {f'__{name}__' for name in (
    _magic_names.split() + _numeric_names.split()
    + ['i' + n for n in _numeric_names.split()] + ['r' + n for n in _numeric_names.split()])}
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_async_magics = _async_method_magics | {'__aiter__'}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}


def _is_magic(name):
    return name[:2] == '__' == name[-2:] and len(name) > 4 and name[2:-2] != ''


def _as_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_fixed_returns = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_computed_returns = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': lambda mock: f'{type(mock).__name__}/{mock._extract_mock_name()}/{id(mock)}',
}


def _eq_effect(owner):
    def __eq__(other):
        configured = owner.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if owner is other else NotImplemented
    return __eq__


def _ne_effect(owner):
    def __ne__(other):
        if owner.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if owner is other else NotImplemented
    return __ne__


def _iter_effect(owner):
    def __iter__():
        configured = owner.__iter__._mock_return_value
        return iter([]) if configured is DEFAULT else iter(configured)
    return __iter__


def _aiter_effect(owner):
    def __aiter__():
        configured = owner.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if configured is DEFAULT else iter(configured))
    return __aiter__


_effect_makers = {'__eq__': _eq_effect, '__ne__': _ne_effect, '__iter__': _iter_effect,
                  '__aiter__': _aiter_effect}


def _give_default(owner, method, name):
    fixed = _fixed_returns.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _computed_returns.get(name)
    if compute is not None:
        method.return_value = compute(owner)
        return
    maker = _effect_makers.get(name)
    if maker is not None:
        method.side_effect = maker(owner)


class MagicMixin(Base):

    def __init__(self, /, *args, **kw):
        self._install_magics()
        super().__init__(*args, **kw)
        self._install_magics()

    def _install_magics(self):
        wanted = _magics | _async_method_magics
        if getattr(self, '_mock_methods', None) is not None:
            wanted = wanted.intersection(self._mock_methods)
            for stale in _magics - set(self._mock_methods):
                if stale in type(self).__dict__:
                    delattr(type(self), stale)
        kind = type(self)
        for name in wanted - set(kind.__dict__):
            setattr(kind, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._install_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the supported magic methods configured, with CPython's default results."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._install_magics()


class MagicProxy(Base):
    """Stands on a mock's class for a magic method; makes the child mock when first used."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        owner = self.parent
        made = owner._get_child_mock(name=self.name, parent=owner, _new_name=self.name,
                                     _new_parent=owner)
        setattr(owner, self.name, made)
        _give_default(owner, made, self.name)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


# -- async -----------------------------------------------------------------

class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = 0
    await_args = None

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._record_call(*args, **kwargs)
        return self._awaited(*args, **kwargs)

    async def _awaited(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.__dict__['await_count'] += 1
        self.__dict__['await_args'] = this_call
        self.__dict__['await_args_list'].append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_async_func(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def _label(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f'Expected {self._label()} to have been awaited.')

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._label()} to have been awaited once. '
                                 f'Awaited {self.await_count} times.')

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        got = self._call_matcher(self.await_args)
        if got != wanted:
            cause = wanted if isinstance(wanted, Exception) else None
            expected = self._format_mock_call_signature(args, kwargs)
            actual = self._format_mock_call_signature(*self.await_args)
            raise AssertionError(
                f'expected await not found.\nExpected: {expected}\n  Actual: {actual}') from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._label()} to have been awaited once. '
                                 f'Awaited {self.await_count} times.')
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        wanted = self._call_matcher(_Call((args, kwargs), two=True))
        seen = [self._call_matcher(c) for c in self.await_args_list]
        if not any(_calls_equal(one, wanted) for one in seen):
            raise AssertionError(
                f'{self._format_mock_call_signature(args, kwargs)} await not found')

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless `calls` appear among the awaits: in a row, or in any order."""
        wanted = [self._call_matcher(c) for c in calls]
        seen = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if wanted not in seen:
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}')
            return
        missing, remaining = _take_out(wanted, seen)
        if missing:
            raise AssertionError(f'{tuple(missing)!r} not all found in await list')

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f'Expected {self._label()} to not have been awaited. '
                                 f'Awaited {self.await_count} times.')

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.__dict__['await_count'] = 0
        self.__dict__['await_args'] = None
        self.__dict__['await_args_list'] = _CallList()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose calls return coroutines; awaits are recorded like calls."""


# -- autospec --------------------------------------------------------------

class _SpecState:
    """An attribute of an autospecced object, turned into a mock when first read."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _install_checker(spec, mock, drop_first, as_instance=False):
    sig = _signature_of(spec, as_instance, drop_first)
    if sig is None:
        return
    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    mock.__dict__['_spec_signature'] = sig


def _function_autospec(spec, mock, drop_first):
    """A real function with `spec`'s signature that checks its arguments and calls `mock`."""
    sig = _signature_of(spec, False, drop_first)
    if sig is None:
        return mock

    def checked(*args, **kwargs):
        sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ('__name__', '__qualname__', '__doc__', '__module__', '__defaults__',
                 '__kwdefaults__'):
        try:
            setattr(checked, attr, getattr(spec, attr))
        except (AttributeError, TypeError):
            pass
    checked.__signature__ = sig
    checked.mock = mock

    def forward(name):
        return lambda *args, **kwargs: getattr(mock, name)(*args, **kwargs)

    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_called', 'assert_called_once', 'assert_not_called',
                 'reset_mock'):
        setattr(checked, name, forward(name))
    # The mock's record and configuration live on the function from now on.
    checked.called = False
    checked.call_count = 0
    checked.call_args = None
    checked.call_args_list = _CallList()
    checked.method_calls = _CallList()
    checked.mock_calls = _CallList()
    checked.return_value = mock.return_value
    checked.side_effect = mock.side_effect
    mock.__dict__['_spec_signature'] = sig
    mock.__dict__['_mock_delegate'] = checked
    return checked


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with `spec`'s attributes, whose calls are checked against its signatures."""
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_type = isinstance(spec, type)
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        for typo in ('autospect', 'auto_spec', 'set_spec'):
            if typo in kwargs:
                raise RuntimeError(f'{typo!r} might be a typo; use unsafe=True if this is intended')
    options.update(kwargs)

    kind = MagicMock
    if inspect.isdatadescriptor(spec):
        options = {}
    elif is_type and instance and not _instance_callable(spec):
        kind = NonCallableMagicMock
    elif not callable(spec):
        kind = NonCallableMagicMock
    elif _is_async_func(spec):
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an '
                               'async function')
        kind = AsyncMock

    name = options.pop('name', _name)
    new_name = _name if _parent is not None else name
    mock = kind(parent=_parent, _new_parent=_parent, _new_name=new_name or '', name=name,
                **options)

    if isinstance(spec, FunctionType):
        mock = _function_autospec(spec, mock, False)
    else:
        _install_checker(spec, mock, is_type and instance, instance and is_type)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_options = {'spec': original}
        if spec_set:
            child_options = {'spec_set': original}
        if not isinstance(original, (FunctionType, MethodType)):
            state = _SpecState(original, spec_set, mock, entry, instance=instance)
            mock._mock_children[entry] = state
            continue
        parent = mock.mock if isinstance(mock, FunctionType) else mock
        child_kind = AsyncMock if _is_async_func(original) else MagicMock
        child = child_kind(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                           **child_options)
        parent._mock_children[entry] = child
        drop_first = _takes_self(spec, entry, is_type)
        _install_checker(original, child, drop_first)
    return mock


def _takes_self(spec, entry, is_type):
    """Whether calls to the method `entry` of the spec leave out its first parameter."""
    holder = spec
    if not is_type:
        if entry in getattr(spec, '__dict__', {}):
            return False
        holder = type(spec)
    for klass in getattr(holder, '__mro__', ()):
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        return is_type if isinstance(found, FunctionType) else False
    return False


def _instance_callable(klass):
    return any('__call__' in base.__dict__ for base in klass.__mro__)


# -- property mocks, mock_open, seal ---------------------------------------

class PropertyMock(Mock):
    """A mock to put on a class as a property: reading it calls it, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


_file_spec = None


def _as_stream(data):
    return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for the built-in open, its handle serving `read_data`."""
    global _file_spec
    if _file_spec is None:
        _file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    # [the data left to read, the generator readline takes its lines from]
    state = [_as_stream(read_data), None]

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def lines():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_values():
        yield from lines()
        while True:
            yield state[0].readline()

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read
    state[1] = readline_values()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line

    def restart(*args, **kwargs):
        state[0] = _as_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = readline_values()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = restart
    mock.return_value = handle
    return mock


def seal(mock):
    """Forbid new attributes on `mock` and its children: reading one raises AttributeError."""
    mock.__dict__['_mock_sealed'] = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        child = _underlying_mock(child)
        if not _is_instance_mock(child):
            continue
        if child._mock_new_parent is mock:
            seal(child)
    returned = mock._mock_return_value
    if _is_instance_mock(returned) and returned._mock_new_parent is mock:
        seal(returned)


# -- patching --------------------------------------------------------------

def _resolve_name(dotted):
    """The object a dotted name leads to, importing modules along the way."""
    parts = dotted.split('.')
    taken = parts.pop(0)
    found = importlib.import_module(taken)
    while parts:
        step = parts[0]
        candidate = f'{taken}.{step}'
        try:
            found = getattr(found, step)
        except AttributeError:
            found = importlib.import_module(candidate)
        taken = candidate
        parts.pop(0)
    return found


def _target_getter(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _resolve_name(owner)), attribute


class _Startable:
    """start() and stop() for the patchers; the started ones are listed for patch.stopall()."""

    _active_patches = []

    def start(self):
        """Activate the patch; stop() or patch.stopall() undoes it."""
        made = self.__enter__()
        self._active_patches.append(self)
        return made

    def stop(self):
        """Undo a patch activated with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_Startable):
    """One patch: replaces an attribute while active; a context manager and a decorator."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            for typo in ('autospect', 'auto_spec', 'set_spec'):
                if typo in kwargs:
                    raise RuntimeError(
                        f'{typo!r} might be a typo; use unsafe=True if this is intended')
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec has already been mocked out. '
                f'[spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set target has already been '
                f'mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self._exit_stack = None

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            method = getattr(klass, name)
            if not hasattr(method, '__call__'):
                continue
            setattr(klass, name, self.copy()(method))
        return klass

    @contextlib.contextmanager
    def _patched_arguments(self, patched, args, keywargs):
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    args += (made,)
            yield args, keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self._patched_arguments(patched, args, keywargs) as (new_args, new_keywargs):
                return func(*new_args, **new_keywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with self._patched_arguments(patched, args, keywargs) as (new_args, new_keywargs):
                return await func(*new_args, **new_keywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtin_names and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(f'{target} does not have the attribute {name!r}')
        return original, local

    def __enter__(self):
        """Put the replacement in place and return it."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            factory = AsyncMock if spec is None and _is_async_obj(original) else MagicMock
            this_spec = spec_set if spec_set is not None else spec
            if new_callable is not None:
                factory = new_callable
            elif this_spec is not None:
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_func(this_spec):
                    factory = AsyncMock
                elif not_callable:
                    factory = NonCallableMagicMock
            options = {}
            if spec is not None:
                options['spec'] = spec
            if spec_set is not None:
                options['spec_set'] = spec_set
            if (isinstance(factory, type) and issubclass(factory, NonCallableMock)
                    and self.attribute):
                options['name'] = self.attribute
            options.update(kwargs)
            new = factory(**options)
            if inherit and _is_instance_mock(new):
                # A patched class's instances follow the spec too.
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    factory = NonCallableMagicMock
                options.pop('name')
                new.return_value = factory(_new_parent=new, _new_name='()', **options)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec "
                                "and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch target has already '
                    f'been mocked out. [target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target {target_name!r} as '
                    f'it has already been mocked out. [target={self.target!r}, '
                    f'attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for patching in self.additional_patchers:
                    made = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra.update(made)
                return extra
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Put the original back."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        self._exit_stack = None
        return stack.__exit__(*exc_info)


_builtin_names = {name for name in dir(builtins) if not name.startswith('_')}


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return _is_async_func(obj) or inspect.isawaitable(obj)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted `target` while a function runs or a with block lasts."""
    getter, attribute = _target_getter(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace `attribute` of the object `target`."""
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Several attributes of one target patched together; DEFAULT values become mocks."""
    if type(target) is str:
        getter = lambda: _resolve_name(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    entries = list(kwargs.items())
    first = None
    for attribute, new in entries:
        patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                         new_callable, {})
        patcher.attribute_name = attribute
        if first is None:
            first = patcher
        else:
            first.additional_patchers.append(patcher)
    return first


class _patch_dict(_Startable):
    """Set keys of a mapping while active, restoring its whole contents after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def patched_async(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return patched_async

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def decorate_class(self, klass):
        for name in dir(klass):
            method = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(method, '__call__'):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, twin(method))
        return klass

    def __enter__(self):
        """Patch the mapping and return it."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        target = self.in_dict
        try:
            saved = target.copy()
        except AttributeError:
            saved = {key: target[key] for key in target}
        self._original = saved
        if self.clear:
            _clear_mapping(target)
        try:
            target.update(self.values)
        except AttributeError:
            for key in self.values:
                target[key] = self.values[key]

    def _unpatch_dict(self):
        target = self.in_dict
        saved = self._original
        _clear_mapping(target)
        try:
            target.update(saved)
        except AttributeError:
            for key in saved:
                target[key] = saved[key]

    def __exit__(self, *args):
        """Restore the mapping."""
        if self._original is not None:
            self._unpatch_dict()
        return False


def _clear_mapping(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _patch_stopall():
    """Stop every patch started with start(), the last first."""
    for patching in reversed(_patch._active_patches):
        patching.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
