"""The objects processes share, and the calls that reach them.

A JVM cannot fork and cannot hand an open descriptor to a child it starts, so the objects several
processes use (queues, pipes, locks, manager objects) live in the process that made them, in a
table of this module, and other processes call their methods through a listener the making process
opens when the first of them is pickled: an AF_UNIX socket in a private temporary folder. A call is
one pickled message (object number, method, arguments) answered by one pickled message (whether it
returned, the value or the exception). A calling thread keeps one connection per listener, and the
listener serves each connection on a thread of its own, so a blocking call (a queue's get, a lock's
acquire) blocks only the thread that made it, and a lock taken through a connection is held by that
connection's serving thread until the same caller releases it.

A Ref names one such object: in its own process it calls the object directly; pickled, it becomes
(listener address, object number), and unpickled in the owning process it is the direct one again.
When a connection ends (its process exited or was killed), the cleanups its calls registered run:
the ends of a pipe it held are closed, so the other side sees end of file as with a descriptor.
"""

import os
import pickle
import socket
import struct
import threading
import time

_objects = {}
_next = [1]
_table_lock = threading.Lock()
_listener = {'address': None, 'dir': None, 'pid': None}
_local = threading.local()
_HEADER = struct.Struct('!i')


def register(obj):
    """Puts obj in this process's table; returns its number."""
    with _table_lock:
        ident = _next[0]
        _next[0] += 1
        _objects[ident] = obj
    return ident


def temp_dir():
    """The private folder of this process's listener and shared memory files (made on first use)."""
    with _table_lock:
        if _listener['dir'] is None or _listener['pid'] != os.getpid():
            import tempfile
            _listener['dir'] = tempfile.mkdtemp(prefix='pymp-')
            _listener['pid'] = os.getpid()
            import atexit
            atexit.register(_remove_dir, _listener['dir'])
    return _listener['dir']


def _remove_dir(path):
    # The children are joined first (multiprocessing's own exit function, which runs once): a child
    # still running may yet connect to the listener in this folder.
    import shutil
    from . import util
    util._exit_function()
    _stop_serving()
    shutil.rmtree(path, ignore_errors=True)


_serving = {'listener': None, 'threads': []}


def _stop_serving():
    """At exit: the listener and the connections closed, and the threads waiting on them ended,
    before the interpreter goes (a daemon thread woken by its socket closing during the
    interpreter's teardown would run in a dying interpreter)."""
    server = _serving['listener']
    if server is None:
        return
    _serving['listener'] = None
    server.close()
    for thread, conn in list(_serving['threads']):
        try:
            conn.close()
        except OSError:
            pass
    for thread, conn in list(_serving['threads']):
        thread.join(0.2)


def address():
    """This process's listener address, the listener started on the first call."""
    if _listener['address'] is not None:
        return _listener['address']
    folder = temp_dir()
    with _table_lock:
        if _listener['address'] is None:
            path = os.path.join(folder, 'listener')
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(path)
            server.listen(64)
            accepting = threading.Thread(target=_accept, args=(server,), name='multiprocessing-listener',
                                         daemon=True)
            _serving['listener'] = server
            _serving['threads'].append((accepting, server))
            accepting.start()
            _listener['address'] = path
    return _listener['address']


def _accept(server):
    while True:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        serving = threading.Thread(target=_serve, args=(conn,), name='multiprocessing-server', daemon=True)
        _serving['threads'].append((serving, conn))
        serving.start()


def _send(sock, data):
    sock.sendall(_HEADER.pack(len(data)) + data)


def _recv_exactly(sock, n):
    parts = []
    while n:
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b''.join(parts)


def _recv(sock):
    size, = _HEADER.unpack(_recv_exactly(sock, 4))
    return _recv_exactly(sock, size)


def wait_until(cond, ready, timeout):
    """Waits on cond (held) until ready() or timeout seconds (None: no limit); returns ready()."""
    deadline = None if timeout is None else time.monotonic() + max(timeout, 0.0)
    while not ready():
        if deadline is None:
            cond.wait()
        else:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            cond.wait(remaining)
    return True


def on_disconnect(callback):
    """Runs callback when the caller's connection ends (nothing when the caller is this process)."""
    cleanups = getattr(_local, 'cleanups', None)
    if cleanups is not None:
        cleanups.append(callback)
        return True
    return False


def cancel_disconnect(callback):
    cleanups = getattr(_local, 'cleanups', None)
    if cleanups is not None and callback in cleanups:
        cleanups.remove(callback)


def _serve(conn):
    _local.cleanups = []
    try:
        while True:
            try:
                request = _recv(conn)
            except (EOFError, OSError):
                break
            try:
                ident, method, args, kwargs = pickle.loads(request)
                result = (True, getattr(_objects[ident], method)(*args, **kwargs))
            except BaseException as e:
                result = (False, e)
            try:
                payload = pickle.dumps(result)
            except Exception as e:
                payload = pickle.dumps((False, e))
            try:
                _send(conn, payload)
            except OSError:
                break
    finally:
        for callback in reversed(_local.cleanups):
            try:
                callback()
            except Exception:
                pass
        conn.close()
        _serving['threads'][:] = [entry for entry in _serving['threads'] if entry[1] is not conn]


_conns = {}
_conns_pid = [None]


def _connection(addr):
    # Kept for the life of the process, not of the thread: closing a connection ends what the
    # process holds through it (the ends of pipes it received).
    if _conns_pid[0] != os.getpid():
        _conns.clear()
        _conns_pid[0] = os.getpid()
    key = (threading.get_ident(), addr)
    conn = _conns.get(key)
    if conn is None:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(addr)
        _conns[key] = conn
    return conn


def call(addr, ident, method, *args, **kwargs):
    """Calls method of object ident at listener addr; returns its value or raises its exception."""
    conn = _connection(addr)
    try:
        _send(conn, pickle.dumps((ident, method, args, kwargs)))
        ok, value = pickle.loads(_recv(conn))
    except (EOFError, OSError):
        _conns.pop((threading.get_ident(), addr), None)
        conn.close()
        raise
    if ok:
        return value
    raise value


class Ref:
    """One shared object: the object itself in its process, (address, number) in the others."""

    __slots__ = ('obj', 'address', 'ident')

    def __init__(self, obj):
        self.obj = obj
        self.address = None
        self.ident = register(obj)

    @property
    def is_local(self):
        return self.obj is not None

    def __call__(self, method, *args, **kwargs):
        if self.obj is not None:
            return getattr(self.obj, method)(*args, **kwargs)
        return call(self.address, self.ident, method, *args, **kwargs)

    def __reduce__(self):
        addr = self.address if self.obj is None else address()
        return _rebuild_ref, (addr, self.ident)


def _rebuild_ref(addr, ident):
    ref = Ref.__new__(Ref)
    if addr == _listener['address'] and _listener['pid'] == os.getpid():
        ref.obj = _objects[ident]
    else:
        ref.obj = None
    ref.address = addr
    ref.ident = ident
    return ref
