"""zipimport: importing Python modules from Zip archives.

zipimporter is the importer of one archive, ZipImportError (an ImportError) its error and
_zip_directory_cache the directories read so far, by archive path. The import system uses it
for the entries of sys.path that name an archive.
"""

# How it works here. A zipimporter reads the archive's central directory once (the end record at
# the end of the file, after an optional comment; then one record per member) into a table of
# members, {name inside the archive: (path, method, compressed size, size, offset of the local
# header, time, date, crc)}, kept in _zip_directory_cache for every importer of that archive. A
# member's bytes are read through its local header and inflated with zlib when they are deflated.
# Only sources are imported (NAME/__init__.py, then NAME.py): a .pyc holds CPython's byte code.
#
# The import system (written in Java) asks _find_spec, then _load, for a sys.path or __path__ entry that
# names a file, or a folder inside one, instead of a directory: that is CPython's path hook
# consulted for such an entry, with the importers kept in _importers as path_importer_cache does.

# (_warnings and zlib are imported where they are used: CPython's start-up imports this
# module to put zipimporter on sys.path_hooks, and so does this interpreter's)
import sys
from _frozen_importlib import ModuleSpec
from _frozen_importlib_external import spec_from_file

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''


class ZipImportError(ImportError):
    pass


_zip_directory_cache = {}
_importers = {}

END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b'PK\x05\x06'
MAX_COMMENT_LEN = (1 << 16) - 1


def _u16(data, at):
    return int.from_bytes(data[at:at + 2], 'little')


def _u32(data, at):
    return int.from_bytes(data[at:at + 4], 'little')


def _is_regular_file(path):
    # posix (built in), not os and stat: the path hooks call this for each new sys.path entry,
    # also while those modules are imported
    import posix
    try:
        return posix.stat(path)[0] & 0o170000 == 0o100000
    except (OSError, ValueError):
        return None


