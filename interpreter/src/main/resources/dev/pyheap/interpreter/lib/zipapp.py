"""zipapp: executable Python Zip archives (PEP 441) made from a directory.

create_archive writes a directory's files into an archive, after an optional '#!' line, with a
__main__.py of its own or one that calls the function 'main' names; an existing archive is copied
with its '#!' line replaced. get_interpreter reads that line back. 'python -m zipapp' is main().
"""

import contextlib
import os
import pathlib
import shutil
import stat
import sys
import zipfile

__all__ = ['ZipAppError', 'create_archive', 'get_interpreter']


# the __main__.py written for a 'module:function' entry point
MAIN_TEMPLATE = """\
# -*- coding: utf-8 -*-
import {module}
{module}.{fn}()
"""

# the '#!' line is written and read in the file system's encoding
shebang_encoding = 'utf-8'


class ZipAppError(ValueError):
    pass


@contextlib.contextmanager
def _maybe_open(archive, mode):
    if isinstance(archive, (str, os.PathLike)):
        with open(archive, mode) as f:
            yield f
    else:
        yield archive


def _write_file_prefix(f, interpreter):
    if interpreter:
        f.write(b'#!' + interpreter.encode(shebang_encoding) + b'\n')


def _make_executable(path):
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)


def _copy_archive(archive, new_archive, interpreter=None):
    """An archive copied with its '#!' line (if any) replaced by interpreter's (or none)."""
    with _maybe_open(archive, 'rb') as src:
        start = src.read(2)
        if start == b'#!':
            start = b''
            src.readline()
        with _maybe_open(new_archive, 'wb') as dst:
            _write_file_prefix(dst, interpreter)
            dst.write(start)
            shutil.copyfileobj(src, dst)
    if interpreter and isinstance(new_archive, str):
        _make_executable(new_archive)


def _entry_point_main(main):
    module, colon, function = main.partition(':')
    names_ok = all(part.isidentifier() for text in (module, function) for part in text.split('.'))
    if colon != ':' or not names_ok:
        raise ZipAppError("Invalid entry point: " + main)
    return MAIN_TEMPLATE.format(module=module, fn=function)


def create_archive(source, target=None, interpreter=None, main=None,
                   filter=None, compressed=False):
    """Create an application archive from SOURCE.

    SOURCE is a directory (whose files go into the archive, those filter(relative path) accepts
    when filter is given) or an existing archive, a path or an open binary file (copied, its
    interpreter line replaced). TARGET is a path or a file open for writing; by default SOURCE
    with the suffix '.pyz'. INTERPRETER, if given, is written as the '#!' line (and a target
    path made executable). MAIN is 'module:function', called by a generated __main__.py; the
    directory must not have its own then. COMPRESSED deflates the members.
    """
    if hasattr(source, 'read') and hasattr(source, 'readline'):
        source_is_file = True
    else:
        source = pathlib.Path(source)
        source_is_file = source.is_file()
    if source_is_file:
        _copy_archive(source, target, interpreter)
        return
    if not source.exists():
        raise ZipAppError("Source does not exist")
    has_main = (source / '__main__.py').is_file()
    if main and has_main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not (main or has_main):
        raise ZipAppError("Archive has no entry point")
    main_py = _entry_point_main(main) if main else None
    if target is None:
        target = source.with_suffix('.pyz')
    elif not hasattr(target, 'write'):
        target = pathlib.Path(target)
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with _maybe_open(target, 'wb') as fd:
        _write_file_prefix(fd, interpreter)
        with zipfile.ZipFile(fd, 'w', compression=method) as z:
            for child in sorted(source.rglob('*')):
                name = child.relative_to(source)
                if filter is None or filter(name):
                    z.write(child, name.as_posix())
            if main_py:
                z.writestr('__main__.py', main_py.encode('utf-8'))
    if interpreter and not hasattr(target, 'write'):
        _make_executable(target)


def get_interpreter(archive):
    """The interpreter named by the archive's '#!' line, or None when it has none."""
    with _maybe_open(archive, 'rb') as f:
        if f.read(2) == b'#!':
            return f.readline().strip().decode(shebang_encoding)


def main(args=None):
    """Run the zipapp command line interface.

    The ARGS parameter lets you specify the argument list directly.
    Omitting ARGS (or setting it to None) works as for argparse, using
    sys.argv[1:] as the argument list.
    """
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('--output', '-o', default=None,
            help="The name of the output archive. "
                 "Required if SOURCE is an archive.")
    parser.add_argument('--python', '-p', default=None,
            help="The name of the Python interpreter to use "
                 "(default: no shebang line).")
    parser.add_argument('--main', '-m', default=None,
            help="The main function of the application "
                 "(default: use an existing __main__.py).")
    parser.add_argument('--compress', '-c', action='store_true',
            help="Compress files with the deflate method. "
                 "Files are stored uncompressed by default.")
    parser.add_argument('--info', default=False, action='store_true',
            help="Display the interpreter from the archive.")
    parser.add_argument('source',
            help="Source directory (or existing archive).")

    args = parser.parse_args(args)

    if args.info:
        if not os.path.isfile(args.source):
            raise SystemExit("Can only get info for an archive file")
        print("Interpreter: {}".format(get_interpreter(args.source) or "<none>"))
        sys.exit(0)

    if os.path.isfile(args.source):
        if args.output is None or (os.path.exists(args.output) and
                                   os.path.samefile(args.source, args.output)):
            raise SystemExit("In-place editing of archives is not supported")
        if args.main:
            raise SystemExit("Cannot change the main function when copying")

    create_archive(args.source, args.output,
                   interpreter=args.python, main=args.main,
                   compressed=args.compress)


if __name__ == '__main__':
    main()
