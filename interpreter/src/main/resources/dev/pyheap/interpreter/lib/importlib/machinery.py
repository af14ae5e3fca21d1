"""importlib.machinery: the import system's classes (which live in _frozen_importlib and
_frozen_importlib_external, the modules the interpreter loads at start-up) and the suffix lists."""

from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter
from _frozen_importlib_external import (SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, FileLoader,
                                        SourceFileLoader, SourcelessFileLoader, ExtensionFileLoader,
                                        NamespaceLoader, FileFinder, PathFinder, WindowsRegistryFinder,
                                        spec_from_file as _spec_from_file)
from _frozen_importlib import _cache_from_source

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'SourceFileLoader', 'SourcelessFileLoader',
           'ExtensionFileLoader', 'NamespaceLoader', 'PathFinder', 'FileFinder', 'WindowsRegistryFinder', 'SOURCE_SUFFIXES',
           'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES', 'DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES',
           'all_suffixes']

DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
