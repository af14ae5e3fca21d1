"""File operations on whole files and trees: copy, move, remove, find a
program on the PATH, the terminal's size.

pyheap's own implementation of the standard module, over `os`.  Not here:
file metadata beyond the permission bits (copystat copies only the mode),
archives (make_archive, unpack_archive), disk_usage, chown.
"""

import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SameFileError", "which",
           "ignore_patterns", "get_terminal_size"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        return os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of the file src to the file dst (made or
    replaced); returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst (not the times or flags)."""
    copymode(src, dst)


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file src and its permission bits to dst, a file or a
    directory (then a file of the same name in it); returns the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy() (the times are not copied)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for copytree: the names matching any pattern."""
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless
    dirs_exist_ok); returns dst.  Errors are collected into one Error."""
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_unsafe(path, onerror):
    # by names: what rmtree does where the *at calls are missing (a symbolic link swapped in
    # for a directory meanwhile would be followed)
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            try:
                if entry.is_symlink():
                    raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, entry.path, sys.exc_info())
                continue
            _rmtree_unsafe(entry.path, onerror)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _rmtree_safe_fd(topfd, path, onerror):
    # the entries of the directory topfd is open on, each removed relative to it; a
    # subdirectory is entered through a descriptor of its own only when that descriptor is the
    # directory its lstat saw, so a symbolic link put in its place meanwhile is never followed
    try:
        with os.scandir(topfd) as it:
            entries = list(it)
    except OSError as err:
        err.filename = path
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        else:
            if is_dir:
                try:
                    seen = entry.stat(follow_symlinks=False)
                    is_dir = stat.S_ISDIR(seen.st_mode)
                except OSError:
                    onerror(os.lstat, fullname, sys.exc_info())
                    continue
        if not is_dir:
            try:
                os.unlink(entry.name, dir_fd=topfd)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
            continue
        try:
            dirfd = os.open(entry.name, os.O_RDONLY, dir_fd=topfd)
        except OSError:
            onerror(os.open, fullname, sys.exc_info())
            continue
        closed = False
        try:
            if not os.path.samestat(seen, os.fstat(dirfd)):
                try:
                    raise OSError("Cannot call rmtree on a symbolic link")
                except OSError:
                    onerror(os.path.islink, fullname, sys.exc_info())
                continue
            _rmtree_safe_fd(dirfd, fullname, onerror)
            try:
                os.close(dirfd)
                closed = True
                os.rmdir(entry.name, dir_fd=topfd)
            except OSError:
                onerror(os.rmdir, fullname, sys.exc_info())
        finally:
            if not closed:
                os.close(dirfd)


_use_fd_functions = ({os.open, os.stat, os.unlink, os.rmdir} <= os.supports_dir_fd and
                     os.scandir in os.supports_fd and os.stat in os.supports_follow_symlinks)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree path (relative to dir_fd's directory). An error calls
    onerror(function, path, exc_info), is ignored with ignore_errors, else is raised. A symbolic
    link given as path is an error; one found inside the tree is removed, never followed."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if not _use_fd_functions:
        if dir_fd is not None:
            raise NotImplementedError("dir_fd unavailable on this platform")
        try:
            if os.path.islink(path):
                raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
        return _rmtree_unsafe(path, onerror)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        seen = os.lstat(path, dir_fd=dir_fd)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        fd = os.open(path, os.O_RDONLY, dir_fd=dir_fd)
    except Exception:
        onerror(os.open, path, sys.exc_info())
        return
    closed = False
    try:
        if os.path.samestat(seen, os.fstat(fd)):
            _rmtree_safe_fd(fd, path, onerror)
            try:
                os.close(fd)
                closed = True
                os.rmdir(path, dir_fd=dir_fd)
            except OSError:
                onerror(os.rmdir, path, sys.exc_info())
        else:
            try:
                raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, path, sys.exc_info())
    finally:
        if not closed:
            os.close(fd)


rmtree.avoids_symlink_attacks = _use_fd_functions


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when it is a directory);
    returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd: cmd itself when it names a directory,
    else the first match in the PATH (or `path`); None when there is none."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = dir  # POSIX: case matters
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


terminal_size = os.terminal_size


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: the COLUMNS and LINES environment variables,
    else `fallback` (there is no terminal to ask)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        size = terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return terminal_size((columns, lines))
