"""Tools for the with statement (PEP 343) and its async form.

Two families live here. The generator adapters (contextmanager, asynccontextmanager) turn a
function that yields once into a context manager: entering runs it to the yield, leaving
resumes it, or throws the block's exception into it at the yield. The exit stacks (ExitStack,
AsyncExitStack) keep a LIFO list of exit callbacks and unwind it like nested with statements
would: each callback sees the exception the previous ones left (or None once one suppressed
it), and an exception a callback raises replaces the pending one, its __context__ relinked so
the chain reads as nested blocks would have made it. The rest are small ready-made managers.
"""

import abc
import os
import sys
import _collections_abc
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


# ---------------------------------------------------------------------------------------------
# The abstract protocols: any class with both methods counts as a subclass.

class AbstractContextManager(abc.ABC):
    """The with-statement protocol: __enter__ (gives self by default) and __exit__."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Gives the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leaves the block; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """The async-with protocol: __aenter__ (gives self by default) and __aexit__."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Gives the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leaves the block; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__aenter__", "__aexit__")


# ---------------------------------------------------------------------------------------------
# Managers usable as decorators: each call of the decorated function runs inside a fresh
# (or, for one-shot managers, recreated) manager.

class ContextDecorator(object):
    "Mixin letting a context manager decorate a function: each call runs inside it."

    def _recreate_cm(self):
        # one-shot managers (the generator adapters) override this to give a new instance
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    "Mixin letting an async context manager decorate a coroutine function."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# ---------------------------------------------------------------------------------------------
# The generator adapters.

def _verdict(escaped, thrown, traceback, finished_type, converted_types):
    """What leaving a generator adapter with an exception comes to, once throwing `thrown`
    into the generator made `escaped` come out: True (swallow the block's exception), False
    (let it propagate as it was) or None (propagate `escaped` instead)."""
    if isinstance(escaped, finished_type):
        # the generator caught the exception and returned: suppressed, unless the block's
        # exception was itself the end-of-iteration signal that came back out
        return escaped is not thrown
    if escaped is thrown:
        # it went through untouched: not our frame's failure, so give back the block's
        # traceback rather than one that also runs through the generator
        escaped.__traceback__ = traceback
        return False
    if (isinstance(escaped, RuntimeError) and isinstance(thrown, converted_types)
            and escaped.__cause__ is thrown):
        # PEP 479 turned a StopIteration thrown in into RuntimeError: still the block's own
        thrown.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManagerBase:
    """What the two generator adapters share: the generator, and how to make a fresh one."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # kept only until entered, to recreate the manager when it decorates a function
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            # the with statement may pass just a type (e.g. from an explicit __exit__ call)
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except BaseException as escaped:
            outcome = _verdict(escaped, value, traceback, StopIteration, StopIteration)
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(typ, value, traceback)
        except BaseException as escaped:
            outcome = _verdict(escaped, value, traceback, StopAsyncIteration,
                               (StopIteration, StopAsyncIteration))
            if outcome is None:
                raise
            return outcome
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator: a generator function yielding once becomes a context manager factory.

    What comes before the yield runs on entering (the yielded value is what `as` binds),
    what comes after runs on leaving; an exception of the block is raised at the yield.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator: an async generator function yielding once becomes an async context manager
    factory (the async counterpart of contextmanager)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------------------------------------
# Small managers.

class closing(AbstractContextManager):
    """Gives `thing` on entering and calls thing.close() on leaving, whatever happened."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Gives `thing` on entering and awaits thing.aclose() on leaving (for async generators
    and other asynchronously closed resources)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # the name of the sys attribute the subclass swaps
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # a stack, so that one instance can be entered again while entered
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the block; the
    program goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing: a stand-in where a context manager is optional. Gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Makes `path` the working directory for the block (the process's, so not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


# ---------------------------------------------------------------------------------------------
# The exit stacks. Each entry of _exit_callbacks is (is_sync, callable taking the exit
# triple); the async stack's entries with is_sync false give awaitables.

def _relink_context(raised, pending, outer):
    """`raised` came out of a callback while `pending` was the exception being unwound.
    Python set its __context__ chain from what was being handled when it was raised, which
    ends in `outer` (the exception the caller of __exit__ handles) rather than `pending`;
    splice `pending` in where the chain reaches `outer` (or its end), as if the callbacks
    had been nested with statements."""
    link = raised
    while True:
        ctx = link.__context__
        if ctx is None or ctx is pending:
            return
        if ctx is outer:
            break
        link = ctx
    link.__context__ = pending


def _callback_exit(callback, args, kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _async_callback_exit(callback, args, kwds):
    async def _exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _protocol_error(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {what} protocol")


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: registering callbacks."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves every registered callback to a new stack of the same type, and gives it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Registers an __exit__-like callable (or an object's __exit__ method, looked up on
        its type) to run on unwinding; a true result suppresses. Gives `exit` back."""
        method = getattr(type(exit), "__exit__", _MISSING)
        if method is _MISSING:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters `cm` and registers its __exit__; gives what __enter__ gave."""
        cls = type(cm)
        try:
            enter, leave = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, "context manager") from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on unwinding (it cannot suppress).
        Gives `callback` back, so this works as a decorator."""
        self._exit_callbacks.append((True, _callback_exit(callback, args, kwds)))
        return callback


_MISSING = object()


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement of run-time depth: managers entered and callbacks pushed are left
    in reverse order when the stack is (or close() is called)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        outer = sys.exc_info()[1]
        had_exception = exc_details[0] is not None
        swallowed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    swallowed, must_raise = True, False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                must_raise = True
                exc_details = raised
        if must_raise:
            failure = exc_details[1]
            # raising here links `outer` in as context; keep the chain built above
            context = failure.__context__
            try:
                raise failure
            finally:
                failure.__context__ = context
        return had_exception and swallowed

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine
    callbacks, awaited in turn when unwinding."""

    async def enter_async_context(self, cm):
        """Enters async manager `cm` and registers its __aexit__; gives what __aenter__ gave."""
        cls = type(cm)
        try:
            enter, leave = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, "asynchronous context manager") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return result

    def push_async_exit(self, exit):
        """push() for an __aexit__-like coroutine function or an object with __aexit__."""
        method = getattr(type(exit), "__aexit__", _MISSING)
        if method is _MISSING:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """callback() for a coroutine function: awaited when unwinding."""
        self._exit_callbacks.append((False, _async_callback_exit(callback, args, kwds)))
        return callback

    async def aclose(self):
        """Unwinds the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        outer = sys.exc_info()[1]
        had_exception = exc_details[0] is not None
        swallowed = False
        must_raise = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    verdict = cb(*exc_details)
                else:
                    verdict = await cb(*exc_details)
                if verdict:
                    swallowed, must_raise = True, False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                must_raise = True
                exc_details = raised
        if must_raise:
            failure = exc_details[1]
            context = failure.__context__
            try:
                raise failure
            finally:
                failure.__context__ = context
        return had_exception and swallowed
