"""Paths as objects: PurePosixPath computes with paths, PosixPath (what
Path() makes here) also reaches the file system.

pyheap's own implementation of the standard module: POSIX paths, and
Windows paths as pure paths (PureWindowsPath; WindowsPath cannot be made here,
as on any POSIX system).  A path is its
anchor ('/' or '//' or '') and its parts; '.' parts and repeated slashes
are dropped, '..' is kept.  Not here: owner/group, chmod/lchmod, symlinks
(symlink_to, readlink, hardlink_to), expanduser's '~user' form.  The path
classes have no __slots__ (CPython's do), so a path carries a __dict__.
"""

import fnmatch
import os
import sys
from _collections_abc import Sequence

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _split(text):
    """(root, parts) of a POSIX path string."""
    if text.startswith('/'):
        # exactly two leading slashes are kept, as POSIX allows them a meaning
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return root, parts


class PurePath(object):
    """A path without file system access; PurePath(...) makes a
    PurePosixPath.

    A path is its anchor (_root: the drive and the root together, '' when
    relative), the drive alone (_drv: '' except for Windows paths) and its
    other parts.  The flavour (POSIX or Windows) is the subclass's: how text
    is split (_parse_args), the separator (_sep) and how parts compare
    (_casefold: Windows paths compare case-insensitively)."""

    _sep = '/'

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @staticmethod
    def _casefold(text):
        return text

    @staticmethod
    def _drive_of(anchor):
        return ''

    @classmethod
    def _parse_args(cls, args):
        """(anchor, parts) of the arguments joined: a later absolute one
        starts again."""
        root = ''
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                a_root, a_parts = a._root, a._parts
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % type(a))
                a_root, a_parts = _split(a)
            if a_root:
                root, parts = a_root, list(a_parts)
            else:
                parts.extend(a_parts)
        return root, parts

    @classmethod
    def _from_args(cls, args):
        return cls._from_parts(*cls._parse_args(args))

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._drv = cls._drive_of(root)
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _new(self, root, parts):
        return type(self)._from_parts(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + self._sep.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    # comparisons: paths of the same flavour, by their (case-folded) parts
    def _key(self):
        parts = (self._root,) + self._parts if self._root else self._parts
        return tuple(self._casefold(p) for p in parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._casefold(str(self)))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() >= other._key()

    drive = property(lambda self: self._drv, doc="The drive: 'C:' or '\\\\host\\share' of a Windows path, else ''.")
    root = property(lambda self: self._root[len(self._drv):], doc="The root: '/', '//' or '' (Windows: '\\' or '').")
    anchor = property(lambda self: self._root, doc="The drive and the root.")

    @property
    def parts(self):
        """The components, the anchor first: ('/', 'usr', 'bin')."""
        return ((self._root,) if self._root else ()) + self._parts

    @property
    def name(self):
        """The final component, '' for an anchor alone."""
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        """The final component's last extension: '.gz' of 'a.tar.gz'."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """Every extension of the final component: ['.tar', '.gz']."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = self._parse_args((name,))
        if not name or name[-1] in ('/', self._sep) or root or len(parts) != 1 or parts[0] != name:
            raise ValueError("Invalid name %r" % (name))
        return self._new(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or self._sep in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._new(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        """This path relative to `other`, which must be a prefix of it (compared
        as the flavour compares: a drive alone, a drive and a root, or parts)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        mine = self._anchored_parts()
        theirs = base._anchored_parts()
        n = len(theirs)
        fold = self._casefold
        if (bool(self._root)) if n == 0 else [fold(p) for p in mine[:n]] != [fold(p) for p in theirs]:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), base._root + base._sep.join(base._parts)))
        # what is left keeps a root only after a drive without one ('C:' against 'C:\\x')
        rest_root = self._root[len(self._drv):] if n == 1 else ''
        rest = mine[n + 1:] if rest_root else mine[n:]
        return self._new(rest_root, rest)

    def _anchored_parts(self):
        # the drive and the root as separate items when there is a root, else the anchor (a drive
        # alone) as one: what relative_to compares item by item
        root = self._root[len(self._drv):]
        if root:
            return [self._drv, root] + list(self._parts)
        return ([self._root] if self._root else []) + list(self._parts)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._join(args)

    def _join(self, args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its final component (the path itself for an
        anchor alone or '.')."""
        if not self._parts:
            return self
        return self._new(self._root, self._parts[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first: a sequence."""
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (a relative pattern) or whole (an anchored one); Windows
        paths case-insensitively.  As in CPython 3.11, the path's anchor
        counts as a part a relative pattern's first part may match."""
        fold = self._casefold
        anchor, pattern_parts = self._parse_args((fold(path_pattern),))
        if not anchor and not pattern_parts:
            raise ValueError("empty pattern")
        drv = self._drive_of(anchor)
        if drv and drv != fold(self._drv):
            return False
        root = anchor[len(drv):]
        if root and root != fold(self._root[len(self._drv):]):
            return False
        parts = [fold(p) for p in self.parts]
        if anchor:
            if len(pattern_parts) + 1 != len(parts):
                return False
        elif len(pattern_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pattern_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class _PathParents(Sequence):
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        path = self._path
        return path._new(path._root, path._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


_WINDOWS_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                     | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                     | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


def _win_splitroot(part):
    """(drive, root, rest) of one Windows path string whose separators are
    backslashes already: a drive letter 'C:', a UNC share '\\\\host\\share'
    (also behind the '\\\\?\\' and '\\\\?\\UNC\\' prefixes of extended
    paths), and a root '\\'."""
    prefix = ''
    if part.startswith('\\\\'):
        if part.startswith('\\\\?\\'):
            prefix = part[:4]
            part = part[4:]
            if part.startswith('UNC\\'):
                prefix += part[:3]
                part = '\\' + part[3:]
    if part.startswith('\\\\') and part[2:3] != '\\':
        # \\machine\share\rest: the share is part of the drive; never two separators in a row
        first = part.find('\\', 2)
        if first != -1:
            second = part.find('\\', first + 1)
            if second != first + 1:
                if second == -1:
                    second = len(part)
                drive = prefix + part[1:second] if prefix else part[:second]
                return drive, '\\', part[second + 1:]
    drive = root = ''
    if part[1:2] == ':' and part[:1].isascii() and part[:1].isalpha():
        drive, part = part[:2], part[2:]
    if part[:1] == '\\':
        root = '\\'
        part = part.lstrip('\\')
    return prefix + drive, root, part


class PurePosixPath(PurePath):
    """A POSIX path without file system access."""
    _flavour = 'posix'


class PureWindowsPath(PurePath):
    """A Windows path without file system access: drives, UNC shares,
    backslashes (slashes read as backslashes), case-insensitive comparisons.

    The arguments are parsed as CPython 3.11's _WindowsFlavour.parse_parts
    parses them: from the last one back to the first anchored one, which
    ends the parse (a rooted part without a drive takes the drive of an
    earlier argument); joining (/ and joinpath) keeps this path's drive for
    a drive-relative or rooted part, as join_parsed_parts does."""
    _flavour = 'windows'
    _sep = '\\'

    @staticmethod
    def _casefold(text):
        return text.lower()

    @staticmethod
    def _drive_of(anchor):
        return _win_splitroot(anchor)[0] if anchor else ''

    @classmethod
    def _texts(cls, args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts.extend(a.parts)
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(a))
            texts.append(a)
        return texts

    @classmethod
    def _parse_args(cls, args):
        drv, root, parts = cls._parse_texts(cls._texts(args))
        return drv + root, parts

    @staticmethod
    def _parse_texts(texts):
        parsed = []
        drv = root = ''
        it = reversed(texts)
        for text in it:
            if not text:
                continue
            drv, root, rel = _win_splitroot(text.replace('/', '\\'))
            parsed.extend(x for x in reversed(rel.split('\\')) if x and x != '.')
            if drv or root:
                if not drv:
                    for earlier in it:
                        if earlier:
                            drv = _win_splitroot(earlier.replace('/', '\\'))[0]
                            if drv:
                                break
                break
        parsed.reverse()
        return drv, root, parsed

    def _join(self, args):
        drv2, root2, parts2 = self._parse_texts(self._texts(args))
        drv, root = self._drv, self._root[len(self._drv):]
        if root2:
            if not drv2 and drv:
                return self._new(drv + root2, parts2)
        elif drv2:
            if drv2 == drv or drv2.lower() == drv.lower():
                return self._new(self._root, self._parts + tuple(parts2))
        else:
            return self._new(self._root, self._parts + tuple(parts2))
        return self._new(drv2 + root2, parts2)

    def __rtruediv__(self, key):
        try:
            return type(self)(key, *self.parts)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._drv) and len(self._root) > len(self._drv)

    def is_reserved(self):
        parts = self.parts
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        drive = self._drv
        if len(drive) == 2 and drive[1] == ':':
            rest = self.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, quote_from_bytes(rest.encode('utf-8')))
        return 'file:' + quote_from_bytes(self.as_posix().encode('utf-8'))


class Path(PurePath):
    """A path on this system's file system: Path(...) makes a PosixPath."""


    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if cls is WindowsPath:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        path = os.path.realpath(self)
        if strict:
            os.stat(path)
        return type(self)(path)

    def expanduser(self):
        if self._parts and self._parts[0] == '~' and not self._root:
            home = os.path.expanduser('~')
            if home == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False
        return True

    def _mode_test(self, test):
        try:
            return test(self.stat().st_mode)
        except (FileNotFoundError, NotADirectoryError):
            return False
        except ValueError:
            return False

    def is_dir(self):
        import stat
        return self._mode_test(stat.S_ISDIR)

    def is_file(self):
        import stat
        return self._mode_test(stat.S_ISREG)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        path = str(self)
        if buffering != -1 or errors is not None or newline is not None:
            return open(path, mode, buffering, encoding, errors, newline)
        if encoding is not None:
            return open(path, mode, encoding=encoding)
        return open(path, mode)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding) as f:
            return f.write(data)

    def iterdir(self):
        """The paths of the directory's entries (in the directory's order)."""
        for name in os.listdir(self):
            yield self._new(self._root, self._parts + (name,))

    def glob(self, pattern):
        """The paths under this directory matching the relative pattern
        ('**' is this directory and every directory below it)."""
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.endswith('/'):
            parts.append('')
        yield from self._select(parts)

    def rglob(self, pattern):
        """glob() of the pattern in this directory and every one below."""
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._select(['**'] + parts)

    def _select(self, parts):
        if not parts:
            yield self
            return
        first, rest = parts[0], parts[1:]
        if first == '':  # a trailing slash: directories only
            if self.is_dir():
                yield self
            return
        if first == '**':
            seen = set()
            for directory in self._walk_dirs():
                for found in directory._select(rest):
                    if found not in seen:
                        seen.add(found)
                        yield found
            return
        if not any(c in first for c in '*?['):
            child = self._new(self._root, self._parts + (first,))
            if not rest:
                if child.exists():
                    yield child
            elif child.is_dir():
                yield from child._select(rest)
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, first):
                child = self._new(self._root, self._parts + (name,))
                if not rest:
                    yield child
                elif child.is_dir():
                    yield from child._select(rest)

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._new(self._root, self._parts + (name,))
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def touch(self, mode=0o666, exist_ok=True):
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported here."""
