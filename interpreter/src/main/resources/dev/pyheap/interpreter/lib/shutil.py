"""File operations on whole files and trees: copy, move, remove, find a
program on the PATH, the terminal's size, the disk's usage, owners, and
archives.

pyheap's own implementation of the standard module, over `os`.  Not here:
extended attributes and file flags (copystat copies the times and the
permission bits).

Archives: make_archive and unpack_archive go through two registries, the archive formats (name:
the function that writes one, its extra keyword arguments, a description, whether it takes
root_dir itself instead of being run inside it) and the unpack formats (name: the file name
extensions, the function that reads one, its extra arguments, a description). zip, tar, gztar,
bztar and xztar are registered from the start, written and read by zipfile and tarfile.
"""

import collections
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SameFileError", "which",
           "ignore_patterns", "get_terminal_size", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "SpecialFileError", "ExecError", "chown", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""


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
    """Copy the access and modification times (to the nanosecond) and the
    permission bits of src to dst; of the links themselves when both are
    symbolic links and follow_symlinks is false (Linux cannot change a
    link's mode, so that is left)."""
    follow = follow_symlinks or not (os.path.islink(src) and os.path.islink(dst))
    st = os.stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file src and its permission bits to dst, a file or a
    directory (then a file of the same name in it); returns the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), and the times too (copystat)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst, follow_symlinks=follow_symlinks)
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
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
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


# ---------------------------------------------------------------- archives

def _owner_id(name, database):
    """The uid (database 'pwd') or gid ('grp') of the user or group name, or None."""
    if name is None:
        return None
    try:
        module = __import__(database)
        entry = module.getpwnam(name) if database == 'pwd' else module.getgrnam(name)
    except (ImportError, KeyError):
        return None
    return entry[2]


def _make_archive_dir(archive_name, dry_run, logger):
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)


