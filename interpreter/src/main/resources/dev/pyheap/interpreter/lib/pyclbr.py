"""Parse a Python module and describe its classes and functions.

readmodule(module, path=None) gives a dict of the module's top-level classes, by name;
readmodule_ex(module, path=None) also its top-level functions. Each is a Class or a Function
(module, name, file, lineno, end_lineno, parent, children; a Class's super and methods, a
Function's is_async) and holds the classes and functions nested in it in 'children'. The module
is found as an import would find it, searching 'path' first, and its source read through its
loader, never run; names imported at the top level from modules it can read are included too.
"""

import ast
import sys
import importlib.util

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]

# the descriptions of the modules read so far, by full name
_modules = {}


class _Object:
    """What a class and a function description share."""

    def __init__(self, module, name, file, lineno, end_lineno, parent):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self


class Function(_Object):
    """Information about a Python function, including methods."""

    def __init__(self, module, name, file, lineno,
                 parent=None, is_async=False, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.is_async = is_async
        if isinstance(parent, Class):
            parent.methods[name] = lineno


class Class(_Object):
    """Information about a Python class."""

    def __init__(self, module, name, super_, file, lineno,
                 parent=None, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.super = super_ or []
        self.methods = {}


def _nest_function(ob, func_name, lineno, end_lineno, is_async=False):
    """A Function nested in ob (a class or a function)."""
    return Function(ob.module, func_name, ob.file, lineno,
                    parent=ob, is_async=is_async, end_lineno=end_lineno)


def _nest_class(ob, class_name, lineno, end_lineno, super=None):
    """A Class nested in ob (a class or a function)."""
    return Class(ob.module, class_name, super, ob.file, lineno,
                 parent=ob, end_lineno=end_lineno)


def readmodule(module, path=None):
    """Return Class objects for the top-level classes in module.

    This is the original interface, before Functions were added.
    """
    return {name: value for name, value in _readmodule(module, path or []).items()
            if isinstance(value, Class)}


def readmodule_ex(module, path=None):
    """Return a dictionary with all functions and classes in module.

    Search for module in PATH + sys.path.
    If possible, include imported superclasses.
    Do this by reading source, without importing (and executing) it.
    """
    return _readmodule(module, path or [])


def _find_spec(fullmodule, search_path):
    if fullmodule in sys.modules:
        spec = sys.modules[fullmodule].__spec__
        if spec is None:
            raise ValueError(f'{fullmodule}.__spec__ is None')
        return spec
    if not fullmodule:
        # what a relative import names from a module read at the top level: no module
        return None
    from _frozen_importlib_external import PathFinder, _LIBRARY
    # the interpreter's library is searched where CPython's standard library folders are: last
    return PathFinder.find_spec(fullmodule, list(search_path) + [_LIBRARY.rstrip('/')])


def _readmodule(module, path, inpackage=None):
    """The description of module (a package's submodule when inpackage names the package),
    searched in path, then in sys.path when it is not a submodule."""
    fullmodule = module if inpackage is None else f"{inpackage}.{module}"
    if fullmodule in _modules:
        return _modules[fullmodule]
    tree = {}
    if module in sys.builtin_module_names and inpackage is None:
        # nothing can be read of a module written in the interpreter's own language
        _modules[module] = tree
        return tree
    package, dot, submodule = module.rpartition('.')
    if dot:
        parent = _readmodule(package, path, inpackage)
        if inpackage is not None:
            package = f"{inpackage}.{package}"
        if '__path__' not in parent:
            raise ImportError(f'No package named {package}')
        return _readmodule(submodule, parent['__path__'], package)
    search_path = path if inpackage is not None else path + sys.path
    spec = _find_spec(fullmodule, search_path)
    if spec is None:
        raise ModuleNotFoundError(f"no module named {fullmodule!r}", name=fullmodule)
    _modules[fullmodule] = tree
    if spec.submodule_search_locations is not None:
        tree['__path__'] = spec.submodule_search_locations
    try:
        source = spec.loader.get_source(fullmodule)
    except (AttributeError, ImportError):
        return tree
    if source is None:
        return tree
    fname = spec.loader.get_filename(fullmodule)
    return _create_tree(fullmodule, path, fname, source, tree, inpackage)


class _ModuleBrowser(ast.NodeVisitor):
    """Fills the tree of one module from its syntax tree: classes and functions, with a stack of
    the ones being visited as their parents."""

    def __init__(self, module, path, file, tree, inpackage):
        self.path = path
        self.tree = tree
        self.file = file
        self.module = module
        self.inpackage = inpackage
        self.stack = []

    def _bases(self, node):
        bases = []
        for base in node.bases:
            name = ast.unparse(base)
            parts = name.split(".")
            if name in self.tree:
                bases.append(self.tree[name])
            elif len(parts) == 1:
                bases.append(name)
            elif parts[0] in _modules:
                # module.Class of a module read already; one of a module not read is left out
                bases.append(_modules[parts[0]].get(parts[-1], name))
        return bases

    def visit_ClassDef(self, node):
        parent = self.stack[-1] if self.stack else None
        class_ = Class(self.module, node.name, self._bases(node), self.file,
                       node.lineno, parent, end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = class_
        self.stack.append(class_)
        self.generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node, *, is_async=False):
        parent = self.stack[-1] if self.stack else None
        function = Function(self.module, node.name, self.file, node.lineno, parent, is_async,
                            end_lineno=node.end_lineno)
        if parent is None:
            self.tree[node.name] = function
        self.stack.append(function)
        self.generic_visit(node)
        self.stack.pop()

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, is_async=True)

    def visit_Import(self, node):
        if node.col_offset != 0:
            return
        for alias in node.names:
            try:
                try:
                    _readmodule(alias.name, self.path, self.inpackage)
                except ImportError:
                    _readmodule(alias.name, [])
            except (ImportError, SyntaxError):
                # a module that cannot be found or read adds nothing
                continue

    def visit_ImportFrom(self, node):
        if node.col_offset != 0:
            return
        try:
            module = _readmodule("." * node.level + (node.module or ""), self.path, self.inpackage)
        except (ImportError, SyntaxError):
            return
        for alias in node.names:
            if alias.name in module:
                self.tree[alias.asname or alias.name] = module[alias.name]
            elif alias.name == "*":
                self.tree.update((name, value) for name, value in module.items()
                                 if not name.startswith("_"))


def _create_tree(fullmodule, path, fname, source, tree, inpackage):
    _ModuleBrowser(fullmodule, path, fname, tree, inpackage).visit(ast.parse(source))
    return tree


def _main():
    """Print module output (default this file) for quick visual check."""
    import os
    try:
        mod = sys.argv[1]
    except IndexError:
        mod = __file__
    if os.path.exists(mod):
        path = [os.path.dirname(mod)]
        mod = os.path.basename(mod)
        if mod.lower().endswith(".py"):
            mod = mod[:-3]
    else:
        path = []
    tree = readmodule_ex(mod, path)
    lineno_key = lambda a: getattr(a, 'lineno', 0)
    objs = sorted(tree.values(), key=lineno_key, reverse=True)
    indent_level = 2
    while objs:
        obj = objs.pop()
        if isinstance(obj, list):
            # a list of the depth of the objects after it
            continue
        if not hasattr(obj, 'indent'):
            obj.indent = 0
        if isinstance(obj, _Object):
            new_objs = sorted(obj.children.values(), key=lineno_key, reverse=True)
            for ob in new_objs:
                ob.indent = obj.indent + indent_level
            objs.extend(new_objs)
        if isinstance(obj, Class):
            print("{}class {} {} {}".format(' ' * obj.indent, obj.name, obj.super, obj.lineno))
        elif isinstance(obj, Function):
            print("{}def {} {}".format(' ' * obj.indent, obj.name, obj.lineno))


if __name__ == "__main__":
    _main()