class zipimporter:
    """zipimporter(archivepath): the importer of a Zip archive, or of a folder inside one
    ('/tmp/app.zip/lib'); ZipImportError when the path names no archive. 'archive' is the
    archive's path, 'prefix' the folder inside it."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        tail = []
        # the longest leading part of the path that exists must be a file: the archive
        while True:
            regular = _is_regular_file(path)
            if regular is None:
                head, _, name = path.rpartition(path_sep)
                if head == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = head
                tail.append(name)
                continue
            if not regular:
                raise ZipImportError('not a Zip file', path=path)
            break
        files = _zip_directory_cache.get(path)
        if files is None:
            files = _zip_directory_cache[path] = _read_directory(path)
        self._files = files
        self.archive = path
        self.prefix = path_sep.join(reversed(tail))
        if self.prefix:
            self.prefix += path_sep

    def find_loader(self, fullname, path=None):
        """(self, []) when the module is in the archive, (None, [its folder]) for a portion of a
        namespace package, else (None, []); deprecated since 3.10 for find_spec()."""

        import _warnings
        _warnings.warn("zipimporter.find_loader() is deprecated and slated for "
                       "removal in Python 3.12; use find_spec() instead",
                       DeprecationWarning)
        if _module_kind(self, fullname) is not None:
            return self, []
        where = _module_path(self, fullname)
        if _is_dir(self, where):
            return None, [f'{self.archive}{path_sep}{where}']
        return None, []

    def find_module(self, fullname, path=None):
        """self when the module is in the archive, else None; deprecated since 3.10 for find_spec()."""

        import _warnings
        _warnings.warn("zipimporter.find_module() is deprecated and slated for "
                       "removal in Python 3.12; use find_spec() instead",
                       DeprecationWarning)
        return self.find_loader(fullname, path)[0]

    def find_spec(self, fullname, target=None):
        """The ModuleSpec of fullname in the archive, or None."""
        kind = _module_kind(self, fullname)
        if kind is not None:
            # importlib.util.spec_from_loader's spec for a loader with get_filename
            return spec_from_file(fullname, self.get_filename(fullname), self, is_package=kind)
        where = _module_path(self, fullname)
        if not _is_dir(self, where):
            return None
        # a folder in the archive without __init__.py: a portion of a namespace package
        spec = ModuleSpec(name=fullname, loader=None, is_package=True)
        spec.submodule_search_locations.append(f'{self.archive}{path_sep}{where}')
        return spec

    def get_code(self, fullname):
        """The code object of the module's source in the archive (ZipImportError when there is none)."""
        return _module_code(self, fullname)[0]

    def get_data(self, pathname):
        """The bytes of a member, named inside the archive or by a path through it (OSError when absent)."""
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        try:
            entry = self._files[key]
        except KeyError:
            raise OSError(0, '', key)
        return _get_data(self.archive, entry)

    def get_filename(self, fullname):
        """The path of the module's file (ZipImportError when there is none)."""
        return _module_code(self, fullname)[2]

    def get_source(self, fullname):
        """The module's source text, None when the archive holds only its compiled form."""
        kind = _module_kind(self, fullname)
        if kind is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        where = _module_path(self, fullname)
        entry = self._files.get(where + path_sep + '__init__.py' if kind else where + '.py')
        return None if entry is None else _get_data(self.archive, entry).decode()

    def is_package(self, fullname):
        """Whether fullname is a package of the archive (ZipImportError when it is no module)."""
        kind = _module_kind(self, fullname)
        if kind is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return kind

    def load_module(self, fullname):
        """Imports fullname from the archive and returns it; deprecated since 3.10 for exec_module()."""

        import _warnings
        _warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for "
                       "removal in Python 3.12; use exec_module() instead",
                       DeprecationWarning)
        code, is_package, where = _module_code(self, fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, type(sys)):
            module = sys.modules[fullname] = type(sys)(fullname)
        module.__loader__ = self
        try:
            if is_package:
                # the package's folder inside the archive is where its submodules are
                module.__path__ = [self.archive + path_sep + _module_path(self, fullname)]
            if not hasattr(module, '__builtins__'):
                module.__builtins__ = __builtins__
            import os
            spec = spec_from_file(fullname, os.path.abspath(where), self, is_package)
            module.__spec__ = spec
            module.__file__ = spec.origin
            module.__cached__ = spec.cached
            exec(code, module.__dict__)
        except BaseException:
            del sys.modules[fullname]
            raise
        try:
            return sys.modules[fullname]
        except KeyError:
            raise ImportError(f'Loaded module {fullname!r} not found in sys.modules')

    def get_resource_reader(self, fullname):
        """A package's resource reader; None for a module."""
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        from importlib.resources.readers import ZipReader
        return ZipReader(self, fullname)

    def invalidate_caches(self):
        """Reads the archive's directory again."""
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}

    def create_module(self, spec):
        """None: the module is made the usual way."""
        return None

    def exec_module(self, module):
        """Runs the module's code in its namespace."""
        exec(self.get_code(module.__spec__.name), module.__dict__)

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'


# what is looked for, in order: (ending, whether it is compiled, whether it is a package)
_zip_searchorder = (
    (path_sep + '__init__.pyc', True, True),
    (path_sep + '__init__.py', False, True),
    ('.pyc', True, False),
    ('.py', False, False),
)


def _module_path(importer, fullname):
    return importer.prefix + fullname.rpartition('.')[2]


def _is_dir(importer, path):
    # the central directory names a folder with a trailing slash
    return path + path_sep in importer._files


def _module_kind(importer, fullname):
    """True for a package, False for a module, None when the archive has neither."""
    where = _module_path(importer, fullname)
    for ending, _, is_package in _zip_searchorder:
        if where + ending in importer._files:
            return is_package
    return None


def _module_code(importer, fullname):
    """(code, is_package, path of the file) of a module's source in the archive."""
    where = _module_path(importer, fullname)
    for ending, compiled, is_package in _zip_searchorder:
        entry = importer._files.get(where + ending)
        if entry is None or compiled:
            continue
        source = _get_data(importer.archive, entry)
        source = source.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        return compile(source, entry[0], 'exec', dont_inherit=True), is_package, entry[0]
    raise ZipImportError(f"can't find module {fullname!r}", name=fullname)


