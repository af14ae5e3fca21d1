"""Telling coroutines and coroutine functions apart, and how a coroutine shows in a Task's repr."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import inspect
import types

# marks a function as a coroutine function for iscoroutinefunction (the old @coroutine decorator's mark)
_is_coroutine = object()

# the types found to be coroutines, so the abc check is made once per type
_iscoroutine_typecache = {types.CoroutineType, types.GeneratorType, collections.abc.Coroutine}


def iscoroutinefunction(func):
    """Whether func is a coroutine function (an async def, or marked as one)."""
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    kind = type(obj)
    if kind in _iscoroutine_typecache:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        # a cache bounded in size: programs can make types without end
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(kind)
        return True
    return False


def _format_coroutine(coro):
    assert iscoroutine(coro)

    def qualified_name(c):
        name = getattr(c, '__qualname__', None) or getattr(c, '__name__', None)
        return f'{name}()' if name else f'<{type(c).__name__} without __name__>'

    running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    name = qualified_name(coro)
    if not code:
        return f'{name} running' if running else name

    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
