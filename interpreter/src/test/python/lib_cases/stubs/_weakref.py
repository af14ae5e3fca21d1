"""Stand-in for the Java _weakref module: exactly the names the library asks of it."""
from _cpython__weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType,
                               CallableProxyType, _remove_dead_weakref)