def _read_directory(archive):
    """The members of the archive, read from its central directory."""
    try:
        fp = open(archive, "rb")
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    with fp:
        try:
            fp.seek(-END_CENTRAL_DIR_SIZE, 2)
            end_position = fp.tell()
            end = fp.read(END_CENTRAL_DIR_SIZE)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if len(end) != END_CENTRAL_DIR_SIZE:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if end[:4] != STRING_END_ARCHIVE:
            # the end record is followed by a comment: look for it further back
            try:
                size = fp.seek(0, 2)
                start = max(size - MAX_COMMENT_LEN - END_CENTRAL_DIR_SIZE, 0)
                fp.seek(start)
                tail = fp.read()
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            at = tail.rfind(STRING_END_ARCHIVE)
            if at < 0:
                raise ZipImportError(f"not a Zip file: {archive!r}", path=archive)
            end = tail[at:at + END_CENTRAL_DIR_SIZE]
            if len(end) != END_CENTRAL_DIR_SIZE:
                raise ZipImportError(f"corrupt Zip file: {archive!r}", path=archive)
            end_position = start + at
        directory_size = _u32(end, 12)
        directory_offset = _u32(end, 16)
        if end_position < directory_size:
            raise ZipImportError(f'bad central directory size: {archive!r}', path=archive)
        if end_position < directory_offset:
            raise ZipImportError(f'bad central directory offset: {archive!r}', path=archive)
        # bytes before the archive (a zipapp's #! line) move every offset
        shift = end_position - directory_size - directory_offset
        if shift < 0:
            raise ZipImportError(f'bad central directory size or offset: {archive!r}', path=archive)
        files = {}
        try:
            fp.seek(end_position - directory_size)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        while True:
            record = fp.read(46)
            if len(record) < 4 or record[:4] != b'PK\x01\x02':
                break
            if len(record) != 46:
                raise EOFError('EOF read where not expected')
            flags = _u16(record, 8)
            method = _u16(record, 10)
            mtime = _u16(record, 12)
            mdate = _u16(record, 14)
            crc = _u32(record, 16)
            data_size = _u32(record, 20)
            file_size = _u32(record, 24)
            name_size = _u16(record, 28)
            extra_size = _u16(record, 30)
            comment_size = _u16(record, 32)
            header_offset = _u32(record, 42)
            if header_offset > directory_offset:
                raise ZipImportError(f'bad local header offset: {archive!r}', path=archive)
            name = fp.read(name_size)
            if len(name) != name_size:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            try:
                fp.seek(extra_size + comment_size, 1)
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            name = name.decode('utf-8' if flags & 0x800 else 'cp437')
            name = name.replace('/', path_sep)
            path = archive + path_sep + name
            files[name] = (path, method, data_size, file_size, header_offset + shift, mtime, mdate, crc)
    return files


def _get_data(archive, entry):
    """The bytes of a member, inflated when they are deflated."""
    path, method, data_size, file_size, offset, _, _, _ = entry
    if data_size < 0:
        raise ZipImportError('negative data size')
    with open(archive, "rb") as fp:
        try:
            fp.seek(offset)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        header = fp.read(30)
        if len(header) != 30:
            raise EOFError('EOF read where not expected')
        if header[:4] != b'PK\x03\x04':
            raise ZipImportError(f'bad local file header: {archive!r}', path=archive)
        skip = _u16(header, 26) + _u16(header, 28)
        try:
            fp.seek(offset + 30 + skip)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        data = fp.read(data_size)
        if len(data) != data_size:
            raise OSError("zipimport: can't read data")
    if method == 0:
        return data
    import zlib
    return zlib.decompress(data, -15)


def _importer(entry):
    """The zipimporter of a sys.path entry, or None when the entry names no archive (cached)."""
    if entry not in _importers:
        try:
            _importers[entry] = zipimporter(entry)
        except ZipImportError:
            _importers[entry] = None
    return _importers[entry]


def _find_spec(entry, fullname):
    """The spec of fullname in the archive a path entry names, or None (also when the entry names
    no archive, or only a namespace portion there)."""
    importer = _importer(entry)
    spec = None if importer is None else importer.find_spec(fullname)
    return None if spec is None or spec.loader is None else spec


def _load(spec):
    """Makes the module of spec, puts it in sys.modules and runs it there (taken out again if it fails)."""
    from importlib.util import module_from_spec
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise


def _main_spec(archive):
    """The spec of the __main__ module of an archive run as the program, or None."""
    importer = _importer(archive)
    return None if importer is None else importer.find_spec('__main__')
