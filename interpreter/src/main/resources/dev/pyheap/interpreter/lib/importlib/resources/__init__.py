"""Read resources contained within a package.

files(package) gives the package's folder as a Traversable: a pathlib.Path for a package on disk,
or, for a package of this interpreter's own library (shipped inside its jar), a read-only
Traversable whose files are read through _imp._library_source. The legacy functions (read_text,
open_binary, contents, path, ...) go through files() and warn that they are deprecated, as 3.11's
do.
"""

from ._common import as_file, files
from ._legacy import contents, is_resource, open_binary, open_text, path, read_binary, read_text

import types

__all__ = [
    'Package',
    'Resource',
    'ResourceReader',
    'as_file',
    'contents',
    'files',
    'is_resource',
    'open_binary',
    'open_text',
    'path',
    'read_binary',
    'read_text',
]

Package = types.ModuleType
Resource = str


class ResourceReader:
    """The abstract reader a loader may provide (nothing here provides one)."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError
