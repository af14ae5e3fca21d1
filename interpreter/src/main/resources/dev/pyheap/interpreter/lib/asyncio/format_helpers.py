"""How asyncio shows callbacks and where functions are defined in reprs and messages."""

import functools
import inspect
import reprlib
import sys
import traceback

from . import constants


def _get_function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        # the library's own functions stand for CPython's C ones, which have no source location
        if code.co_filename.startswith('<pyheap>/'):
            return None
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_args_and_kwargs(args, kwargs):
    """'(1, 2, x=3)', each value shortened by reprlib."""
    items = [reprlib.repr(arg) for arg in args]
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        text = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        text = func.__name__
    else:
        text = repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def extract_stack(f=None, limit=None):
    """The stack where a handle or future was made (debug mode), without its lines' locals."""
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = constants.DEBUG_STACK_DEPTH
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit, lookup_lines=False)
    stack.reverse()
    return stack
