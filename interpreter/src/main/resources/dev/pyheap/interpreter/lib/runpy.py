"""Running a module or a script file as a program, as `python -m NAME` and `python FILE` do.

run_module(name) finds the module through the import system (a package runs its __main__
submodule) and executes its code in a fresh namespace; run_path(path) does the same for a
file, or for a folder holding __main__.py. Either returns the namespace the code left.
With alter_sys (run_module) or always (run_path), the code runs as a real module in
sys.modules under the run name, with sys.argv[0] naming its file, and both are put back
afterwards. The errors are those `-m` reports: relative names, packages without a
__main__, namespace packages, modules without code.
"""

import importlib.machinery
import importlib.util
import io
import os
import sys
import types

__all__ = ['run_module', 'run_path']


class _SwappedModule:
    """sys.modules[name] is a fresh module while the block runs; the old entry comes back after."""

    def __init__(self, name):
        self.name = name
        self.module = types.ModuleType(name)
        self._previous = None

    def __enter__(self):
        self._previous = sys.modules.get(self.name, self)
        sys.modules[self.name] = self.module
        return self

    def __exit__(self, *exc_info):
        if self._previous is self:
            del sys.modules[self.name]
        else:
            sys.modules[self.name] = self._previous


class _SwappedArgv0:
    """sys.argv[0] is the running file's name while the block runs."""

    def __init__(self, value):
        self.value = value
        self._previous = None

    def __enter__(self):
        self._previous = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc_info):
        sys.argv[0] = self._previous


def _exec_in(code, namespace, init_globals, run_name, spec=None, package=None, script_name=None):
    # the module attributes a program sees, set after init_globals so they win
    if init_globals is not None:
        namespace.update(init_globals)
    if spec is None:
        loader, file, cached = None, script_name, None
    else:
        loader, file, cached = spec.loader, spec.origin, getattr(spec, 'cached', None)
        if package is None:
            package = spec.parent
    namespace.update(__name__=run_name, __file__=file, __cached__=cached, __doc__=None,
                     __loader__=loader, __package__=package, __spec__=spec)
    exec(code, namespace)
    return namespace


def _exec_as_module(code, init_globals, run_name, spec=None, package=None, script_name=None):
    file = script_name if spec is None else spec.origin
    with _SwappedModule(run_name) as swapped, _SwappedArgv0(file):
        namespace = swapped.module.__dict__
        _exec_in(code, namespace, init_globals, run_name, spec, package, script_name)
    # the module is gone from sys.modules now: hand back a copy its later clearing cannot empty
    return namespace.copy()


def _get_module_details(name, error=ImportError):
    """(name, spec, code) of what running module `name` runs: a package's __main__."""
    if name.startswith('.'):
        raise error('Relative module names not supported')
    package, _, _ = name.rpartition('.')
    if package:
        # the parent's import may fail for a missing parent only; any other error is the program's
        try:
            __import__(package)
        except ImportError as e:
            if e.name is None or (e.name != package and not package.startswith(e.name + '.')):
                raise
        found = sys.modules.get(name)
        if found is not None and not hasattr(found, '__path__'):
            from warnings import warn
            warn(RuntimeWarning(
                f'{name!r} found in sys.modules after import of package {package!r}, but prior '
                f'to execution of {name!r}; this may result in unpredictable behaviour'))
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        message = 'Error while finding module specification for {!r} ({}: {})'
        if name.endswith('.py'):
            message += f'. Try using \'{name[:-3]}\' instead of \'{name}\' as the module name.'
        raise error(message.format(name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % name)
    if spec.submodule_search_locations is not None:
        if name == '__main__' or name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(name + '.__main__', error)
        except error as e:
            if name not in sys.modules:
                raise
            raise error('%s; %r is a package and cannot be directly executed' % (e, name))
    loader = spec.loader
    if loader is None:
        raise error('%r is a namespace package and cannot be executed' % name)
    try:
        code = loader.get_code(name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error('No code object available for %s' % name)
    return name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute module mod_name's code (a package's __main__) and return its namespace.

    run_name is its __name__ (mod_name by default); with alter_sys the code runs as the
    module sys.modules[run_name] with sys.argv[0] set to its file, both restored after.
    """
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _exec_as_module(code, init_globals, run_name, spec)
    return _exec_in(code, {}, init_globals, run_name, spec)


def _code_of_file(path):
    with io.open_code(os.path.abspath(path)) as source:
        return compile(source.read(), path, 'exec')


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script at path_name (or the __main__.py of a folder) and return its namespace.

    run_name is its __name__ ('<run_path>' by default). A folder is put first on sys.path
    while its __main__ runs, as `python FOLDER` does.
    """
    if run_name is None:
        run_name = '<run_path>'
    package = run_name.rpartition('.')[0]
    path_name = os.fsdecode(path_name)
    if not os.path.isdir(path_name):
        return _exec_as_module(_code_of_file(path_name), init_globals, run_name,
                               package=package, script_name=path_name)
    sys.path.insert(0, path_name)
    try:
        main = sys.modules.pop('__main__', None)
        try:
            _, spec, code = _get_module_details('__main__')
        except ImportError as e:
            if '__main__' in str(e):
                raise ImportError(f"can't find '__main__' module in {path_name!r}") from e
            raise
        finally:
            if main is not None:
                sys.modules['__main__'] = main
        with _SwappedModule(run_name) as swapped, _SwappedArgv0(path_name):
            namespace = swapped.module.__dict__
            return _exec_in(code, namespace, init_globals, run_name, spec, package).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
