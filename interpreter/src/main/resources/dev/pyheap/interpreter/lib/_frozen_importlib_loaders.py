# The loaders' part of importlib._bootstrap_external that importlib.abc builds on (see
# _frozen_importlib_external._install_loaders, which runs this file in that module's namespace under
# the name <frozen importlib._bootstrap_external>).
# (comments, not a docstring: a docstring would replace the module's __doc__)


class _LoaderBasics:
    """What importlib.abc's loaders share (CPython's _LoaderBasics): is_package from the file name,
    the default create_module, exec_module running get_code's code in the module's namespace."""

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        import _frozen_importlib
        _frozen_importlib._call_with_frames_removed(exec, code, module.__dict__)

    def load_module(self, fullname):
        """This method is deprecated."""
        import _frozen_importlib
        return _frozen_importlib._load_module_shim(self, fullname)


class SourceLoader(_LoaderBasics):
    """A loader of source from get_data(get_filename(name)) (no bytecode cache here)."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def _cache_bytecode(self, source_path, cache_path, data):
        return self.set_data(cache_path, data)

    def set_data(self, path, data):
        """Optional method which writes data (bytes) to a file path (a str)."""

    def get_source(self, fullname):
        """Concrete implementation of InspectLoader.get_source."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        import importlib.util
        return importlib.util.decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Return the code object compiled from source."""
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(source_path), source_path)


class WindowsRegistryFinder:
    """Meta path finder for modules declared in the Windows registry: none on this platform."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def find_module(cls, fullname, path=None):
        return None


def _find_module_shim(self, fullname):
    """A path entry finder's loader for fullname through its find_spec (the deprecated find_module)."""
    import _warnings
    _warnings.warn(f'{type(self).__qualname__}.find_module() is deprecated and slated for removal in '
                   'Python 3.12; use find_spec() instead', DeprecationWarning)
    spec = self.find_spec(fullname)
    if spec is None:
        return None
    return spec.loader



for _cls in (_LoaderBasics, SourceLoader, WindowsRegistryFinder):
    _cls.__module__ = '_frozen_importlib_external'
del _cls


def _exec_module_frame():
    # (see _frozen_importlib's _run_found): a code object named as the loaders' exec_module
    def exec_module(code, namespace):
        import _frozen_importlib
        _frozen_importlib._call_with_frames_removed(exec, code, namespace)
    return exec_module


_exec_found = _exec_module_frame()
del _exec_module_frame
