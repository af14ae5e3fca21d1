"""CPython's _sqlite3 (Modules/_sqlite) over SQLite itself: the engine `_pyheap_sqlite3` calls
libsqlite3 through the foreign-function interface, so the SQL, the values, the result codes and
SQLite's messages are the library's; this module is the DB-API layer above it: Connection, Cursor,
Row, Blob, PrepareProtocol, the exceptions and the adapters and converters registries, with
CPython 3.11's checks, implicit transactions and error messages.

A connection, a statement, a blob and a backup are int handles of the engine. A statement is
finalized when its Statement object goes (a cursor dropped without close() drops it), and a
connection's handle is closed when the Connection goes, so nothing the library holds outlives
the Python objects that use it."""

import _pyheap_sqlite3 as _engine
import _thread
import functools as _functools
import os as _os
import sys as _sys
import time as _time
import types as _types
import weakref as _weakref

version = '2.6.0'
sqlite_version = _engine.libversion()
threadsafety = {0: 0, 1: 3, 2: 1}.get(_engine.threadsafe(), 0)
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

_RESULT_CODES = '''
OK=0 ERROR=1 INTERNAL=2 PERM=3 ABORT=4 BUSY=5 LOCKED=6 NOMEM=7 READONLY=8 INTERRUPT=9 IOERR=10
CORRUPT=11 NOTFOUND=12 FULL=13 CANTOPEN=14 PROTOCOL=15 EMPTY=16 SCHEMA=17 TOOBIG=18 CONSTRAINT=19
MISMATCH=20 MISUSE=21 NOLFS=22 AUTH=23 FORMAT=24 RANGE=25 NOTADB=26 NOTICE=27 WARNING=28 ROW=100
DONE=101 OK_LOAD_PERMANENTLY=256 ERROR_MISSING_COLLSEQ=257 BUSY_RECOVERY=261 LOCKED_SHAREDCACHE=262
READONLY_RECOVERY=264 IOERR_READ=266 CORRUPT_VTAB=267 CANTOPEN_NOTEMPDIR=270 CONSTRAINT_CHECK=275
AUTH_USER=279 NOTICE_RECOVER_WAL=283 WARNING_AUTOINDEX=284 OK_SYMLINK=512 ERROR_RETRY=513
ABORT_ROLLBACK=516 BUSY_SNAPSHOT=517 LOCKED_VTAB=518 READONLY_CANTLOCK=520 IOERR_SHORT_READ=522
CORRUPT_SEQUENCE=523 CANTOPEN_ISDIR=526 CONSTRAINT_COMMITHOOK=531 NOTICE_RECOVER_ROLLBACK=539
ERROR_SNAPSHOT=769 BUSY_TIMEOUT=773 READONLY_ROLLBACK=776 IOERR_WRITE=778 CORRUPT_INDEX=779
CANTOPEN_FULLPATH=782 CONSTRAINT_FOREIGNKEY=787 READONLY_DBMOVED=1032 IOERR_FSYNC=1034
CANTOPEN_CONVPATH=1038 CONSTRAINT_FUNCTION=1043 READONLY_CANTINIT=1288 IOERR_DIR_FSYNC=1290
CANTOPEN_DIRTYWAL=1294 CONSTRAINT_NOTNULL=1299 READONLY_DIRECTORY=1544 IOERR_TRUNCATE=1546
CANTOPEN_SYMLINK=1550 CONSTRAINT_PRIMARYKEY=1555 IOERR_FSTAT=1802 CONSTRAINT_TRIGGER=1811
IOERR_UNLOCK=2058 CONSTRAINT_UNIQUE=2067 IOERR_RDLOCK=2314 CONSTRAINT_VTAB=2323 IOERR_DELETE=2570
CONSTRAINT_ROWID=2579 IOERR_BLOCKED=2826 CONSTRAINT_PINNED=2835 IOERR_NOMEM=3082 IOERR_ACCESS=3338
IOERR_CHECKRESERVEDLOCK=3594 IOERR_LOCK=3850 IOERR_CLOSE=4106 IOERR_DIR_CLOSE=4362
IOERR_SHMOPEN=4618 IOERR_SHMSIZE=4874 IOERR_SHMLOCK=5130 IOERR_SHMMAP=5386 IOERR_SEEK=5642
IOERR_DELETE_NOENT=5898 IOERR_MMAP=6154 IOERR_GETTEMPPATH=6410 IOERR_CONVPATH=6666 IOERR_VNODE=6922
IOERR_AUTH=7178 IOERR_BEGIN_ATOMIC=7434 IOERR_COMMIT_ATOMIC=7690 IOERR_ROLLBACK_ATOMIC=7946
IOERR_DATA=8202 IOERR_CORRUPTFS=8458'''
_AUTHORIZER_CODES = '''
DENY=1 IGNORE=2 CREATE_INDEX=1 CREATE_TABLE=2 CREATE_TEMP_INDEX=3 CREATE_TEMP_TABLE=4
CREATE_TEMP_TRIGGER=5 CREATE_TEMP_VIEW=6 CREATE_TRIGGER=7 CREATE_VIEW=8 DELETE=9 DROP_INDEX=10
DROP_TABLE=11 DROP_TEMP_INDEX=12 DROP_TEMP_TABLE=13 DROP_TEMP_TRIGGER=14 DROP_TEMP_VIEW=15
DROP_TRIGGER=16 DROP_VIEW=17 INSERT=18 PRAGMA=19 READ=20 SELECT=21 TRANSACTION=22 UPDATE=23
ATTACH=24 DETACH=25 ALTER_TABLE=26 REINDEX=27 ANALYZE=28 CREATE_VTABLE=29 DROP_VTABLE=30 FUNCTION=31
SAVEPOINT=32 RECURSIVE=33
LIMIT_LENGTH=0 LIMIT_SQL_LENGTH=1 LIMIT_COLUMN=2 LIMIT_EXPR_DEPTH=3 LIMIT_COMPOUND_SELECT=4
LIMIT_VDBE_OP=5 LIMIT_FUNCTION_ARG=6 LIMIT_ATTACHED=7 LIMIT_LIKE_PATTERN_LENGTH=8
LIMIT_VARIABLE_NUMBER=9 LIMIT_TRIGGER_DEPTH=10 LIMIT_WORKER_THREADS=11'''

