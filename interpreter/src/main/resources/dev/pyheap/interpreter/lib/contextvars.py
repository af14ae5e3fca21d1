"""Context variables (PEP 567): ContextVar (get, set, reset), Token, Context (run, copy, the
read-only mapping of its variables' values) and copy_context, with CPython's messages.

Each thread has a current Context, as in CPython (a new thread starts with an empty one). A Context's
values are a dict replaced, never changed, by ContextVar.set, so a copy shares the values until one
of the two sets a variable. Not here: asyncio's tasks (there is no asyncio).
"""

import threading as _threading

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_state = _threading.local()


def _current():
    """The calling thread's current Context."""
    ctx = getattr(_state, 'context', None)
    if ctx is None:
        ctx = _state.context = Context()
    return ctx


class Context:
    """A mapping of context variables to their values; run(f) makes it current while f runs."""
    __slots__ = ('_values', '_prev', '_entered')

    def __init__(self):
        self._values = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """callable(*args, **kwargs) with this Context current (what it sets stays in this Context)."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._prev = _current()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """A new Context with the same values."""
        new = Context()
        new._values = self._values
        return new

    def _key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        return self._values[self._key(var)]

    def get(self, var, default=None):
        return self._values.get(self._key(var), default)

    def __contains__(self, var):
        return self._key(var) in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {hex(id(self))}>'


class ContextVar:
    """A context variable: its value is the current Context's, else its default."""
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        """The value in the current Context, else default, else the variable's default; LookupError
        when there is none."""
        values = _current()._values
        if self in values:
            return values[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current Context; a Token that reset() takes to undo it."""
        ctx = _current()
        old = ctx._values.get(self, Token.MISSING)
        values = dict(ctx._values)
        values[self] = value
        ctx._values = values
        return Token(ctx, self, old)

    def reset(self, token):
        """Puts the variable back as it was before the set() that gave token."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        values = dict(ctx._values)
        if token._old_value is Token.MISSING:
            values.pop(self, None)
        else:
            values[self] = token._old_value
        ctx._values = values
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {hex(id(self))}>'

    def __hash__(self):
        return object.__hash__(self)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set() returns: the variable, its old value (Token.MISSING when it had none)."""
    __slots__ = ('_context', '_var', '_old_value', '_used')
    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {hex(id(self))}>'


def copy_context():
    """A copy of the current Context."""
    return _current().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls


# Frames that CPython runs in C leave no traceback entry: contextvars is _contextvars, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_contextvars')
del _pyheap_c
