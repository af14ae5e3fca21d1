__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

# The module is _struct's (written in Java); this one only re-exports it, as CPython's does.
from _struct import *
from _struct import _clearcache
from _struct import __doc__
