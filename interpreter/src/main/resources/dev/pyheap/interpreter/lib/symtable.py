"""Interface to the compiler's internal symbol tables"""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM,
     DEF_IMPORT, DEF_BOUND, DEF_ANNOT, SCOPE_OFF, SCOPE_MASK, FREE,
     LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

import weakref

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """The SymbolTable of the module (or expression, or interactive statement) code, whose
    file is filename; compile_type is compile()'s mode."""
    return _newSymbolTable(_symtable.symtable(code, filename, compile_type), filename)


class SymbolTableFactory:
    """Makes the SymbolTable of a raw table once per (table, filename) while it is in use."""

    def __init__(self):
        self.__memo = weakref.WeakValueDictionary()

    def new(self, table, filename):
        kind = {_symtable.TYPE_FUNCTION: Function, _symtable.TYPE_CLASS: Class}.get(table.type, SymbolTable)
        return kind(table, filename)

    def __call__(self, table, filename):
        key = (table, filename)
        made = self.__memo.get(key)
        if made is None:
            made = self.new(table, filename)
            self.__memo[key] = made
        return made


_newSymbolTable = SymbolTableFactory()


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable:

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = "" if self.__class__ == SymbolTable else self.__class__.__name__ + " "
        if self._table.name == "top":
            return f"<{kind}SymbolTable for module {self._filename}>"
        return f"<{kind}SymbolTable for {self._table.name} in {self._filename}>"

    def get_type(self):
        names = {_symtable.TYPE_MODULE: "module", _symtable.TYPE_FUNCTION: "function",
                 _symtable.TYPE_CLASS: "class"}
        if self._table.type in names:
            return names[self._table.type]
        assert self._table.type in (1, 2, 3), f"unexpected type: {self._table.type}"

    def get_id(self):
        return self._table.id

    def get_name(self):
        return self._table.name

    def get_lineno(self):
        return self._table.lineno

    def is_optimized(self):
        return self._table.type == _symtable.TYPE_FUNCTION

    def is_nested(self):
        return bool(self._table.nested)

    def has_children(self):
        return bool(self._table.children)

    def get_identifiers(self):
        return self._table.symbols.keys()

    def lookup(self, name):
        if name not in self._symbols:
            flags = self._table.symbols[name]
            self._symbols[name] = Symbol(name, flags, self.__namespaces(name),
                                         module_scope=self._table.name == "top")
        return self._symbols[name]

    def get_symbols(self):
        return list(map(self.lookup, self.get_identifiers()))

    def __namespaces(self, name):
        return [table for table in self.get_children() if table.get_name() == name]

    def get_children(self):
        return [_newSymbolTable(child, self._filename) for child in self._table.children]


class Function(SymbolTable):

    # what each of the get_* methods found, worked out at its first call
    __params = None
    __locals = None
    __frees = None
    __globals = None
    __nonlocals = None

    def __names_where(self, test):
        flags = self._table.symbols
        return tuple(name for name in self.get_identifiers() if test(flags[name]))

    def get_parameters(self):
        if self.__params is None:
            self.__params = self.__names_where(lambda f: f & DEF_PARAM)
        return self.__params

    def get_locals(self):
        if self.__locals is None:
            self.__locals = self.__names_where(lambda f: _scope(f) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        if self.__globals is None:
            self.__globals = self.__names_where(lambda f: _scope(f) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_nonlocals(self):
        if self.__nonlocals is None:
            self.__nonlocals = self.__names_where(lambda f: f & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        if self.__frees is None:
            self.__frees = self.__names_where(lambda f: _scope(f) == FREE)
        return self.__frees


class Class(SymbolTable):

    __methods = None

    def get_methods(self):
        if self.__methods is None:
            self.__methods = tuple(dict.fromkeys(child.name for child in self._table.children))
        return self.__methods


class Symbol:

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        return f"<symbol {self.__name!r}>"

    def __bound_in_module(self):
        return self.__module_scope and self.__flags & DEF_BOUND

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT) or self.__bound_in_module())

    def is_nonlocal(self):
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        return self.__scope == GLOBAL_EXPLICIT

    def is_local(self):
        return bool(self.__scope in (LOCAL, CELL) or self.__bound_in_module())

    def is_annotated(self):
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        return self.__scope == FREE

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        return bool(self.__namespaces)

    def get_namespaces(self):
        return self.__namespaces

    def get_namespace(self):
        if not self.__namespaces:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]


if __name__ == "__main__":
    import os
    import sys
    with open(sys.argv[0]) as source:
        table = symtable(source.read(), os.path.basename(sys.argv[0]), "exec")
    for symbol in map(table.lookup, table.get_identifiers()):
        print(symbol, symbol.is_local(), symbol.is_namespace())