_TAR_COMPRESSIONS = {None: '', 'gzip': 'gz', 'bzip2': 'bz2', 'xz': 'xz'}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None, group=None,
                  logger=None, root_dir=None):
    """Write base_name + '.tar' (+ '.gz', '.bz2' or '.xz' for compress 'gzip', 'bzip2', 'xz') holding
    base_dir (under root_dir) and what is below it; owner and group name the members' owners."""
    tar_compression = _TAR_COMPRESSIONS.get(compress) if isinstance(compress, (str, type(None))) else None
    if tar_compression is None:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    archive_name = base_name + '.tar' + ('.' + tar_compression if compress else '')
    _make_archive_dir(archive_name, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid = _owner_id(owner, 'pwd')
    gid = _owner_id(group, 'grp')

    def set_owner(tarinfo):
        if gid is not None:
            tarinfo.gid = gid
            tarinfo.gname = group
        if uid is not None:
            tarinfo.uid = uid
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        tar = tarfile.open(archive_name, 'w|' + tar_compression)
        try:
            tar.add(source, base_dir, filter=set_owner)
        finally:
            tar.close()
    return os.path.abspath(archive_name) if root_dir is not None else archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None,
                  root_dir=None):
    """Write base_name + '.zip' (deflated) holding base_dir (under root_dir), its directories
    (sorted) and regular files (in the order the directory lists them), named relative to root_dir."""
    import zipfile
    zip_filename = base_name + ".zip"
    _make_archive_dir(base_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            top_name = os.path.normpath(base_dir)
            top = os.path.normpath(base_dir if root_dir is None else os.path.join(root_dir, base_dir))

            def add(path, arcname):
                zf.write(path, arcname)
                if logger is not None:
                    logger.info("adding '%s'", path)

            if top_name != os.curdir:
                add(top, top_name)
            for dirpath, dirnames, filenames in os.walk(top):
                arcdir = os.path.normpath(dirpath if root_dir is None else os.path.relpath(dirpath, root_dir))
                for name in sorted(dirnames):
                    add(os.path.join(dirpath, name), os.path.join(arcdir, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        add(path, os.path.join(arcdir, name))
    return os.path.abspath(zip_filename) if root_dir is not None else zip_filename


# name: (function, extra keyword arguments, description, takes root_dir)
_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file", True),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file", True),
    'zip': (_make_zipfile, [], "ZIP file", True),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file", True),
    'xztar': (_make_tarball, [('compress', 'xz')], "xz'ed tar-file", True),
}


def get_archive_formats():
    """The (name, description) of each archive format, sorted."""
    return sorted((name, info[2]) for name, info in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Register function(base_name, base_dir, **extra_args, ...) as the writer of the format name;
    extra_args is a sequence of (name, value) pairs."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description, False)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None,
                 group=None, logger=None):
    """Write an archive of the format ('zip', 'tar', 'gztar', 'bztar', 'xztar' or a registered one)
    named base_name plus the format's extension, holding base_dir (default: the current
    directory) as seen from root_dir (default: the current directory); return its name."""
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        function, extra_args, _, takes_root_dir = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    for arg, value in extra_args:
        kwargs[arg] = value
    if base_dir is None:
        base_dir = os.curdir
    saved_cwd = None
    if root_dir is not None:
        if takes_root_dir:
            base_name = os.fspath(base_name)
            kwargs['root_dir'] = root_dir
        else:
            # a registered writer knows no root_dir: it runs inside it
            saved_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if saved_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", saved_cwd)
            os.chdir(saved_cwd)


def get_unpack_formats():
    """The (name, extensions, description) of each unpack format, sorted."""
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Register function(filename, extract_dir, **extra_args) as the reader of the format name,
    chosen by unpack_archive for file names ending with one of extensions."""
    if extra_args is None:
        extra_args = []
    taken = {ext: other for other, info in _UNPACK_FORMATS.items() for ext in info[0]}
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"' % (extension, taken[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    """Remove the unpack format name."""
    del _UNPACK_FORMATS[name]


def _unpack_zipfile(filename, extract_dir):
    """Extract the zip filename into extract_dir, skipping absolute names and names with '..'."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(target, 'wb') as dest:
                    copyfileobj(source, dest)


def _unpack_tarfile(filename, extract_dir):
    """Extract the tar filename (plain or compressed) into extract_dir."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir)
    finally:
        archive.close()


# name: (extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], _unpack_tarfile, [], "xz'ed tar-file"),
}


def unpack_archive(filename, extract_dir=None, format=None):
    """Unpack the archive filename into extract_dir (default: the current directory), with the
    reader of format, or of the format whose extension filename ends with."""
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        format = next((name for name, info in _UNPACK_FORMATS.items()
                       if any(filename.endswith(ext) for ext in info[0])), None)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
        info = _UNPACK_FORMATS[format]
    info[1](filename, extract_dir, **dict(info[2]))


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """Total, used and free space of the file system holding path, in bytes
    (free: what an unprivileged user may still use)."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)


def _get_gid(name):
    """The group id of a group name (None for None or an unknown name)."""
    if name is None:
        return None
    import grp
    try:
        return grp.getgrnam(name)[2]
    except KeyError:
        return None


def _get_uid(name):
    """The user id of a user name (None for None or an unknown name)."""
    if name is None:
        return None
    import pwd
    try:
        return pwd.getpwnam(name)[2]
    except KeyError:
        return None


def chown(path, user=None, group=None):
    """Change the owner user and/or group of path, given by name or id."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid, gid = user, group
    if user is None:
        uid = -1
    elif isinstance(user, str):
        uid = _get_uid(user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is None:
        gid = -1
    elif not isinstance(group, int):
        gid = _get_gid(group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


# ---------------------------------------------------------------- archives
#
# A format's writer is called as func(base_name, base_dir, **kwargs) and gives back the archive's
# name; one with `supports_root_dir` is also given root_dir, the others run with root_dir as the
# current directory.  An unpacker is called as func(filename, extract_dir, **kwargs).