_GLOBALS = globals()
_ERROR_NAMES = {}
for _pair in _RESULT_CODES.split():
    _name, _code = _pair.split('=')
    globals()['SQLITE_' + _name] = int(_code)
    _ERROR_NAMES.setdefault(int(_code), 'SQLITE_' + _name)
for _pair in _AUTHORIZER_CODES.split():
    _name, _code = _pair.split('=')
    globals()['SQLITE_' + _name] = int(_code)
del _pair, _name, _code

_SQLITE_OPEN_READWRITE, _SQLITE_OPEN_CREATE, _SQLITE_OPEN_URI = 0x2, 0x4, 0x40
_SQLITE_DETERMINISTIC = 0x800
_BIND_OVERFLOW, _BIND_UNSUPPORTED, _BIND_UNENCODABLE = -1, -2, -3


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


_EXCEPTIONS = (Warning, Error, InterfaceError, DatabaseError, InternalError, OperationalError,
               ProgrammingError, IntegrityError, DataError, NotSupportedError)
for _cls in _EXCEPTIONS:
    _cls.__module__ = 'sqlite3'
del _cls


def _exception_class(code):
    """get_exception_class: the DB-API class of a primary result code."""
    if code in (SQLITE_INTERNAL, SQLITE_NOTFOUND):
        return InternalError
    if code == SQLITE_NOMEM:
        return MemoryError
    if code in (SQLITE_ERROR, SQLITE_PERM, SQLITE_ABORT, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY,
                SQLITE_INTERRUPT, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL,
                SQLITE_EMPTY, SQLITE_SCHEMA):
        return OperationalError
    if code == SQLITE_CORRUPT:
        return DatabaseError
    if code == SQLITE_TOOBIG:
        return DataError
    if code in (SQLITE_CONSTRAINT, SQLITE_MISMATCH):
        return IntegrityError
    if code == SQLITE_MISUSE:
        return ProgrammingError
    return DatabaseError


def _error(db):
    """_pysqlite_seterror: the exception for the connection's last error."""
    code = _engine.errcode(db)
    cls = _exception_class(code & 0xff)
    exc = cls(_engine.errmsg(db))
    if cls is not MemoryError:
        exc.sqlite_errorcode = code
        exc.sqlite_errorname = _ERROR_NAMES.get(code, 'unknown error code')
    return exc


# --- adapters and converters -------------------------------------------------------------------

class PrepareProtocol:
    """PEP 246 style object adaption protocol type."""

    __module__ = 'sqlite3'
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'sqlite3.PrepareProtocol' is not an acceptable base type")


adapters = {}
converters = {}
_state = {'tracebacks': False, 'base_type_adapted': False}


def register_adapter(*args, **kwargs):
    """Register a function to adapt Python objects to SQLite values."""
    type, adapter = _positional('register_adapter', args, kwargs, 2, 2)
    if type in (int, float, str, bytearray):
        _state['base_type_adapted'] = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(*args, **kwargs):
    """Register a function to convert SQLite values to Python objects."""
    typename, converter = _positional('register_converter', args, kwargs, 2, 2)
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {type(typename).__name__}")
    converters[typename.upper()] = converter


_MISSING = object()


