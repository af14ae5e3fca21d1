"""os.path for Windows paths, usable on any system (CPython's ntpath): drives ('C:') and UNC
shares ('\\\\server\\share') at the front, '\\' as the separator with '/' accepted as well,
case-insensitive comparisons through normcase. Only string work is done here: the questions to
the file system are genericpath's (they ask this system), abspath joins with os.getcwd() and
realpath does not resolve links, as CPython's ntpath does away from Windows."""

import os
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'samefile',
           'sameopenfile', 'samestat', 'commonpath']

supports_unicode_filenames = False


def _seps(path):
    """(sep, altsep, colon) of the path's type."""
    return (b'\\', b'/', b':') if isinstance(path, bytes) else ('\\', '/', ':')


def normcase(s):
    """Normalize case of pathname: lower case, '/' turned into '\\'."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    if isinstance(s, bytes):
        sep, altsep, colon_sep = b'\\', b'/', b':\\'
        long_prefix = b'\\\\?\\'
    else:
        sep, altsep, colon_sep = '\\', '/', ':\\'
        long_prefix = '\\\\?\\'
    s = s[:3].replace(altsep, sep)
    # a UNC or \\?\ path, a rooted path, or a drive followed by a root
    if s.startswith(sep) or s.startswith(colon_sep, 1) or s.startswith(long_prefix):
        return True
    return False


def join(path, *paths):
    """Join two or more pathname components, a component with a root or a drive starting again."""
    path = os.fspath(path)
    sep, seps, colon = ('\\', '\\/', ':') if not isinstance(path, bytes) else (b'\\', b'\\/', b':')
    try:
        if not paths:
            path[:0] + sep
        result_drive, result_path = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_path = splitdrive(p)
            if p_path and p_path[0] in seps:
                # an absolute path: it replaces what came before, keeping the drive if it has none
                if p_drive or not result_drive:
                    result_drive = p_drive
                result_path = p_path
                continue
            elif p_drive and p_drive != result_drive:
                if p_drive.lower() != result_drive.lower():
                    # another drive: a new start
                    result_drive = p_drive
                    result_path = p_path
                    continue
                result_drive = p_drive
            if result_path and result_path[-1] not in seps:
                result_path = result_path + sep
            result_path = result_path + p_path
        # a relative path after a UNC share gets the separator between them
        if (result_path and result_path[0] not in seps and
                result_drive and result_drive[-1:] != colon):
            return result_drive + sep + result_path
        return result_drive + result_path
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def splitdrive(p):
    """Split a pathname into drive/UNC sharepoint and relative path specifiers.
    Returns a 2-tuple (drive_or_unc, path); either part may be empty."""
    p = os.fspath(p)
    if len(p) >= 2:
        sep, altsep, colon = _seps(p)
        unc_prefix = b'\\\\?\\UNC\\' if isinstance(p, bytes) else '\\\\?\\UNC\\'
        normp = p.replace(altsep, sep)
        if normp[0:2] == sep * 2:
            # \\server\share, \\?\UNC\server\share, or a device: \\.\device, \\?\device
            start = 8 if normp[:8].upper() == unc_prefix else 2
            index = normp.find(sep, start)
            if index == -1:
                return p, p[:0]
            index2 = normp.find(sep, index + 1)
            if index2 == -1:
                return p, p[:0]
            return p[:index2], p[index2:]
        if normp[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = os.fspath(p)
    seps = b'\\/' if isinstance(p, bytes) else '\\/'
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    stripped = head.rstrip(seps)
    return d + (stripped or head), tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or starting with a dot."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'\\', b'/', b'.')
    return genericpath._splitext(p, '\\', '/', '.')


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point: a drive's root or a UNC share's root."""
    path = os.fspath(path)
    seps = b'\\/' if isinstance(path, bytes) else '\\/'
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return not rest or rest in seps
    return rest in seps


