"""The compiler's symbol tables as CPython's _symtable module gives them (Modules/symtablemodule.c):
symtable() and the flag and scope numbers of Include/internal/pycore_symtable.h. The tables are the
compiler's own, built by _pyheap_symtable; each block becomes a 'symtable entry' object."""

import _pyheap_symtable

USE = 16
DEF_GLOBAL = 1
DEF_NONLOCAL = 8
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_IMPORT = 128
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_ANNOT = 256
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
TYPE_FUNCTION = 0
TYPE_CLASS = 1
TYPE_MODULE = 2
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5


class _Entry:
    __slots__ = ('name', 'type', 'lineno', 'nested', 'symbols', 'varnames', 'children', '__weakref__')

    def __init__(self, raw):
        (self.name, self.type, self.lineno, self.nested, self.symbols, self.varnames,
         children) = raw
        self.children = [_Entry(c) for c in children]

    @property
    def id(self):
        return id(self)

    def __repr__(self):
        return '<symtable entry %s(%d), line %d>' % (self.name, self.id, self.lineno)


_Entry.__name__ = _Entry.__qualname__ = 'symtable entry'
_Entry.__module__ = 'builtins'


def symtable(source, filename, startstr, /):
    """Return symbol and scope dictionaries used internally by compiler."""
    if not isinstance(source, (str, bytes)):
        raise TypeError('symtable() arg 1 must be a string or bytes object')
    import os
    filename = os.fsdecode(filename)
    if not isinstance(startstr, str):
        raise TypeError('symtable() argument 3 must be str, not %s' % type(startstr).__name__)
    if startstr not in ('exec', 'eval', 'single'):
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    return _Entry(_pyheap_symtable.build(source, filename, startstr))