def adapt(obj, proto=PrepareProtocol, alt=_MISSING, /):
    """Adapt given object to given protocol."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(proto, '__adapt__', None)
    if conform is not None:
        result = conform(obj)
        if result is not None:
            return result
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not _MISSING:
        return alt
    raise ProgrammingError('can\'t adapt')


def complete_statement(statement):
    """Checks if a string contains a complete SQL statement."""
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    return _engine.complete(statement)


def enable_callback_tracebacks(enable, /):
    """Enable or disable callback functions throwing errors to stderr."""
    _state['tracebacks'] = bool(_index(enable))
    _engine.enable_callback_tracebacks(_state['tracebacks'])


def enable_shared_cache(do_enable):
    """Enable or disable shared cache mode for the calling thread (deprecated, a no-op here)."""
    import warnings
    warnings.warn('enable_shared_cache is deprecated and will be removed in Python 3.12. Shared cache is '
                  'strongly discouraged by the SQLite 3 documentation. If shared cache must be used, open '
                  'the database in URI mode usingthe cache=shared query parameter.',
                  DeprecationWarning, stacklevel=2)


def _positional(name, args, kwargs, low, high, qualname=None):
    """The argument checks of a C function taking positional arguments only (Argument Clinic's)."""
    if kwargs:
        raise TypeError(f'{qualname or name}() takes no keyword arguments')
    n = len(args)
    if n < low:
        raise TypeError(f"{name} expected {'at least ' if high > low else ''}{low} argument{'s' if low != 1 else ''}, got {n}")
    if n > high:
        raise TypeError(f"{name} expected {'at most ' if high > low else ''}{high} argument{'s' if high != 1 else ''}, got {n}")
    return args


def _parse(name, names, required, args, kwargs):
    """Argument Clinic's parsing of a C function's positional-or-keyword arguments: the values of
    names (missing optional ones left out of the dict), or its TypeError."""
    if len(args) > len(names):
        raise TypeError(f'{name}() takes at most {len(names)} argument{"s" if len(names) != 1 else ""} '
                        f'({len(args)} given)')
    values = dict(zip(names, args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        if key in values:
            raise TypeError(f"argument for {name}() given by name ('{key}') and position ({names.index(key) + 1})")
        values[key] = value
    for i, key in enumerate(names[:required]):
        if key not in values:
            raise TypeError(f"{name}() missing required argument '{key}' (pos {i + 1})")
    return values


def _real(value):
    """A C double argument ('d' format)."""
    if isinstance(value, float):
        return value
    if not hasattr(type(value), '__float__') and not hasattr(type(value), '__index__'):
        raise TypeError(f'must be real number, not {type(value).__name__}')
    return float(value)


class _ReadOnly:
    """A read-only member of the C object: the value of the attribute named with a leading underscore."""

    __slots__ = ('field',)

    def __init__(self, field):
        self.field = field

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.field)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


def _not_picklable(self, protocol=None):
    """The objects of C types without pickle support refuse as object.__reduce_ex__ does for them."""
    cls = type(self)
    name = f'sqlite3.{cls.__name__}' if cls in (Connection, Cursor, Row, Blob) else cls.__name__
    raise TypeError(f"cannot pickle '{name}' object")


def _index(value):
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _unraisable(exc, obj):
    """print_or_clear_traceback: the callback's exception to sys.unraisablehook when asked for."""
    if _state['tracebacks']:
        # the wrapper that caught it left no traceback entry (this module stands for C)
        _engine.write_unraisable(exc, obj)


def _failure(exc, obj, message):
    """set_sqlite_error: what the engine makes the function's result after a callback raised."""
    _unraisable(exc, obj)
    if isinstance(exc, OverflowError):
        return (2, None)
    if isinstance(exc, MemoryError):
        return (3, None)
    return (1, message)


def _caller_traceback():
    """The traceback entry of the frame that runs the statement (the first one outside this
    module): what PyErr_WriteUnraisable adds to an exception C code raised."""
    frame = _sys._getframe(1)
    while frame is not None and frame.f_globals is _GLOBALS:
        frame = frame.f_back
    if frame is None:
        return None
    return _types.TracebackType(None, frame, frame.f_lasti, frame.f_lineno)


def _refused(exc, func, message):
    return (4, exc.with_traceback(_caller_traceback()), func, message)


def _result(value, func, message):
    """The wrapper's answer for a function's result: (0, value) when the engine can set it, else
    what _pysqlite_set_result's failure gives: (4, exception, func, message), the exception reported (with
    the caller's frame, as it was raised by C code) and turned into the error result."""
    kind = type(value)
    if value is None or kind is float or kind is str or kind is bytes:
        return (0, value)
    if isinstance(value, int):
        if not -2 ** 63 <= value < 2 ** 63:
            return _refused(OverflowError('Python int too large to convert to SQLite INTEGER'), func, message)
        return (0, int(value))
    if isinstance(value, (float, str)):
        return (0, value)
    try:
        return (0, bytes(memoryview(value)))
    except TypeError:
        return _refused(ProgrammingError(f"User-defined functions cannot return '{kind.__name__}' values to SQLite"),
                        func, message)


# --- statements --------------------------------------------------------------------------------

def _skip_space_and_comments(sql, i):
    """lstrip_sql: the index after the whitespace and the SQL comments at i."""
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\n\f\r':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            if j < 0:
                return n
            i = j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            if j < 0:
                return n
            i = j + 2
        else:
            return i
    return i


class _Native:
    """An object owning an engine handle (a statement, a blob), released when it goes."""

    __slots__ = ('_handle',)

    def _release(self):
        handle, self._handle = self._handle, 0
        if handle:
            _engine.release(handle)

    def __del__(self):
        self._release()


class _Statement(_Native):
    """A prepared statement (pysqlite_Statement): its handle, whether it is DML, whether a cursor steps it."""

    __slots__ = ('is_dml', 'in_use', '__weakref__')

    def __init__(self, connection, sql):
        self._handle = 0
        if '\0' in sql:
            raise ProgrammingError('the query contains a null character')
        db = connection._db
        encoded = len(sql.encode('utf-8'))
        if encoded >= _engine.limit(db, SQLITE_LIMIT_SQL_LENGTH, -1):
            raise DataError('query string is too large')
        rc, handle, used = _engine.prepare(db, sql)
        if rc != SQLITE_OK:
            raise _error(db)
        self._handle = handle
        self.in_use = False
        rest = sql.encode('utf-8')[used:].decode('utf-8')
        if _skip_space_and_comments(rest, 0) < len(rest):
            self._release()
            raise ProgrammingError('You can only execute one statement at a time.')
        start = _skip_space_and_comments(sql, 0)
        word = sql[start:start + 7].upper()
        self.is_dml = word.startswith(('INSERT', 'UPDATE', 'DELETE')) or word == 'REPLACE'

    def reset(self):
        if self._handle:
            _engine.reset(self._handle)
        self.in_use = False



def _bind(statement, index, value):
    rc = _engine.bind(statement._handle, index, value)
    if rc == _BIND_OVERFLOW:
        raise OverflowError('Python int too large to convert to SQLite INTEGER')
    if rc == _BIND_UNENCODABLE:
        value.encode('utf-8')
    if rc == _BIND_UNSUPPORTED:
        raise ProgrammingError(f"Error binding parameter {index}: type '{type(value).__name__}' is not supported")
    return rc


def _adapted(value):
    """need_adapt and pysqlite_microprotocols_adapt: the value a parameter binds."""
    if not _state['base_type_adapted'] and type(value) in (int, float, str, bytearray):
        return value
    return adapt(value, PrepareProtocol, value)


def _bind_parameters(connection, statement, parameters):
    """bind_parameters: a sequence by position (any object with __getitem__ but a dict), a dict by name."""
    count = _engine.param_count(statement._handle)
    if type(parameters) in (tuple, list) or (not isinstance(parameters, dict)
                                              and hasattr(type(parameters), '__getitem__')):
        supplied = len(parameters)
        if supplied != count:
            raise ProgrammingError(f'Incorrect number of bindings supplied. The current statement uses {count}, '
                                   f'and there are {supplied} supplied.')
        for i in range(count):
            value = _adapted(parameters[i])
            rc = _bind(statement, i + 1, value)
            if rc != SQLITE_OK:
                raise InterfaceError(f'Error binding parameter {i + 1} - probably unsupported type.')
    elif isinstance(parameters, dict):
        for i in range(1, count + 1):
            name = _engine.param_name(statement._handle, i)
            if name is None:
                raise ProgrammingError(f'Binding {i} has no name, but you supplied a dictionary (which has only names).')
            key = name[1:]
            try:
                value = parameters[key]
            except LookupError:
                raise ProgrammingError(f'You did not supply a value for binding parameter :{key}.') from None
            rc = _bind(statement, i, _adapted(value))
            if rc != SQLITE_OK:
                raise InterfaceError(f'Error binding parameter :{key} - probably unsupported type.')
    else:
        raise ProgrammingError('parameters are of unsupported type')


# --- Connection --------------------------------------------------------------------------------

_ISOLATION_LEVELS = ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE')


def _check_isolation_level(level):
    if level is None:
        return
    if not isinstance(level, str):
        raise TypeError('isolation_level must be str or None')
    if level.upper() not in _ISOLATION_LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")


class Connection:
    """SQLite database connection object."""

    __module__ = 'sqlite3'
    __reduce_ex__ = _not_picklable
    __slots__ = ('_db', '_detect_types', '_isolation_level', '_begin', '_thread', '_callbacks', '_blobs',
                 '_statement_cache', 'row_factory', 'text_factory')
    # the exception classes as attributes of a connection (getset descriptors in CPython)
    Warning = property(lambda self: Warning)
    Error = property(lambda self: Error)
    InterfaceError = property(lambda self: InterfaceError)
    DatabaseError = property(lambda self: DatabaseError)
    DataError = property(lambda self: DataError)
    OperationalError = property(lambda self: OperationalError)
    IntegrityError = property(lambda self: IntegrityError)
    InternalError = property(lambda self: InternalError)
    ProgrammingError = property(lambda self: ProgrammingError)
    NotSupportedError = property(lambda self: NotSupportedError)

    def __init__(self, *args, **kwargs):
        given = _parse('Connection', _CONNECT_NAMES, 1, args, kwargs)
        database = given['database']
        timeout = _real(given.get('timeout', 5.0))
        detect_types = _index(given.get('detect_types', 0))
        isolation_level = given.get('isolation_level', '')
        check_same_thread = bool(given.get('check_same_thread', True))
        cached_statements = _index(given.get('cached_statements', 128))
        uri = bool(given.get('uri', False))
        path = _os.fsencode(database)
        if b'\0' in path:
            raise ValueError('embedded null byte')
        _check_isolation_level(isolation_level)
        if getattr(self, '_db', 0):
            self.close()
        self._db = 0
        flags = _SQLITE_OPEN_READWRITE | _SQLITE_OPEN_CREATE | (_SQLITE_OPEN_URI if uri else 0)
        rc, db = _engine.open(path, flags)
        if rc != SQLITE_OK:
            exc = _error(db) if db else OperationalError('unable to open database file')
            if db:
                _engine.release(db)
            raise exc
        self._db = db
        _engine.busy_timeout(db, int(timeout * 1000))
        self._detect_types = detect_types
        if isolation_level is not None:
            isolation_level = isolation_level.upper()
        self._isolation_level = isolation_level
        self._begin = None if isolation_level is None else 'BEGIN ' + isolation_level
        self._thread = _thread.get_ident() if check_same_thread else None
        # the callables the engine calls (it holds them borrowed), under the engine's keys
        self._callbacks = {}
        self._blobs = []
        # CPython's statement cache: an LRU cache of this connection's __call__ (the cycle it makes
        # is CPython's too: a connection dropped without close() goes at the next collection)
        self._statement_cache = _functools.lru_cache(maxsize=_index(cached_statements))(self)
        self.row_factory = None
        self.text_factory = str

    # checks
    def _check_thread(self):
        if self._thread is not None and self._thread != _thread.get_ident():
            raise ProgrammingError(
                'SQLite objects created in a thread can only be used in that same thread. '
                f'The object was created in thread id {self._thread} and this is thread id {_thread.get_ident()}.')

    def _check(self):
        """pysqlite_check_thread and pysqlite_check_connection."""
        if not hasattr(self, 'text_factory'):
            raise ProgrammingError('Base Connection.__init__ not called.')
        self._check_thread()
        if not self._db:
            raise ProgrammingError('Cannot operate on a closed database.')

    def _check_open(self):
        """pysqlite_check_connection alone (the attributes may be read from any thread)."""
        if not hasattr(self, 'text_factory'):
            raise ProgrammingError('Base Connection.__init__ not called.')
        if not self._db:
            raise ProgrammingError('Cannot operate on a closed database.')

    def _keep(self, key, callback):
        """Owns a callable registered with the engine under key (None drops it)."""
        if callback is None:
            self._callbacks.pop(key, None)
        else:
            self._callbacks[key] = callback

    @property
    def isolation_level(self):
        self._check_open()
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        self._check_open()
        if level is not None and not isinstance(level, str):
            raise TypeError('isolation_level must be str or None')
        _check_isolation_level(level)
        if level is None:
            self.commit()
            self._begin = None
        else:
            level = level.upper()
            self._begin = 'BEGIN ' + level
        self._isolation_level = level

    @isolation_level.deleter
    def isolation_level(self):
        raise AttributeError('cannot delete attribute')

    @property
    def in_transaction(self):
        self._check_open()
        return not _engine.autocommit(self._db)

    @property
    def total_changes(self):
        self._check_open()
        return _engine.total_changes(self._db)

    def cursor(self, factory=_MISSING):
        """Return a cursor for the connection."""
        self._check()
        cursor = (Cursor if factory is _MISSING else factory)(self)
        if not isinstance(cursor, Cursor):
            raise TypeError('factory must return a cursor, not ' + type(cursor).__name__)
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, *args, **kwargs):
        """Executes an SQL statement."""
        args = _positional('execute', args, kwargs, 1, 2, 'Connection.execute')
        cursor = self.cursor()
        return cursor.execute(*args)

    def executemany(self, *args, **kwargs):
        """Repeatedly executes an SQL statement."""
        args = _positional('executemany', args, kwargs, 2, 2, 'Connection.executemany')
        cursor = self.cursor()
        return cursor.executemany(*args)

    def executescript(self, *args, **kwargs):
        """Executes multiple SQL statements at once."""
        args = _positional('executescript', args, kwargs, 1, 1, 'Connection.executescript')
        cursor = self.cursor()
        return cursor.executescript(*args)

    def _run(self, sql):
        statement = _Statement(self, sql)
        try:
            rc = _engine.step(statement._handle)
            if rc not in (SQLITE_DONE, SQLITE_ROW):
                raise _error(self._db)
        finally:
            statement._release()

    def commit(self):
        """Commit any pending transaction to the database."""
        self._check()
        if not _engine.autocommit(self._db):
            self._run('COMMIT')

    def rollback(self):
        """Roll back to the start of any pending transaction."""
        self._check()
        if not _engine.autocommit(self._db):
            self._run('ROLLBACK')

    def close(self):
        """Close the database connection (any pending transaction is not committed)."""
        if getattr(self, '_thread', None) is not None:
            self._check_thread()
        db = getattr(self, '_db', 0)
        if not db:
            return
        for blob in self._blobs:
            b = blob()
            if b is not None:
                b._release()
        self._blobs = []
        self._statement_cache = None
        self._db = 0
        _engine.release(db)

    def __del__(self):
        db = getattr(self, '_db', 0)
        if db:
            self._db = 0
            _engine.release(db)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        if exc_type is None and exc_value is None and traceback is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f'sql must be str, not {type(sql).__name__}')
        return _Statement(self, sql)

    # user functions
    def create_function(self, name, narg, func, *, deterministic=False):
        """Creates a new function."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {type(name).__name__}")
        narg = _index(narg)
        flags = _SQLITE_DETERMINISTIC if deterministic else 0

        def call(*args):
            try:
                value = func(*args)
            except BaseException as exc:
                return _failure(exc, func, 'user-defined function raised exception')
            return _result(value, func, 'user-defined function raised exception')

        # None is a callable here as in CPython 3.11: calling it fails when SQL uses the function
        wrapper = call
        rc = _engine.create_function(self._db, name, narg, flags, wrapper, 0)
        if rc != SQLITE_OK:
            raise OperationalError('Error creating function')
        self._keep(f'function {name.lower()}/{narg}', wrapper)

    def create_aggregate(self, name, n_arg, aggregate_class):
        """Creates a new aggregate."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_aggregate() argument 'name' must be str, not {type(name).__name__}")
        n_arg = _index(n_arg)
        wrapper = _aggregate(aggregate_class)
        rc = _engine.create_function(self._db, name, n_arg, 0, wrapper, 1)
        if rc != SQLITE_OK:
            raise OperationalError('Error creating aggregate')
        self._keep(f'function {name.lower()}/{n_arg}', wrapper)

    def create_window_function(self, name, num_params, aggregate_class, /):
        """Creates or redefines an aggregate window function. Non-standard."""
        self._check()
        num_params = _index(num_params)
        wrapper = None if aggregate_class is None else _aggregate(aggregate_class)
        rc = _engine.create_function(self._db, name, num_params, _SQLITE_DETERMINISTIC, wrapper, 2)
        if rc != SQLITE_OK:
            raise _error(self._db)
        self._keep(f'function {name.lower()}/{num_params}', wrapper)

    def create_collation(self, name, callback, /):
        """Creates a collation function."""
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_collation() argument 1 must be str, not {type(name).__name__}")
        if callback is not None and not callable(callback):
            raise TypeError('parameter must be callable')

        def compare(a, b):
            try:
                result = callback(a, b)
                if not isinstance(result, int):
                    return 0
                return (result > 0) - (result < 0)
            except BaseException:
                return 0

        wrapper = None if callback is None else compare
        rc = _engine.create_collation(self._db, name, wrapper)
        if rc != SQLITE_OK:
            raise _error(self._db)
        self._keep(f'collation {name.lower()}', wrapper)

    def set_authorizer(self, authorizer_callback):
        """Sets authorizer callback."""
        self._check()
        callback = authorizer_callback

        def authorize(action, arg1, arg2, dbname, source):
            try:
                answer = callback(action, arg1, arg2, dbname, source)
            except BaseException as exc:
                _unraisable(exc, callback)
                return SQLITE_DENY
            if not isinstance(answer, int):
                return SQLITE_DENY
            try:
                return int(answer) if -2 ** 31 <= answer < 2 ** 31 else SQLITE_DENY
            except BaseException:
                return SQLITE_DENY

        wrapper = None if callback is None else authorize
        rc = _engine.set_authorizer(self._db, wrapper)
        if rc != SQLITE_OK:
            raise OperationalError('Error setting authorizer callback')
        self._keep('authorizer', wrapper)

    def set_progress_handler(self, progress_handler, n):
        """Sets progress handler callback."""
        self._check()
        handler = progress_handler

        def progress():
            try:
                return 1 if handler() else 0
            except BaseException as exc:
                _unraisable(exc, handler)
                return -1

        wrapper = None if handler is None else progress
        _engine.set_progress_handler(self._db, wrapper, _index(n))
        self._keep('progress', wrapper)

    def set_trace_callback(self, trace_callback):
        """Sets a trace callback called for each SQL statement (passed as unicode)."""
        self._check()
        callback = trace_callback

        def trace(sql):
            try:
                callback(sql)
            except BaseException as exc:
                _unraisable(exc, callback)
            return 0

        wrapper = None if callback is None else trace
        _engine.set_trace(self._db, wrapper)
        self._keep('trace', wrapper)

    def interrupt(self):
        """Abort any pending database operation."""
        if not getattr(self, '_db', 0):
            raise ProgrammingError('Cannot operate on a closed database.')
        _engine.interrupt(self._db)

    def getlimit(self, category, /):
        """Get connection run-time limits."""
        self._check()
        category = _index(category)
        value = _engine.limit(self._db, category, -1)
        if value < 0:
            raise ProgrammingError("'category' is out of bounds")
        return value

    def setlimit(self, category, limit, /):
        """Set connection run-time limits."""
        self._check()
        category = _index(category)
        old = _engine.limit(self._db, category, _index(limit))
        if old < 0:
            raise ProgrammingError("'category' is out of bounds")
        return old

    def serialize(self, *, name='main'):
        """Serialize a database into a byte string."""
        self._check()
        data = _engine.serialize(self._db, name)
        if data is None:
            raise OperationalError(f'unable to serialize {name!r}')
        return data

    def deserialize(self, data, /, *, name='main'):
        """Load a serialized database."""
        self._check()
        data = bytes(memoryview(data))
        rc = _engine.deserialize(self._db, name, data)
        if rc != SQLITE_OK:
            raise _error(self._db)

    def blobopen(self, table, column, row, /, *, readonly=False, name='main'):
        """Open and return a BLOB object."""
        self._check()
        rc, handle = _engine.blob_open(self._db, name, table, column, _index(row), not readonly)
        if rc != SQLITE_OK:
            if rc == SQLITE_MISUSE:
                raise InterfaceError('The provided row is invalid')
            raise _error(self._db)
        blob = Blob._new(self, handle)
        self._blobs = [b for b in self._blobs if b() is not None]
        self._blobs.append(_weakref.ref(blob))
        return blob

    def backup(self, target, *, pages=-1, progress=None, name='main', sleep=0.250):
        """Makes a backup of the database."""
        self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {type(target).__name__}")
        if target is self:
            raise ValueError('target cannot be the same connection instance')
        target._check()
        if progress is not None and not callable(progress):
            raise TypeError('progress argument must be a callable')
        pages = _index(pages)
        if pages == 0:
            pages = -1
        if not _engine.autocommit(target._db):
            raise OperationalError('target is in transaction')
        handle = _engine.backup_init(target._db, 'main', self._db, name)
        if not handle:
            raise _error(target._db)
        sleep = _real(sleep)
        rc = SQLITE_OK
        try:
            while True:
                rc = _engine.backup_step(handle, pages)
                if progress is not None:
                    remaining, pagecount = _engine.backup_progress(handle)
                    progress(rc, remaining, pagecount)
                if rc in (SQLITE_BUSY, SQLITE_LOCKED):
                    _time.sleep(sleep)
                if rc not in (SQLITE_OK, SQLITE_BUSY, SQLITE_LOCKED):
                    break
        finally:
            rc_finish = _engine.release(handle)
        if rc_finish != SQLITE_OK:
            raise _error(target._db)

    def iterdump(self):
        """Returns iterator to the dump of the database in an SQL text format."""
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self)