def expanduser(path):
    """Expand ~ and ~user constructs from USERPROFILE, else HOMEDRIVE and HOMEPATH."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    seps = b'\\/' if isinstance(path, bytes) else '\\/'
    i, n = 1, len(path)
    while i < n and path[i] not in seps:
        i += 1
    if 'USERPROFILE' in os.environ:
        userhome = os.environ['USERPROFILE']
    elif 'HOMEPATH' not in os.environ:
        return path
    else:
        userhome = join(os.environ.get('HOMEDRIVE', ''), os.environ['HOMEPATH'])
    if i != 1:
        target_user = path[1:i]
        if isinstance(target_user, bytes):
            target_user = os.fsdecode(target_user)
        current_user = os.environ.get('USERNAME')
        if target_user != current_user:
            # another user's folder is guessed as a sibling of this one's, when the last
            # component of this one's is this user's name
            if current_user != basename(userhome):
                return path
            userhome = join(dirname(userhome), target_user)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def expandvars(path):
    """Expand shell variables of the forms $var, ${var} and %var%; unknown ones are left alone."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path and b'%' not in path:
            return path
        import string
        varchars = bytes(string.ascii_letters + string.digits + '_-', 'ascii')
        quote, percent, brace, rbrace, dollar = b"'", b'%', b'{', b'}', b'$'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path and '%' not in path:
            return path
        import string
        varchars = string.ascii_letters + string.digits + '_-'
        quote, percent, brace, rbrace, dollar = "'", '%', '{', '}', '$'
        environ = os.environ

    def lookup(name):
        if environ is None:
            return os.fsencode(os.environ[os.fsdecode(name)])
        return environ[name]

    def value(name, written):
        try:
            return lookup(name)
        except KeyError:
            return written

    pieces = []
    i, n = 0, len(path)
    while i < n:
        c = path[i:i + 1]
        twice = path[i + 1:i + 2] == c
        if c == quote:
            # no expansion up to the closing quote
            end = path.find(quote, i + 1)
            if end < 0:
                pieces.append(path[i:])
                break
            pieces.append(path[i:end + 1])
            i = end + 1
        elif c in (percent, dollar) and twice:
            pieces.append(c)
            i += 2
        elif c == percent or (c == dollar and path[i + 1:i + 2] == brace):
            # %name% and ${name}: unclosed, the rest is kept as it is
            start = i + (1 if c == percent else 2)
            end = path.find(percent if c == percent else rbrace, start)
            if end < 0:
                pieces.append(path[i:])
                break
            pieces.append(value(path[start:end], path[i:end + 1]))
            i = end + 1
        elif c == dollar:
            end = i + 1
            while end < n and path[end:end + 1] in varchars:
                end += 1
            pieces.append(value(path[i + 1:end], path[i:end]))
            i = end
        else:
            pieces.append(c)
            i += 1
    return path[:0].join(pieces)


def normpath(path):
    """Normalize path, eliminating double slashes, '.' components and 'x\\..' pairs."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, altsep, curdir, pardir = b'\\', b'/', b'.', b'..'
        special_prefixes = (b'\\\\.\\', b'\\\\?\\')
    else:
        sep, altsep, curdir, pardir = '\\', '/', '.', '..'
        special_prefixes = ('\\\\.\\', '\\\\?\\')
    if path.startswith(special_prefixes):
        # device and literal paths are taken as they are
        return path
    path = path.replace(altsep, sep)
    prefix, path = splitdrive(path)
    # a root after the drive stays, as one separator
    if path.startswith(sep):
        prefix += sep
        path = path.lstrip(sep)
    comps = path.split(sep)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir:
            del comps[i]
        elif comps[i] == pardir:
            if i > 0 and comps[i - 1] != pardir:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir)
    return prefix + sep.join(comps)


def abspath(path):
    """Return the absolute version of a path (joined with the working directory, normalized)."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, curdir, pardir = b'\\', b'.', b'..'
    else:
        sep, curdir, pardir = '\\', '.', '..'
    if start is None:
        start = curdir
    if not path:
        raise ValueError('no path specified')
    start = os.fspath(start)
    try:
        start_abs = abspath(normpath(start))
        path_abs = abspath(normpath(path))
        start_drive, start_rest = splitdrive(start_abs)
        path_drive, path_rest = splitdrive(path_abs)
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError('path is on mount %r, start on mount %r' % (path_drive, start_drive))
        start_list = [x for x in start_rest.split(sep) if x]
        path_list = [x for x in path_rest.split(sep) if x]
        i = 0
        for e1, e2 in zip(start_list, path_list):
            if normcase(e1) != normcase(e2):
                break
            i += 1
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, altsep, curdir = b'\\', b'/', b'.'
    else:
        sep, altsep, curdir = '\\', '/', '.'
    try:
        drivesplits = [splitdrive(p.replace(altsep, sep).lower()) for p in paths]
        split_paths = [p.split(sep) for d, p in drivesplits]
        try:
            isabs, = set(p[:1] == sep for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, path = splitdrive(paths[0].replace(altsep, sep))
        common = path.split(sep)
        common = [c for c in common if c and c != curdir]
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = common[:i]
                break
        else:
            common = common[:len(s1)]
        prefix = drive + sep if isabs else drive
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
