"""Looping over the lines of several files (or standard input) as one stream: input() and the
module functions over its FileInput (filename, lineno, filelineno, fileno, isfirstline, isstdin,
nextfile, close), FileInput itself (iteration, readline, the with-statement, text or binary
mode, openhook, in-place editing with a backup, where print() writes the new file), and the
hooks hook_encoded and hook_compressed (gzip and bz2 files need those modules)."""

import io
import sys
import os
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """Makes the module's FileInput (RuntimeError if one is active) and returns it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                       errors=errors)
    return _state


def close():
    """Closes the module's FileInput."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


def _open(name, mode, encoding, errors):
    # only what was asked for reaches open(); "locale" is its default (UTF-8 here)
    options = {}
    if encoding is not None and encoding != "locale":
        options['encoding'] = encoding
    if errors is not None:
        options['errors'] = errors
    return open(name, mode, **options)


class FileInput:
    """The lines of files (a name, a path, a sequence of them, '-' for standard input; by
    default sys.argv[1:] or standard input) one after the other."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._reader = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace('r', 'w')
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line of the stream, or '' (b'') at its end."""
        while True:
            line = self._reader() if self._reader is not None else self._open_next()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def nextfile(self):
        """Closes the current file (the next read opens the next one); in in-place mode puts
        sys.stdout back and removes the backup unless one was asked for."""
        saved = self._savestdout
        self._savestdout = None
        if saved:
            sys.stdout = saved
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            self._reader = None
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backupfilename = self._backupfilename
                self._backupfilename = None
                if backupfilename and not self._backup:
                    try:
                        os.unlink(backupfilename)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_next(self):
        if not self._files:
            return b'' if 'b' in self._mode else ''
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        encoding = None if 'b' in self._mode else (self._encoding or "locale")
        if self._filename == '-':
            self._filename = '<stdin>'
            if 'b' in self._mode:
                self._file = getattr(sys.stdin, 'buffer', sys.stdin)
            else:
                self._file = sys.stdin
            self._isstdin = True
        elif self._inplace:
            # read the renamed original, write a new file under its name through sys.stdout
            self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = _open(self._backupfilename, self._mode, encoding, self._errors)
            self._output = _open(self._filename, self._write_mode, encoding, self._errors)
            try:
                os.chmod(self._filename, os.stat(self._backupfilename).st_mode)
            except OSError:
                pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode, encoding=self._encoding,
                                            errors=self._errors)
        else:
            self._file = _open(self._filename, self._mode, encoding, self._errors)
        self._reader = self._file.readline
        return self._reader()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook opening .gz and .bz2 files through gzip and bz2 (if present), others with open."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return _open(filename, mode, encoding, errors)
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening each file with the given encoding and errors."""
    def openhook(filename, mode):
        return _open(filename, mode, encoding, errors)
    return openhook