def _aggregate(cls):
    """The dispatcher an aggregate's (or window function's) registration calls: one instance of
    cls per group, keyed by the group's aggregate context."""
    instances = {}

    def dispatch(op, key, *args):
        if op in (0, 3):
            instance = instances.get(key)
            if instance is None:
                try:
                    instance = cls()
                except BaseException as exc:
                    return _failure(exc, cls, "user-defined aggregate's '__init__' method raised error")
                instances[key] = instance
            method = 'step' if op == 0 else 'inverse'
            try:
                bound = getattr(instance, method)
            except BaseException as exc:
                return _failure(exc, cls, f"user-defined aggregate's '{method}' method not defined")
            try:
                bound(*args)
            except BaseException as exc:
                return _failure(exc, cls, f"user-defined aggregate's '{method}' method raised error")
            return (0, None)
        if key == 0:
            return (0, None)
        instance = instances.pop(key, None) if op == 1 else instances.get(key)
        if instance is None:
            return (0, None)
        method = 'finalize' if op == 1 else 'value'
        message = f"user-defined aggregate's '{method}' method raised error"
        try:
            value = getattr(instance, method)()
        except BaseException as exc:
            return _failure(exc, cls, message)
        return _result(value, cls, message)

    return dispatch


# --- Cursor ------------------------------------------------------------------------------------

