"""importlib._abc: Loader, the one ABC importlib.util needs, apart from importlib.abc's others."""

from . import _bootstrap
import abc
import warnings


class Loader(metaclass=abc.ABCMeta):
    """What runs a module a finder found: create_module makes it (None: the usual empty module),
    exec_module (which subclasses define) runs its code."""

    def create_module(self, spec):
        """The module to run spec's code in, or None for the default one."""
        return None

    # exec_module is deliberately absent: the import system tells old loaders (load_module only)
    # from new ones by hasattr(loader, 'exec_module')

    def load_module(self, fullname):
        """The module fullname, made and run through exec_module (deprecated since 3.4)."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        return _bootstrap._load_module_shim(self, fullname)

    def module_repr(self, module):
        """Deprecated; raises NotImplementedError so that the module's repr is made from its spec."""
        warnings.warn("importlib.abc.Loader.module_repr() is deprecated and "
                      "slated for removal in Python 3.12", DeprecationWarning)
        raise NotImplementedError
