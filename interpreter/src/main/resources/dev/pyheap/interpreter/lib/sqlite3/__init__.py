"""The DB-API 2.0 interface to SQLite databases (PEP 249), over the system's SQLite library.

    import sqlite3
    con = sqlite3.connect(':memory:')
    con.execute('create table t(x)')
    con.executemany('insert into t values (?)', [(1,), (2,)])
    print(con.execute('select sum(x) from t').fetchone())
"""

from sqlite3.dbapi2 import *


def __getattr__(name):
    # OptimizedUnicode: an alias of str, deprecated since 3.10 and gone in 3.12
    if name == 'OptimizedUnicode':
        import warnings
        warnings.warn("""
            OptimizedUnicode is deprecated and will be removed in Python 3.12.
            Since Python 3.3 it has simply been an alias for 'str'.
        """, DeprecationWarning, stacklevel=2)
        return str
    raise AttributeError(f"module 'sqlite3' has no attribute '{name}'")