class Cursor:
    """SQLite database cursor class."""

    __module__ = 'sqlite3'
    __reduce_ex__ = _not_picklable
    __slots__ = ('_connection', '_arraysize', 'row_factory', '_description', '_rowcount', '_lastrowid',
                 '_statement', '_closed', '_locked', '_converters', '__weakref__')

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f'Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}')
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._statement = None
        self._closed = False
        self._locked = False
        self._converters = None

    connection = _ReadOnly('_connection')
    description = _ReadOnly('_description')
    rowcount = _ReadOnly('_rowcount')
    lastrowid = _ReadOnly('_lastrowid')

    @property
    def arraysize(self):
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value):
        value = _index(value)
        if not -2 ** 31 <= value < 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        self._arraysize = value

    @arraysize.deleter
    def arraysize(self):
        raise TypeError("can't delete numeric/char attribute")

    def _check(self):
        """check_cursor."""
        if not hasattr(self, '_connection'):
            raise ProgrammingError('Base Cursor.__init__ not called.')
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')
        if self._locked:
            raise ProgrammingError('Recursive use of cursors not allowed.')
        self._connection._check()

    def _release(self):
        """Lets the current statement go (reset: the connection's cache may give it out again)."""
        statement, self._statement = self._statement, None
        if statement is not None:
            statement.reset()

    def __del__(self):
        statement = getattr(self, '_statement', None)
        if statement is not None:
            statement.reset()

    def _execute(self, multiple, sql, parameters_iter):
        """_pysqlite_query_execute."""
        self._check()
        connection = self._connection
        self._locked = True
        try:
            self._description = None
            self._release()
            if not isinstance(sql, str):
                name = 'executemany' if multiple else 'execute'
                raise TypeError(f'{name}() argument 1 must be str, not {type(sql).__name__}')
            statement = connection._statement_cache(sql)
            if statement.in_use:
                statement = _Statement(connection, sql)
            self._statement = statement
            if multiple and statement._handle and _engine.readonly(statement._handle):
                raise ProgrammingError('executemany() can only execute DML statements.')
            self._rowcount = 0 if statement.is_dml else -1
            if connection._begin is not None and statement.is_dml and _engine.autocommit(connection._db):
                connection._run(connection._begin)
            for parameters in parameters_iter:
                if not statement._handle:
                    continue
                _engine.reset(statement._handle)
                statement.in_use = True
                _bind_parameters(connection, statement, parameters)
                rc = _engine.step(statement._handle)
                if rc not in (SQLITE_DONE, SQLITE_ROW):
                    _engine.reset(statement._handle)
                    raise _error(connection._db)
                self._build_converters()
                ncols = _engine.column_count(statement._handle)
                if self._description is None and ncols > 0:
                    self._description = tuple((self._column_name(_engine.column_name(statement._handle, i)),
                                               None, None, None, None, None, None) for i in range(ncols))
                if rc == SQLITE_DONE:
                    if statement.is_dml:
                        self._rowcount += _engine.changes(connection._db)
                    statement.reset()
                    if not multiple:
                        self._release()
            if multiple:
                self._release()
            else:
                self._lastrowid = _engine.last_insert_rowid(connection._db)
            if self._statement is not None and not self._statement._handle:
                self._statement = None
        except BaseException:
            self._rowcount = -1
            self._release()
            raise
        finally:
            self._locked = False
        return self

    def _column_name(self, name):
        """_pysqlite_build_column_name: with PARSE_COLNAMES, the name before its first "[" and the one space before it."""
        if self._connection._detect_types & PARSE_COLNAMES:
            cut = name.find('[')
            if cut >= 0:
                return name[:cut - 1 if cut > 0 and name[cut - 1] == ' ' else cut]
        return name

    def _build_converters(self):
        """pysqlite_build_row_cast_map: each column's converter, or None."""
        self._converters = None
        detect = self._connection._detect_types
        if not detect:
            return
        handle = self._statement._handle
        found = []
        for i in range(_engine.column_count(handle)):
            converter = None
            if detect & PARSE_COLNAMES:
                name = _engine.column_name(handle, i)
                if name is not None:
                    left = name.find('[')
                    right = name.find(']', left + 1) if left >= 0 else -1
                    if left >= 0 and right >= 0:
                        converter = converters.get(name[left + 1:right].upper())
            if converter is None and detect & PARSE_DECLTYPES:
                decltype = _engine.column_decltype(handle, i)
                if decltype is not None:
                    for j, ch in enumerate(decltype):
                        if ch in ' (':
                            decltype = decltype[:j]
                            break
                    converter = converters.get(decltype.upper())
            found.append(converter)
        if any(c is not None for c in found):
            self._converters = found

    def execute(self, *args, **kwargs):
        """Executes an SQL statement."""
        args = _positional('execute', args, kwargs, 1, 2, 'Cursor.execute')
        return self._execute(False, args[0], (args[1] if len(args) > 1 else (),))

    def executemany(self, *args, **kwargs):
        """Repeatedly executes an SQL statement."""
        sql, seq_of_parameters = _positional('executemany', args, kwargs, 2, 2, 'Cursor.executemany')
        return self._execute(True, sql, iter(seq_of_parameters))

    def executescript(self, *args, **kwargs):
        """Executes multiple SQL statements at once."""
        sql_script, = _positional('executescript', args, kwargs, 1, 1, 'Cursor.executescript')
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f'executescript() argument must be str, not {type(sql_script).__name__}')
        if '\0' in sql_script:
            raise ProgrammingError('the query contains a null character')
        data = sql_script.encode('utf-8')
        connection = self._connection
        db = connection._db
        if len(data) >= _engine.limit(db, SQLITE_LIMIT_SQL_LENGTH, -1):
            raise DataError('query string is too large')
        self._description = None
        self._release()
        connection.commit()
        while data:
            rc, handle, used = _engine.prepare(db, data)
            if rc != SQLITE_OK:
                raise _error(db)
            try:
                if handle:
                    rc = _engine.step(handle)
                    while rc == SQLITE_ROW:
                        rc = _engine.step(handle)
                    if rc != SQLITE_DONE:
                        raise _error(db)
            finally:
                if handle:
                    _engine.release(handle)
            if not handle and not used:
                break
            data = data[used:]
        return self

    def _fetch_row(self):
        """_pysqlite_fetch_one_row: the current row's values, converted."""
        statement = self._statement
        connection = self._connection
        handle = statement._handle
        text_factory = connection.text_factory
        row = _engine.row(handle, text_factory is str)
        if type(row) is int:
            name = _engine.column_name(handle, row)
            text = _engine.column_bytes(handle, row).decode('utf-8', 'replace')
            raise OperationalError(f"Could not decode to UTF-8 column '{name}' with text '{text}'")
        if self._converters is not None or text_factory is not str:
            types = _engine.column_types(handle)
            values = list(row)
            for i, kind in enumerate(types):
                converter = self._converters[i] if self._converters is not None else None
                if converter is not None:
                    values[i] = None if kind == 5 else converter(_engine.column_bytes(handle, i))
                elif kind == 3 and text_factory is not str and text_factory is not bytes:
                    values[i] = text_factory(values[i])
            row = tuple(values)
        return row

    def __iter__(self):
        return self

    def __next__(self):
        """pysqlite_cursor_iternext: the row (through row_factory), after stepping to the next one."""
        self._check()
        statement = self._statement
        if statement is None:
            raise StopIteration
        connection = self._connection
        handle = statement._handle
        self._locked = True
        try:
            row = self._fetch_row()
        finally:
            self._locked = False
        rc = _engine.step(handle)
        if rc == SQLITE_DONE:
            if statement.is_dml:
                self._rowcount = _engine.changes(connection._db)
            self._release()
        elif rc != SQLITE_ROW:
            exc = _error(connection._db)
            self._release()
            raise exc
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        """Fetches one row from the resultset."""
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        """Fetches several rows from the resultset."""
        if size is None:
            size = self.arraysize
        size = _index(size)
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
            if len(rows) == size:
                break
        return rows

    def fetchall(self):
        """Fetches all rows from the resultset."""
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def setinputsizes(self, sizes, /):
        """Required by DB-API. Does nothing in sqlite3."""

    def setoutputsize(self, size, column=None, /):
        """Required by DB-API. Does nothing in sqlite3."""

    def close(self):
        """Closes the cursor."""
        if not hasattr(self, '_connection'):
            raise ProgrammingError('Base Cursor.__init__ not called.')
        if self._locked:
            raise ProgrammingError('Recursive use of cursors not allowed.')
        self._connection._check()
        self._release()
        self._closed = True


