"""Managers: objects (dict, list, Namespace, Value, Array, Queue, locks, ...) kept by a manager
and used by any process through proxies, as CPython's SyncManager.

CPython runs the manager's server in a process of its own; here the objects live in the process
that started the manager and are served by its listener (multiprocessing._hub), every proxy call
going through it, from that process too: arguments and results are pickled both ways, so a proxy
returns copies (``d['k'].append(1)`` changes a copy, as in CPython). The types CPython registers
are registered here with the same proxies; BaseManager.register adds others."""

import array
import queue
import threading
import time

from . import _hub, pool, util
from .context import ProcessError

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'Value', 'Array']

_VIEWS = (type({}.keys()), type({}.values()), type({}.items()))


class Token:
    """What names a shared object: its type id, the manager's address and the object's number."""
    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%s)' % (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


class _Served:
    """The manager's side of one object: its methods called by name, views returned as lists."""

    def __init__(self, obj):
        self.obj = obj

    def call(self, name, args, kwds):
        result = getattr(self.obj, name)(*args, **kwds)
        if isinstance(result, _VIEWS):
            return list(result)
        return result

    def iterate(self):
        return list(self.obj)

    def value(self):
        return self.obj

    def get_attribute(self, name):
        return getattr(self.obj, name)

    def set_attribute(self, name, value):
        setattr(self.obj, name, value)

    def del_attribute(self, name):
        delattr(self.obj, name)

    def public_methods(self):
        return [name for name in dir(self.obj)
                if name[0] != '_' and callable(getattr(self.obj, name))]


def _serve(obj):
    ident = _hub.register(_Served(obj))
    return _hub.address(), ident


class BaseProxy:
    """A reference to an object of a manager; _callmethod calls one of its methods."""

    def __init__(self, token, serializer=None, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._manager = manager

    def _callmethod(self, methodname, args=(), kwds={}):
        """The result of the referent's method, called where the referent lives."""
        return _hub.call(self._token.address, self._token.id, 'call', methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        """A copy of the referent."""
        return _hub.call(self._token.address, self._token.id, 'value')

    def __reduce__(self):
        # an AutoProxy's class is made at run time: the receiver makes its own
        return RebuildProxy, (AutoProxy if getattr(self, '_is_auto', False) else type(self), self._token)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(proxytype, token):
    return proxytype(token)


def MakeProxyType(name, exposed, _cache={}):
    """A proxy class whose methods (exposed) call the referent's."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    dic = {}
    for meth in exposed:
        def method(self, /, *args, _name=meth, **kwds):
            return self._callmethod(_name, args, kwds)
        method.__name__ = meth
        dic[meth] = method
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    _cache[(name, exposed)] = ProxyType
    return ProxyType


def AutoProxy(token, serializer=None, manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    """A proxy exposing the referent's public methods."""
    if exposed is None:
        exposed = _hub.call(token.address, token.id, 'public_methods')
    ProxyType = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    ProxyType._is_auto = True
    return ProxyType(token)


class Namespace:
    """Attributes set by keyword; the repr lists the public ones, sorted."""

    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % kv for kv in vars(self).items() if not kv[0].startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Value:
    """A value with its typecode, held by a manager."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        from .synchronize import wait_for
        return wait_for(self, predicate, timeout)


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return _hub.call(self._token.address, self._token.id, 'get_attribute', 'parties')

    @property
    def n_waiting(self):
        return _hub.call(self._token.address, self._token.id, 'get_attribute', 'n_waiting')

    @property
    def broken(self):
        return _hub.call(self._token.address, self._token.id, 'get_attribute', 'broken')


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        token = object.__getattribute__(self, '_token')
        return _hub.call(token.address, token.id, 'get_attribute', key)

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        _hub.call(self._token.address, self._token.id, 'set_attribute', key, value)

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        _hub.call(self._token.address, self._token.id, 'del_attribute', key)


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__'))


class ListProxy(BaseListProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


class DictProxy(MakeProxyType('DictProxy', (
        '__contains__', '__delitem__', '__getitem__', '__len__',
        '__setitem__', 'clear', 'copy', 'get', 'items',
        'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))):

    def __iter__(self):
        return iter(_hub.call(self._token.address, self._token.id, 'iterate'))


ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join',
    'map', 'map_async', 'starmap', 'starmap_async', 'terminate'))


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    """A manager: start() it, make shared objects with the methods register() added, shutdown()."""
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._address = address
        self._state = State()
        self._state.value = State.INITIAL
        self._ctx = ctx

    def get_server(self):
        raise NotImplementedError('a manager here serves from the process that starts it')

    def connect(self):
        self._state.value = State.STARTED

    def start(self, initializer=None, initargs=()):
        """Starts serving (from this process's listener)."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if initializer is not None:
            initializer(*initargs)
        self._address = _hub.address()
        self._state.value = State.STARTED

    @property
    def address(self):
        return self._address

    def _create(self, typeid, /, *args, **kwds):
        if self._state.value != State.STARTED:
            if self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            raise ProcessError("Manager has not been started")
        callable_, exposed, method_to_typeid, proxytype = self._registry[typeid]
        obj = callable_(*args, **kwds)
        address, ident = _serve(obj)
        return Token(typeid, address, ident), exposed

    def join(self, timeout=None):
        pass

    def shutdown(self):
        """Stops the manager: its proxies are not to be used after."""
        self._state.value = State.SHUTDOWN

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Adds a type of shared object: manager.typeid(*args) makes one and returns its proxy."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                if proxytype is AutoProxy:
                    return AutoProxy(token, exposed=exp)
                return proxytype(token, manager=self)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    """The manager Manager() returns."""


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Pool', pool.Pool, PoolProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
