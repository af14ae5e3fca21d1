"""Routine to "compile" a .py file to a .pyc file.

The .pyc is CPython 3.11's: the magic number, the flags, the source's timestamp and size (or its
SipHash) and the marshalled code object, written where importlib.util.cache_from_source puts it.
This runtime's import system does not read .pyc files (it compiles each source itself), so what
is written here is for CPython, which reads it as its own; the code object is this runtime's
compilation of the source, the one it would run."""

import builtins
import enum
import importlib.util
import os
import os.path
import sys
import traceback

__all__ = ['compile', 'main', 'PyCompileError', 'PycInvalidationMode']


class PyCompileError(Exception):
    """Exception raised when an error occurs while attempting to compile the file:
    exc_type_name, exc_value, file and msg describe it."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = 'Sorry: %s: %s' % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _pyc(code, flags, word1, word2):
    import marshal
    return (importlib.util.MAGIC_NUMBER + flags.to_bytes(4, 'little') + word1 + word2
            + marshal.dumps(code))


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None,
            quiet=0):
    """Byte-compile one Python source file to Python bytecode; returns the .pyc's path, or None
    when the source does not compile (then the error is raised as PyCompileError if doraise,
    else written to stderr unless quiet is 2)."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        msg = ('{} is a symlink and will be changed into a regular file if '
               'import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        msg = ('{} is a non-regular file and will be changed into a regular '
               'one if import writes a byte-compiled file to it')
        raise FileExistsError(msg.format(cfile))
    with open(file, 'rb') as f:
        source_bytes = f.read()
    try:
        code = builtins.compile(source_bytes, dfile or file, 'exec', dont_inherit=True,
                                optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return
    try:
        dirname = os.path.dirname(cfile)
        if dirname:
            os.makedirs(dirname)
    except FileExistsError:
        pass
    if invalidation_mode == PycInvalidationMode.TIMESTAMP:
        st = os.stat(file)
        data = _pyc(code, 0, (int(st.st_mtime) & 0xFFFFFFFF).to_bytes(4, 'little'),
                    (st.st_size & 0xFFFFFFFF).to_bytes(4, 'little'))
    else:
        checked = invalidation_mode == PycInvalidationMode.CHECKED_HASH
        source_hash = importlib.util.source_hash(source_bytes)
        data = _pyc(code, 0b1 | checked << 1, source_hash[:4], source_hash[4:])
    # the source's permissions, writable by its owner
    _write_atomic(cfile, data, os.stat(file).st_mode | 0o200)
    return cfile


def _write_atomic(path, data, mode):
    """Writes data to path through a temporary file renamed over it."""
    temp = '{}.{}'.format(path, id(path))
    fd = os.open(temp, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    try:
        with open(fd, 'wb') as file:
            file.write(data)
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def main():
    """Compile the files named on the command line ('-' alone: read the names from stdin)."""
    import argparse
    description = 'A simple command-line interface for py_compile module.'
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [filename.rstrip('\n') for filename in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for filename in filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, error.msg)
        except OSError as error:
            if args.quiet:
                parser.exit(1)
            else:
                parser.exit(1, str(error))


if __name__ == '__main__':
    main()
