"""Comparing files and directories.

`cmp` compares two files (by their stat signature when shallow, else by content; results are
cached while the files' signatures stay the same), `cmpfiles` sorts a list of names common to two
directories into equal, different and uncomparable, and `dircmp` compares two directories,
working out each group of names only when it is first asked for.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

_cache = {}


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(path):
    st = os.stat(path)
    return stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime


def _same_bytes(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            block = one.read(BUFSIZE)
            if block != two.read(BUFSIZE):
                return False
            if not block:
                return True


def cmp(f1, f2, shallow=True):
    """Compare two files: True if they are the same, False otherwise.

    With shallow (the default), files whose stat signatures (type, size, modification time)
    are equal are taken as equal without reading them; otherwise their contents decide.
    """
    sig1, sig2 = _signature(f1), _signature(f2)
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    result = _cache.get(key)
    if result is None:
        result = _same_bytes(f1, f2)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = result
    return result


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` in directories a and b: a tuple of three lists,
    the names of equal files, of different files, and of those that could not be compared."""
    equal, different, failed = [], [], []
    for name in common:
        try:
            same = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except OSError:
            failed.append(name)
            continue
        (equal if same else different).append(name)
    return equal, different, failed


class dircmp:
    """Compare directories a and b.

    The attributes are computed on first use: left_list and right_list (the entries, less
    `hide` and `ignore`), common, left_only, right_only, common_dirs, common_files,
    common_funny (entries of different kinds, or that cannot be stat'ed), same_files,
    diff_files, funny_files and subdirs (a dircmp of the same class per common subdirectory).
    report(), report_partial_closure() and report_full_closure() print the differences.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skipped = set(self.hide) | set(self.ignore)
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skipped)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skipped)

    def phase1(self):
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {
            name: self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                 self.ignore, self.hide)
            for name in self.common_dirs}

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    methodmap = dict(left_list=phase0, right_list=phase0,
                     common=phase1, left_only=phase1, right_only=phase1,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     subdirs=phase4)

    def __getattr__(self, attr):
        compute = self.methodmap.get(attr)
        if compute is None:
            raise AttributeError(attr)
        compute(self)
        return getattr(self, attr)

    def report(self):
        print('diff', self.left, self.right)
        sections = (('left_only', ('Only in', self.left, ':')),
                    ('right_only', ('Only in', self.right, ':')),
                    ('same_files', ('Identical files :',)),
                    ('diff_files', ('Differing files :',)),
                    ('funny_files', ('Trouble with common files :',)),
                    ('common_dirs', ('Common subdirectories :',)),
                    ('common_funny', ('Common funny cases :',)))
        for attr, heading in sections:
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*heading, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)