# --- Row ---------------------------------------------------------------------------------------

class Row:
    """A row of a query, indexed by position or by column name (case-insensitively)."""

    __module__ = 'sqlite3'
    __reduce_ex__ = _not_picklable
    __slots__ = ('_data', '_description')

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f'Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}')
        if not isinstance(data, tuple):
            raise TypeError(f'Row() argument 2 must be tuple, not {type(data).__name__}')
        self = object.__new__(cls)
        self._data = data
        self._description = cursor.description
        return self

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            folded = key.upper() if key.isascii() else None
            for i, column in enumerate(self._description or ()):
                name = column[0]
                if name == key or folded is not None and name.isascii() and name.upper() == folded:
                    return self._data[i]
            raise IndexError('No item with that key')
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError('Index must be int or string')

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        """Returns the keys of the row."""
        return [column[0] for column in self._description or ()]

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


# --- Blob --------------------------------------------------------------------------------------

class Blob(_Native):
    """An SQLite BLOB, open for incremental I/O."""

    __module__ = 'sqlite3'
    __reduce_ex__ = _not_picklable
    __slots__ = ('_connection', '_offset', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Blob' instances")

    @classmethod
    def _new(cls, connection, handle):
        self = object.__new__(cls)
        self._connection = connection
        self._handle = handle
        self._offset = 0
        return self

    def _check(self):
        self._connection._check()
        if not self._handle:
            raise ProgrammingError('Cannot operate on a closed blob.')


    def close(self):
        """Close the blob."""
        self._connection._check()
        self._release()

    def __len__(self):
        self._check()
        return _engine.blob_bytes(self._handle)

    def _read(self, length, offset):
        data = _engine.blob_read(self._handle, length, offset)
        if type(data) is int:
            raise _error(self._connection._db)
        return data

    def read(self, length=-1, /):
        """Read data at the current offset position."""
        self._check()
        length = _index(length)
        size = _engine.blob_bytes(self._handle)
        max_read = size - self._offset
        if length < 0 or length > max_read:
            length = max_read
        if length == 0:
            return b''
        data = self._read(length, self._offset)
        self._offset += length
        return data

    def write(self, data, /):
        """Write data at the current offset."""
        self._check()
        data = bytes(memoryview(data))
        size = _engine.blob_bytes(self._handle)
        if len(data) > size - self._offset:
            raise ValueError('data longer than blob length')
        self._write(data, self._offset)
        self._offset += len(data)

    def _write(self, data, offset):
        if _engine.blob_write(self._handle, data, offset) != SQLITE_OK:
            raise _error(self._connection._db)

    def seek(self, offset, origin=0, /):
        """Set the current access position to offset."""
        self._check()
        offset = _index(offset)
        size = _engine.blob_bytes(self._handle)
        if origin == 0:
            pass
        elif origin == 1:
            if offset > 2 ** 31 - 1 - self._offset:
                raise OverflowError('seek offset results in overflow')
            offset += self._offset
        elif origin == 2:
            if offset > 2 ** 31 - 1 - size:
                raise OverflowError('seek offset results in overflow')
            offset += size
        else:
            raise ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
        if offset < 0 or offset > size:
            raise ValueError('offset out of blob range')
        self._offset = offset

    def tell(self):
        """Return the current access position for the blob."""
        self._check()
        return self._offset

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        self._check()
        self._release()
        return False

    def _subscript(self, key):
        """The blob's size and what key selects: an index, or a slice's (start, stop, step)."""
        self._check()
        size = _engine.blob_bytes(self._handle)
        if not isinstance(key, slice) and not hasattr(type(key), '__index__'):
            raise TypeError('Blob indices must be integers')
        return size, self._range(key, size)

    def _range(self, key, size):
        if isinstance(key, slice):
            return key.indices(size)
        index = _index(key)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('Blob index out of range')
        return index

    def __getitem__(self, key):
        size, where = self._subscript(key)
        if isinstance(where, int):
            return self._read(1, where)[0]
        start, stop, step = where
        if step == 1:
            return self._read(stop - start, start) if stop > start else b''
        data = self._read(size, 0) if size else b''
        return data[start:stop:step]

    def __setitem__(self, key, value):
        size, where = self._subscript(key)
        if isinstance(where, int):
            if not isinstance(value, int):
                raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
            if not 0 <= value <= 255:
                raise ValueError('byte must be in range(0, 256)')
            self._write(bytes((value,)), where)
            return
        data = bytes(memoryview(value))
        start, stop, step = where
        count = len(range(start, stop, step))
        if len(data) != count:
            raise IndexError('Blob slice assignment is wrong size')
        if count == 0:
            return
        if step == 1:
            self._write(data, start)
            return
        whole = bytearray(self._read(size, 0))
        whole[start:stop:step] = data
        self._write(bytes(whole), 0)

    def __delitem__(self, key):
        raise TypeError('Blob doesn\'t support item deletion')


_CONNECT_NAMES = ('database', 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', 'factory',
                  'cached_statements', 'uri')


def connect(*args, **kwargs):
    """Opens a connection to the SQLite database file database.

    You can use ":memory:" to open a database connection to a database that resides
    in RAM instead of on disk."""
    if len(args) > 5:
        factory = args[5]
    else:
        factory = kwargs.get('factory', Connection)
    return factory(*args, **kwargs)


# Frames that CPython runs in C leave no traceback entry: _sqlite3 is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
