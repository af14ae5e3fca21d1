"""The metadata of installed distributions: the NAME-VERSION.dist-info and NAME.egg-info folders
found in the folders of sys.path. This interpreter installs none itself, so a name is found only
when a program's path holds such a folder; otherwise PackageNotFoundError, as CPython raises for a
distribution that is not installed."""

import os
import pathlib
import re
import sys
import warnings

__all__ = [
    'Distribution',
    'DistributionFinder',
    'PackageMetadata',
    'PackageNotFoundError',
    'distribution',
    'distributions',
    'entry_points',
    'files',
    'metadata',
    'packages_distributions',
    'requires',
    'version',
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """A METADATA (or PKG-INFO) file's headers: an email-style message. A missing header reads
    None; repeated headers (Classifier, Requires-Dist) come back with get_all."""

    def __init__(self, text):
        self._items = []
        self._payload = ''
        lines = text.splitlines()
        for index, line in enumerate(lines):
            if not line:
                self._payload = '\n'.join(lines[index + 1:])
                break
            if line[0] in ' \t' and self._items:
                name, value = self._items[-1]
                self._items[-1] = (name, value + '\n' + line)
                continue
            name, sep, value = line.partition(':')
            if sep:
                self._items.append((name.strip(), value.strip()))

    def __getitem__(self, name):
        for key, value in self._items:
            if key.lower() == name.lower():
                return value
        return None

    def __contains__(self, name):
        return any(key.lower() == name.lower() for key, _ in self._items)

    def __iter__(self):
        return iter([key for key, _ in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [key for key, _ in self._items]

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        values = [value for key, value in self._items if key.lower() == name.lower()]
        return values or failobj

    def get_payload(self):
        return self._payload

    @property
    def json(self):
        multiple = {'classifier', 'obsoletes_dist', 'platform', 'project_url', 'provides_dist',
                    'provides_extra', 'requires_dist', 'requires_external', 'supported_platform',
                    'dynamic'}
        result = {}
        for key in dict.fromkeys(self.keys()):
            tk = key.lower().replace('-', '_')
            if tk in multiple:
                result[tk] = self.get_all(key)
            elif tk == 'keywords':
                result[tk] = re.split(r'\s+', self[key])
            else:
                result[tk] = self[key]
        return result


class EntryPoint:
    """An entry point: `name = module:attr [extras]` in a group of entry_points.txt."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        self.__dict__.setdefault('dist', None)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _match(self):
        return self.pattern.match(self.value)

    @property
    def module(self):
        return self._match().group('module')

    @property
    def attr(self):
        return self._match().group('attr')

    @property
    def extras(self):
        extras = self._match().group('extras') or ''
        return re.findall(r'\w+', extras)

    def load(self):
        """The object the entry point names, imported."""
        import importlib
        match = self._match()
        module = importlib.import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        obj = module
        for attr in attrs:
            obj = getattr(obj, attr)
        return obj

    def matches(self, **params):
        return all(getattr(self, key) == value for key, value in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'


class EntryPoints(list):
    """The entry points of a selection (a list, as 3.11's: indexing by position is deprecated),
    selectable by their attributes and indexable by name."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            warnings.warn("Accessing entry points by index is deprecated. Cast to tuple if needed.",
                          DeprecationWarning, stacklevel=2)
            return super().__getitem__(name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class SelectableGroups(dict):
    """entry_points() without arguments: the entry points by group (3.11's deprecated form)."""

    @classmethod
    def load(cls, eps):
        groups = {}
        for ep in sorted(eps, key=lambda ep: ep.group):
            groups.setdefault(ep.group, []).append(ep)
        return cls((group, EntryPoints(items)) for group, items in groups.items())

    @property
    def _all(self):
        return EntryPoints(ep for eps in self.values() for ep in eps)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


class PackagePath(pathlib.PurePosixPath):
    """A file named in a distribution's RECORD."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


def _normalize(name):
    """PEP 503's normalized name, with underscores."""
    return re.sub(r"[-_.]+", "-", name).lower().replace('-', '_')


class Distribution:
    """A distribution's metadata, read from its files by read_text (subclasses say where)."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        try:
            return next(cls.discover(name=name))
        except StopIteration:
            raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop('context', None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        context = context or DistributionFinder.Context(**kwargs)
        return iter(MetadataPathFinder.find_distributions(context))

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO')
                or self.read_text('') or '')
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        text = self.read_text('entry_points.txt') or ''
        points = []
        group = None
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith(('#', ';')):
                continue
            if line.startswith('[') and line.endswith(']'):
                group = line[1:-1].strip()
                continue
            name, _, value = line.partition('=')
            ep = EntryPoint(name.strip(), value.strip(), group)
            ep.__dict__['dist'] = self
            points.append(ep)
        return EntryPoints(points)

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            text = self.read_text('SOURCES.txt')
            if text is None:
                return None
            rows = [(line, None, None) for line in text.splitlines()]
        else:
            import csv
            rows = list(csv.reader(text.splitlines()))
        result = []
        for row in rows:
            if not row:
                continue
            name = row[0]
            path = PackagePath(name.strip('"'))
            path.hash = FileHash(row[1]) if len(row) > 1 and row[1] else None
            path.size = int(row[2]) if len(row) > 2 and row[2] else None
            path.dist = self
            result.append(path)
        return result

    @property
    def requires(self):
        requires = self.metadata.get_all('Requires-Dist')
        if requires is None:
            text = self.read_text('requires.txt')
            if text is None:
                return None
            requires = []
            section = ''
            for line in text.splitlines():
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                if line.startswith('[') and line.endswith(']'):
                    section = line[1:-1]
                    continue
                if section:
                    extra, _, markers = section.partition(':')
                    conditions = []
                    if markers:
                        conditions.append('(' + markers + ')')
                    if extra:
                        conditions.append('extra == "%s"' % extra)
                    line += '; ' + ' and '.join(conditions)
                requires.append(line)
        return list(requires)


class DistributionFinder:
    """Finds distributions; its Context says which (a name, the path to search)."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)


class MetadataPathFinder(DistributionFinder):
    """The metadata folders in the folders of the context's path."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = None if context.name is None else _normalize(context.name)
        for root in context.path:
            try:
                children = sorted(os.listdir(root or '.'))
            except Exception:
                continue
            for child in children:
                stem, ext = os.path.splitext(child)
                if ext not in ('.dist-info', '.egg-info'):
                    continue
                name = stem.partition('-')[0]
                if wanted is not None and _normalize(name) != wanted:
                    continue
                yield PathDistribution(pathlib.Path(root or '.', child))


class PathDistribution(Distribution):
    """A distribution whose metadata is a folder on disk."""

    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            return self._path.joinpath(filename).read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError,
                PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path


def distribution(distribution_name):
    """The Distribution of the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Every Distribution on the path."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """The metadata of the named package."""
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """The version of the named package."""
    return distribution(distribution_name).version


def _unique(dists):
    seen = set()
    for dist in dists:
        key = dist._normalized_name
        if key not in seen:
            seen.add(key)
            yield dist


def entry_points(**params):
    """The entry points of every distribution, selected by `params` (by group without them)."""
    eps = [ep for dist in _unique(distributions()) for ep in dist.entry_points]
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    """The files of the named package."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """The requirements of the named package."""
    return distribution(distribution_name).requires


def packages_distributions():
    """The top-level packages and the distributions that provide them."""
    result = {}
    for dist in distributions():
        text = dist.read_text('top_level.txt')
        if text is not None:
            names = text.split()
        else:
            names = []
            for path in dist.files or ():
                parts = path.parts
                if len(parts) > 1:
                    names.append(parts[0])
                elif parts and parts[0].endswith('.py'):
                    names.append(parts[0][:-3])
        for pkg in dict.fromkeys(names):
            result.setdefault(pkg, []).append(dist.metadata['Name'])
    return result
