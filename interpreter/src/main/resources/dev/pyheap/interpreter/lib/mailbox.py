"""Read/write support for Maildir, mbox, MH, Babyl, and MMDF mailboxes.

A Mailbox is a mapping from keys to messages. Maildir and MH keep a file per message (Maildir:
unique names in tmp/, new/ and cur/, flags after the ':'; MH: numbers, with the sequences in
.mh_sequences). mbox, MMDF and Babyl keep all messages in one file: a table of contents maps
each key to the (start, stop) offsets of its message, additions are appended at once, and
removals or replacements are only noted until flush() writes a new file and renames it over the
old one. lock() takes an fcntl lock and a dot-lock file. Each format has a Message subclass with
its own state (Maildir flags and subdirectory, mbox/MMDF From line and Status headers, MH
sequences, Babyl labels and visible headers); making one kind from another translates that
state (_explain_to)."""

import os
import time
import calendar
import socket
import errno
import copy
import warnings
import email
import email.message
import email.generator
import io
import contextlib
from types import GenericAlias

try:
    import fcntl
except ImportError:
    fcntl = None

__all__ = ['Mailbox', 'Maildir', 'mbox', 'MH', 'Babyl', 'MMDF',
           'Message', 'MaildirMessage', 'mboxMessage', 'MHMessage',
           'BabylMessage', 'MMDFMessage', 'Error', 'NoSuchMailboxError',
           'NotEmptyError', 'ExternalClashError', 'FormatError']

linesep = os.linesep.encode('ascii')


def _normalise_line(line):
    # A line read from a message given as a file, with a CRLF or CR end made LF.
    if line.endswith(b'\r\n'):
        return line[:-2] + b'\n'
    if line.endswith(b'\r'):
        return line[:-1] + b'\n'
    return line


def _binary_source(message):
    """The bytes file of a text file given as a message (with the deprecation warning)."""
    if hasattr(message, 'buffer'):
        warnings.warn("Use of text mode files is deprecated, use a binary mode file instead",
                      DeprecationWarning, 4)
        message = message.buffer
    return message


class Mailbox:
    """A group of messages in a particular place."""

    def __init__(self, path, factory=None, create=True):
        self._path = os.path.abspath(os.path.expanduser(path))
        self._factory = factory

    def add(self, message):
        raise NotImplementedError('Method must be implemented by subclass')

    def remove(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def __delitem__(self, key):
        self.remove(key)

    def discard(self, key):
        try:
            self.remove(key)
        except KeyError:
            pass

    def __setitem__(self, key, message):
        raise NotImplementedError('Method must be implemented by subclass')

    def get(self, key, default=None):
        try:
            return self.__getitem__(key)
        except KeyError:
            return default

    def __getitem__(self, key):
        """The message of key: the format's Message subclass, or what the factory makes of
        the message's file."""
        if not self._factory:
            return self.get_message(key)
        with contextlib.closing(self.get_file(key)) as file:
            return self._factory(file)

    def get_message(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def get_string(self, key):
        return email.message_from_bytes(self.get_bytes(key)).as_string()

    def get_bytes(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def get_file(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def iterkeys(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def keys(self):
        return list(self.iterkeys())

    def itervalues(self):
        for key in self.iterkeys():
            try:
                value = self[key]
            except KeyError:
                continue
            yield value

    def __iter__(self):
        return self.itervalues()

    def values(self):
        return list(self.itervalues())

    def iteritems(self):
        for key in self.iterkeys():
            try:
                value = self[key]
            except KeyError:
                continue
            yield (key, value)

    def items(self):
        return list(self.iteritems())

    def __contains__(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def __len__(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def clear(self):
        for key in self.keys():
            self.discard(key)

    def pop(self, key, default=None):
        try:
            result = self[key]
        except KeyError:
            return default
        self.discard(key)
        return result

    def popitem(self):
        for key in self.iterkeys():
            return (key, self.pop(key))
        raise KeyError('No messages in mailbox')

    def update(self, arg=None):
        if hasattr(arg, 'iteritems'):
            source = arg.iteritems()
        elif hasattr(arg, 'items'):
            source = arg.items()
        else:
            source = arg
        bad_key = False
        for key, message in source:
            try:
                self[key] = message
            except KeyError:
                bad_key = True
        if bad_key:
            raise KeyError('No message with key(s)')

    def flush(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def lock(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def unlock(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def close(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def _string_to_bytes(self, message):
        try:
            return message.encode('ascii')
        except UnicodeError:
            raise ValueError("String input must be ASCII-only; "
                             "use bytes or a Message instead")

    # Whether a message not ending with a line end gets one (mbox).
    _append_newline = False

    def _dump_message(self, message, target, mangle_from_=False):
        """Write a message (Message, str, bytes or binary file) to target, with the platform's
        line ends; mangle_from_ puts '>' before lines starting 'From '."""
        if isinstance(message, email.message.Message):
            buffer = io.BytesIO()
            email.generator.BytesGenerator(buffer, mangle_from_, 0).flatten(message)
            data = buffer.getvalue().replace(b'\n', linesep)
            target.write(data)
            if self._append_newline and not data.endswith(linesep):
                target.write(linesep)
        elif isinstance(message, (str, bytes, io.StringIO)):
            if isinstance(message, io.StringIO):
                warnings.warn("Use of StringIO input is deprecated, use BytesIO instead",
                              DeprecationWarning, 3)
                message = message.getvalue()
            if isinstance(message, str):
                message = self._string_to_bytes(message)
            if mangle_from_:
                message = message.replace(b'\nFrom ', b'\n>From ')
            message = message.replace(b'\n', linesep)
            target.write(message)
            if self._append_newline and not message.endswith(linesep):
                target.write(linesep)
        elif hasattr(message, 'read'):
            message = _binary_source(message)
            lastline = None
            while True:
                line = _normalise_line(message.readline())
                if not line:
                    break
                if mangle_from_ and line.startswith(b'From '):
                    line = b'>From ' + line[5:]
                line = line.replace(b'\n', linesep)
                target.write(line)
                lastline = line
            if self._append_newline and lastline and not lastline.endswith(linesep):
                target.write(linesep)
        else:
            raise TypeError('Invalid message type: %s' % type(message))

    __class_getitem__ = classmethod(GenericAlias)


class Maildir(Mailbox):
    """A qmail-style Maildir: a message is written to tmp/, then moved to new/ (or to its
    MaildirMessage's subdirectory, its info after the colon)."""

    colon = ':'

    def __init__(self, dirname, factory=None, create=True):
        Mailbox.__init__(self, dirname, factory, create)
        self._paths = {name: os.path.join(self._path, name) for name in ('tmp', 'new', 'cur')}
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            for path in self._paths.values():
                os.mkdir(path, 0o700)
        self._toc = {}
        self._toc_mtimes = {'cur': 0, 'new': 0}
        self._last_read = 0
        # A directory's mtime has a coarse resolution: within this many seconds (plus 2) of
        # the last reading, the directories are listed again whatever their mtimes say.
        self._skewfactor = 0.1

    def add(self, message):
        tmp_file = self._create_tmp()
        try:
            self._dump_message(message, tmp_file)
        except BaseException:
            tmp_file.close()
            os.remove(tmp_file.name)
            raise
        _sync_close(tmp_file)
        if isinstance(message, MaildirMessage):
            subdir = message.get_subdir()
            suffix = self.colon + message.get_info()
            if suffix == self.colon:
                suffix = ''
        else:
            subdir = 'new'
            suffix = ''
        uniq = os.path.basename(tmp_file.name).split(self.colon)[0]
        dest = os.path.join(self._path, subdir, uniq + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_file.name, (os.path.getatime(tmp_file.name), message.get_date()))
        try:
            try:
                os.link(tmp_file.name, dest)
            except (AttributeError, PermissionError):
                os.rename(tmp_file.name, dest)
            else:
                os.remove(tmp_file.name)
        except OSError as e:
            os.remove(tmp_file.name)
            if e.errno == errno.EEXIST:
                raise ExternalClashError('Name clash with existing message: %s' % dest)
            raise
        return uniq

    def remove(self, key):
        os.remove(os.path.join(self._path, self._lookup(key)))

    def discard(self, key):
        try:
            self.remove(key)
        except (KeyError, FileNotFoundError):
            pass

    def __setitem__(self, key, message):
        old_subpath = self._lookup(key)
        temp_key = self.add(message)
        temp_subpath = self._lookup(temp_key)
        # A MaildirMessage brings its own subdirectory and info; other messages keep the old.
        dominant = temp_subpath if isinstance(message, MaildirMessage) else old_subpath
        subdir = os.path.dirname(dominant)
        suffix = self.colon + dominant.split(self.colon)[-1] if self.colon in dominant else ''
        self.discard(key)
        tmp_path = os.path.join(self._path, temp_subpath)
        new_path = os.path.join(self._path, subdir, key + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_path, (os.path.getatime(tmp_path), message.get_date()))
        os.rename(tmp_path, new_path)

    def get_message(self, key):
        subpath = self._lookup(key)
        with open(os.path.join(self._path, subpath), 'rb') as f:
            msg = self._factory(f) if self._factory else MaildirMessage(f)
        subdir, name = os.path.split(subpath)
        msg.set_subdir(subdir)
        if self.colon in name:
            msg.set_info(name.split(self.colon)[-1])
        msg.set_date(os.path.getmtime(os.path.join(self._path, subpath)))
        return msg

    def get_bytes(self, key):
        with open(os.path.join(self._path, self._lookup(key)), 'rb') as f:
            return f.read().replace(linesep, b'\n')

    def get_file(self, key):
        return _ProxyFile(open(os.path.join(self._path, self._lookup(key)), 'rb'))

    def iterkeys(self):
        self._refresh()
        for key in self._toc:
            try:
                self._lookup(key)
            except KeyError:
                continue
            yield key

    def __contains__(self, key):
        self._refresh()
        return key in self._toc

    def __len__(self):
        self._refresh()
        return len(self._toc)

    def flush(self):
        pass

    def lock(self):
        return

    def unlock(self):
        return

    def close(self):
        return

    def list_folders(self):
        return [entry[1:] for entry in os.listdir(self._path)
                if len(entry) > 1 and entry[0] == '.'
                and os.path.isdir(os.path.join(self._path, entry))]

    def get_folder(self, folder):
        return Maildir(os.path.join(self._path, '.' + folder), factory=self._factory,
                       create=False)

    def add_folder(self, folder):
        path = os.path.join(self._path, '.' + folder)
        result = Maildir(path, factory=self._factory)
        marker = os.path.join(path, 'maildirfolder')
        if not os.path.exists(marker):
            os.close(os.open(marker, os.O_CREAT | os.O_WRONLY, 0o666))
        return result

    def remove_folder(self, folder):
        path = os.path.join(self._path, '.' + folder)
        for entry in os.listdir(os.path.join(path, 'new')) + os.listdir(os.path.join(path, 'cur')):
            if len(entry) < 1 or entry[0] != '.':
                raise NotEmptyError('Folder contains message(s): %s' % folder)
        for entry in os.listdir(path):
            if entry not in ('new', 'cur', 'tmp') and os.path.isdir(os.path.join(path, entry)):
                raise NotEmptyError("Folder contains subdirectory '%s': %s" % (folder, entry))
        for root, dirs, files in os.walk(path, topdown=False):
            for entry in files:
                os.remove(os.path.join(root, entry))
            for entry in dirs:
                os.rmdir(os.path.join(root, entry))
        os.rmdir(path)

    def clean(self):
        """Remove files in tmp/ not accessed for 36 hours."""
        now = time.time()
        for entry in os.listdir(os.path.join(self._path, 'tmp')):
            path = os.path.join(self._path, 'tmp', entry)
            if now - os.path.getatime(path) > 129600:
                os.remove(path)

    _count = 1

    def _create_tmp(self):
        """A new file in tmp/ named time.MmicrosecondsPpidQcount.host."""
        now = time.time()
        hostname = socket.gethostname()
        if '/' in hostname:
            hostname = hostname.replace('/', r'\057')
        if ':' in hostname:
            hostname = hostname.replace(':', r'\072')
        uniq = "%s.M%sP%sQ%s.%s" % (int(now), int(now % 1 * 1e6), os.getpid(), Maildir._count,
                                    hostname)
        path = os.path.join(self._path, 'tmp', uniq)
        try:
            os.stat(path)
        except FileNotFoundError:
            Maildir._count += 1
            try:
                return _create_carefully(path)
            except FileExistsError:
                pass
        raise ExternalClashError('Name clash prevented file creation: %s' % path)

    def _refresh(self):
        """List new/ and cur/ again when they may have changed."""
        if time.time() - self._last_read > 2 + self._skewfactor:
            changed = False
            for subdir in self._toc_mtimes:
                mtime = os.path.getmtime(self._paths[subdir])
                if mtime > self._toc_mtimes[subdir]:
                    changed = True
                self._toc_mtimes[subdir] = mtime
            if not changed:
                return
        self._toc = {}
        for subdir in self._toc_mtimes:
            path = self._paths[subdir]
            for entry in os.listdir(path):
                if os.path.isdir(os.path.join(path, entry)):
                    continue
                self._toc[entry.split(self.colon)[0]] = os.path.join(subdir, entry)
        self._last_read = time.time()

    def _lookup(self, key):
        try:
            if os.path.exists(os.path.join(self._path, self._toc[key])):
                return self._toc[key]
        except KeyError:
            pass
        self._refresh()
        try:
            return self._toc[key]
        except KeyError:
            raise KeyError('No message with key: %s' % key) from None

    def next(self):
        """The next message of a walk over the mailbox, None at the end."""
        if not hasattr(self, '_onetime_keys'):
            self._onetime_keys = self.iterkeys()
        while True:
            try:
                return self[next(self._onetime_keys)]
            except StopIteration:
                return None
            except KeyError:
                continue


class _singlefileMailbox(Mailbox):
    """A mailbox in one file, with a table of contents of offsets."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        try:
            f = open(self._path, 'rb+')
        except OSError as e:
            if e.errno == errno.ENOENT:
                if not create:
                    raise NoSuchMailboxError(self._path)
                f = open(self._path, 'wb+')
            elif e.errno in (errno.EACCES, errno.EROFS):
                f = open(self._path, 'rb')
            else:
                raise
        self._file = f
        self._toc = None
        self._next_key = 0
        self._pending = False
        self._pending_sync = False
        self._locked = False
        self._file_length = None

    def add(self, message):
        self._lookup()
        self._toc[self._next_key] = self._append_message(message)
        self._next_key += 1
        # The file has more at its end, which the next flush() syncs to disk.
        self._pending_sync = True
        return self._next_key - 1

    def remove(self, key):
        self._lookup(key)
        del self._toc[key]
        self._pending = True

    def __setitem__(self, key, message):
        self._lookup(key)
        self._toc[key] = self._append_message(message)
        self._pending = True

    def iterkeys(self):
        self._lookup()
        yield from self._toc.keys()

    def __contains__(self, key):
        self._lookup()
        return key in self._toc

    def __len__(self):
        self._lookup()
        return len(self._toc)

    def lock(self):
        if not self._locked:
            _lock_file(self._file)
            self._locked = True

    def unlock(self):
        if self._locked:
            _unlock_file(self._file)
            self._locked = False

    def flush(self):
        """Write the messages the table of contents has to a new file in their key order and
        put it in the old file's place."""
        if not self._pending:
            if self._pending_sync:
                _sync_flush(self._file)
                self._pending_sync = False
            return
        assert self._toc is not None
        # Someone else writing the file meanwhile would lose their messages: refuse.
        self._file.seek(0, 2)
        cur_len = self._file.tell()
        if cur_len != self._file_length:
            raise ExternalClashError('Size of mailbox file changed (expected %i, found %i)'
                                     % (self._file_length, cur_len))
        new_file = _create_temporary(self._path)
        try:
            new_toc = {}
            self._pre_mailbox_hook(new_file)
            for key in sorted(self._toc.keys()):
                start, stop = self._toc[key]
                self._file.seek(start)
                self._pre_message_hook(new_file)
                new_start = new_file.tell()
                while True:
                    buffer = self._file.read(min(4096, stop - self._file.tell()))
                    if not buffer:
                        break
                    new_file.write(buffer)
                new_toc[key] = (new_start, new_file.tell())
                self._post_message_hook(new_file)
            self._file_length = new_file.tell()
        except:
            new_file.close()
            os.remove(new_file.name)
            raise
        _sync_close(new_file)
        self._file.close()
        os.chmod(new_file.name, os.stat(self._path).st_mode)
        try:
            os.rename(new_file.name, self._path)
        except FileExistsError:
            os.remove(self._path)
            os.rename(new_file.name, self._path)
        self._file = open(self._path, 'rb+')
        self._toc = new_toc
        self._pending = False
        self._pending_sync = False
        if self._locked:
            _lock_file(self._file, dotlock=False)

    def _pre_mailbox_hook(self, f):
        return

    def _pre_message_hook(self, f):
        return

    def _post_message_hook(self, f):
        return

    def close(self):
        try:
            self.flush()
        finally:
            try:
                if self._locked:
                    self.unlock()
            finally:
                self._file.close()

    def _lookup(self, key=None):
        if self._toc is None:
            self._generate_toc()
        if key is not None:
            try:
                return self._toc[key]
            except KeyError:
                raise KeyError('No message with key: %s' % key) from None

    def _append_message(self, message):
        """Append a message (with the format's separators); its (start, stop)."""
        self._file.seek(0, 2)
        before = self._file.tell()
        if len(self._toc) == 0 and not self._pending:
            # An empty file gets the format's header first (Babyl's options).
            self._pre_mailbox_hook(self._file)
        try:
            self._pre_message_hook(self._file)
            offsets = self._install_message(message)
            self._post_message_hook(self._file)
        except BaseException:
            self._file.truncate(before)
            raise
        self._file.flush()
        self._file_length = self._file.tell()
        return offsets


class _mboxMMDF(_singlefileMailbox):
    """What mbox and MMDF share: each message starts with a 'From ' line."""

    _mangle_from_ = True

    def get_message(self, key):
        start, stop = self._lookup(key)
        self._file.seek(start)
        from_line = self._file.readline().replace(linesep, b'')
        data = self._file.read(stop - self._file.tell())
        msg = self._message_factory(data.replace(linesep, b'\n'))
        msg.set_from(from_line[5:].decode('ascii'))
        return msg

    def get_string(self, key, from_=False):
        return email.message_from_bytes(self.get_bytes(key, from_)).as_string(unixfrom=from_)

    def get_bytes(self, key, from_=False):
        start, stop = self._lookup(key)
        self._file.seek(start)
        if not from_:
            self._file.readline()
        return self._file.read(stop - self._file.tell()).replace(linesep, b'\n')

    def get_file(self, key, from_=False):
        start, stop = self._lookup(key)
        self._file.seek(start)
        if not from_:
            self._file.readline()
        return _PartialFile(self._file, self._file.tell(), stop)

    def _install_message(self, message):
        from_line = None
        if isinstance(message, str):
            message = self._string_to_bytes(message)
        if isinstance(message, bytes) and message.startswith(b'From '):
            newline = message.find(b'\n')
            if newline != -1:
                from_line = message[:newline]
                message = message[newline + 1:]
            else:
                from_line = message
                message = b''
        elif isinstance(message, _mboxMMDFMessage):
            from_line = b'From ' + message.get_from().encode('ascii')
        elif isinstance(message, email.message.Message):
            from_line = message.get_unixfrom()
            if from_line is not None:
                from_line = from_line.encode('ascii')
        if from_line is None:
            from_line = b'From MAILER-DAEMON ' + time.asctime(time.gmtime()).encode()
        start = self._file.tell()
        self._file.write(from_line + linesep)
        self._dump_message(message, self._file, self._mangle_from_)
        return (start, self._file.tell())


class mbox(_mboxMMDF):
    """The classic Unix mailbox: messages after 'From ' lines, separated by a blank line."""

    _mangle_from_ = True
    _append_newline = True

    def __init__(self, path, factory=None, create=True):
        self._message_factory = mboxMessage
        _mboxMMDF.__init__(self, path, factory, create)

    def _post_message_hook(self, f):
        f.write(linesep)

    def _generate_toc(self):
        starts, stops = [], []
        last_was_empty = False
        self._file.seek(0)
        while True:
            line_pos = self._file.tell()
            line = self._file.readline()
            if line.startswith(b'From ') or not line:
                # A message ends before the blank line that precedes the next 'From '.
                if len(stops) < len(starts) or not line:
                    stops.append(line_pos - len(linesep) if last_was_empty else line_pos)
                if not line:
                    break
                starts.append(line_pos)
                last_was_empty = False
            else:
                last_was_empty = line == linesep
        self._toc = dict(enumerate(zip(starts, stops)))
        self._next_key = len(self._toc)
        self._file_length = self._file.tell()


class MMDF(_mboxMMDF):
    """Messages between lines of four Control-A characters."""

    def __init__(self, path, factory=None, create=True):
        self._message_factory = MMDFMessage
        _mboxMMDF.__init__(self, path, factory, create)

    def _pre_message_hook(self, f):
        f.write(b'\001\001\001\001' + linesep)

    def _post_message_hook(self, f):
        f.write(linesep + b'\001\001\001\001' + linesep)

    def _generate_toc(self):
        starts, stops = [], []
        self._file.seek(0)
        next_pos = 0
        separator = b'\001\001\001\001' + linesep
        while True:
            line = self._file.readline()
            next_pos = self._file.tell()
            if line.startswith(separator):
                starts.append(next_pos)
                while True:
                    line_pos = next_pos
                    line = self._file.readline()
                    next_pos = self._file.tell()
                    if line == separator:
                        stops.append(line_pos - len(linesep))
                        break
                    if not line:
                        stops.append(line_pos)
                        break
            elif not line:
                break
        self._toc = dict(enumerate(zip(starts, stops)))
        self._next_key = len(self._toc)
        self._file.seek(0, 2)
        self._file_length = self._file.tell()


class MH(Mailbox):
    """An MH mailbox: a directory of numbered files, sequences in .mh_sequences."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            os.close(os.open(os.path.join(self._path, '.mh_sequences'),
                             os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        self._locked = False

    def _open_message(self, key, mode):
        try:
            return open(os.path.join(self._path, str(key)), mode)
        except OSError as e:
            if e.errno == errno.ENOENT:
                raise KeyError('No message with key: %s' % key)
            raise

    def add(self, message):
        keys = self.keys()
        new_key = max(keys) + 1 if keys else 1
        new_path = os.path.join(self._path, str(new_key))
        f = _create_carefully(new_path)
        closed = False
        try:
            if self._locked:
                _lock_file(f)
            try:
                try:
                    self._dump_message(message, f)
                except BaseException:
                    if self._locked:
                        _unlock_file(f)
                    _sync_close(f)
                    closed = True
                    os.remove(new_path)
                    raise
                if isinstance(message, MHMessage):
                    self._dump_sequences(message, new_key)
            finally:
                if self._locked:
                    _unlock_file(f)
        finally:
            if not closed:
                _sync_close(f)
        return new_key

    def remove(self, key):
        self._open_message(key, 'rb+').close()
        os.remove(os.path.join(self._path, str(key)))

    def __setitem__(self, key, message):
        path = os.path.join(self._path, str(key))
        f = self._open_message(key, 'rb+')
        try:
            if self._locked:
                _lock_file(f)
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_TRUNC))
                self._dump_message(message, f)
                if isinstance(message, MHMessage):
                    self._dump_sequences(message, key)
            finally:
                if self._locked:
                    _unlock_file(f)
        finally:
            _sync_close(f)

    def _read_locked(self, key, read):
        with self._open_message(key, 'rb+' if self._locked else 'rb') as f:
            if self._locked:
                _lock_file(f)
            try:
                return read(f)
            finally:
                if self._locked:
                    _unlock_file(f)

    def get_message(self, key):
        msg = self._read_locked(key, MHMessage)
        for name, key_list in self.get_sequences().items():
            if key in key_list:
                msg.add_sequence(name)
        return msg

    def get_bytes(self, key):
        return self._read_locked(key, lambda f: f.read().replace(linesep, b'\n'))

    def get_file(self, key):
        return _ProxyFile(self._open_message(key, 'rb'))

    def iterkeys(self):
        return iter(sorted(int(entry) for entry in os.listdir(self._path) if entry.isdigit()))

    def __contains__(self, key):
        return os.path.exists(os.path.join(self._path, str(key)))

    def __len__(self):
        return len(list(self.iterkeys()))

    def lock(self):
        if not self._locked:
            self._file = open(os.path.join(self._path, '.mh_sequences'), 'rb+')
            _lock_file(self._file)
            self._locked = True

    def unlock(self):
        if self._locked:
            _unlock_file(self._file)
            _sync_close(self._file)
            del self._file
            self._locked = False

    def flush(self):
        return

    def close(self):
        if self._locked:
            self.unlock()

    def list_folders(self):
        return [entry for entry in os.listdir(self._path)
                if os.path.isdir(os.path.join(self._path, entry))]

    def get_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory, create=False)

    def add_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory)

    def remove_folder(self, folder):
        path = os.path.join(self._path, folder)
        entries = os.listdir(path)
        if entries == ['.mh_sequences']:
            os.remove(os.path.join(path, '.mh_sequences'))
        elif entries != []:
            raise NotEmptyError('Folder not empty: %s' % self._path)
        os.rmdir(path)

    def get_sequences(self):
        """{name: sorted keys} from .mh_sequences ('name: 1 3-5'), existing keys only."""
        results = {}
        with open(os.path.join(self._path, '.mh_sequences'), 'r', encoding='ASCII') as f:
            all_keys = set(self.keys())
            for line in f:
                try:
                    name, contents = line.split(':')
                    keys = set()
                    for spec in contents.split():
                        if spec.isdigit():
                            keys.add(int(spec))
                        else:
                            start, stop = (int(x) for x in spec.split('-'))
                            keys.update(range(start, stop + 1))
                    present = [key for key in sorted(keys) if key in all_keys]
                    if present:
                        results[name] = present
                except ValueError:
                    raise FormatError('Invalid sequence specification: %s' % line.rstrip())
        return results

    def set_sequences(self, sequences):
        """Write the sequences, runs of consecutive keys as ranges."""
        f = open(os.path.join(self._path, '.mh_sequences'), 'r+', encoding='ASCII')
        try:
            os.close(os.open(f.name, os.O_WRONLY | os.O_TRUNC))
            for name, keys in sequences.items():
                if len(keys) == 0:
                    continue
                f.write(name + ':')
                prev = None
                completing = False
                for key in sorted(set(keys)):
                    if key - 1 == prev:
                        if not completing:
                            completing = True
                            f.write('-')
                    elif completing:
                        completing = False
                        f.write('%s %s' % (prev, key))
                    else:
                        f.write(' %s' % key)
                    prev = key
                f.write(str(prev) + '\n' if completing else '\n')
        finally:
            _sync_close(f)

    def pack(self):
        """Renumber the messages 1..n, the sequences following."""
        sequences = self.get_sequences()
        prev = 0
        changes = []
        for key in self.iterkeys():
            if key - 1 != prev:
                changes.append((key, prev + 1))
                old = os.path.join(self._path, str(key))
                new = os.path.join(self._path, str(prev + 1))
                try:
                    os.link(old, new)
                except (AttributeError, PermissionError):
                    os.rename(old, new)
                else:
                    os.unlink(old)
            prev += 1
        self._next_key = prev + 1
        if len(changes) == 0:
            return
        for name, key_list in sequences.items():
            for old, new in changes:
                if old in key_list:
                    key_list[key_list.index(old)] = new
        self.set_sequences(sequences)

    def _dump_sequences(self, message, key):
        pending = message.get_sequences()
        all_sequences = self.get_sequences()
        for name, key_list in all_sequences.items():
            if name in pending:
                key_list.append(key)
            elif key in key_list:
                del key_list[key_list.index(key)]
        for sequence in pending:
            if sequence not in all_sequences:
                all_sequences[sequence] = [key]
        self.set_sequences(all_sequences)


class Babyl(_singlefileMailbox):
    """An Rmail (Emacs) mailbox: an options header, then each message after '\\x0c' with a
    labels line, its original headers, '*** EOOH ***', the visible headers and the body,
    ended by '\\x1f'."""

    _special_labels = frozenset({'unseen', 'deleted', 'filed', 'answered', 'forwarded',
                                 'edited', 'resent'})

    def __init__(self, path, factory=None, create=True):
        _singlefileMailbox.__init__(self, path, factory, create)
        self._labels = {}

    def add(self, message):
        key = _singlefileMailbox.add(self, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()
        return key

    def remove(self, key):
        _singlefileMailbox.remove(self, key)
        if key in self._labels:
            del self._labels[key]

    def __setitem__(self, key, message):
        _singlefileMailbox.__setitem__(self, key, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()

    def _read_headers(self, key):
        """(original headers, visible headers) of key's message, the file left at its body."""
        start, stop = self._lookup(key)
        self._file.seek(start)
        self._file.readline()
        sections = []
        for end in (b'*** EOOH ***' + linesep, linesep):
            buffer = io.BytesIO()
            while True:
                line = self._file.readline()
                if line == end or not line:
                    break
                buffer.write(line.replace(linesep, b'\n'))
            sections.append(buffer.getvalue())
        length = stop - self._file.tell()
        assert length >= 0
        return sections[0], sections[1], length

    def get_message(self, key):
        original, visible, length = self._read_headers(key)
        body = self._file.read(length).replace(linesep, b'\n')
        msg = BabylMessage(original + body)
        msg.set_visible(visible)
        if key in self._labels:
            msg.set_labels(self._labels[key])
        return msg

    def get_bytes(self, key):
        original, visible, length = self._read_headers(key)
        return original + self._file.read(length).replace(linesep, b'\n')

    def get_file(self, key):
        return io.BytesIO(self.get_bytes(key).replace(b'\n', linesep))

    def get_labels(self):
        """The labels used in the mailbox, other than the special ones."""
        self._lookup()
        labels = set()
        for label_list in self._labels.values():
            labels.update(label_list)
        labels.difference_update(self._special_labels)
        return list(labels)

    def _generate_toc(self):
        starts, stops = [], []
        self._file.seek(0)
        next_pos = 0
        label_lists = []
        while True:
            line_pos = next_pos
            line = self._file.readline()
            next_pos = self._file.tell()
            if line == b'\037\014' + linesep:
                if len(stops) < len(starts):
                    stops.append(line_pos - len(linesep))
                starts.append(next_pos)
                labels = [label.strip() for label in self._file.readline()[1:].split(b',')
                          if label.strip()]
                label_lists.append(labels)
            elif line == b'\037' or line == b'\037' + linesep:
                if len(stops) < len(starts):
                    stops.append(line_pos - len(linesep))
            elif not line:
                stops.append(line_pos - len(linesep))
                break
        self._toc = dict(enumerate(zip(starts, stops)))
        self._labels = dict(enumerate(label_lists))
        self._next_key = len(self._toc)
        self._file.seek(0, 2)
        self._file_length = self._file.tell()

    def _pre_mailbox_hook(self, f):
        labels = b','.join(label.encode() for label in self.get_labels())
        f.write(b'BABYL OPTIONS:' + linesep + b'Version: 5' + linesep
                + b'Labels:' + labels + linesep + b'\037')

    def _pre_message_hook(self, f):
        f.write(b'\014' + linesep)

    def _post_message_hook(self, f):
        f.write(linesep + b'\037')

    def _write_header_block(self, source):
        # Copies lines up to and including the blank line ending the headers.
        while True:
            line = source.readline()
            self._file.write(line.replace(b'\n', linesep))
            if line == b'\n' or not line:
                break

    def _install_message(self, message):
        start = self._file.tell()
        if isinstance(message, BabylMessage):
            special = [label for label in message.get_labels() if label in self._special_labels]
            other = [label for label in message.get_labels() if label not in self._special_labels]
            self._file.write(b'1')
            for label in special:
                self._file.write(b', ' + label.encode())
            self._file.write(b',,')
            for label in other:
                self._file.write(b' ' + label.encode() + b',')
            self._file.write(linesep)
        else:
            self._file.write(b'1,,' + linesep)
        if isinstance(message, email.message.Message):
            orig_buffer = io.BytesIO()
            email.generator.BytesGenerator(orig_buffer, False, 0).flatten(message)
            orig_buffer.seek(0)
            self._write_header_block(orig_buffer)
            self._file.write(b'*** EOOH ***' + linesep)
            if isinstance(message, BabylMessage):
                vis_buffer = io.BytesIO()
                email.generator.BytesGenerator(vis_buffer, False, 0).flatten(
                    message.get_visible())
                # As CPython does, the visible headers are read from where writing them
                # ended, so nothing of them is copied.
                self._write_header_block(vis_buffer)
            else:
                orig_buffer.seek(0)
                self._write_header_block(orig_buffer)
            while True:
                buffer = orig_buffer.read(4096)
                if not buffer:
                    break
                self._file.write(buffer.replace(b'\n', linesep))
        elif isinstance(message, (bytes, str, io.StringIO)):
            if isinstance(message, io.StringIO):
                warnings.warn("Use of StringIO input is deprecated, use BytesIO instead",
                              DeprecationWarning, 3)
                message = message.getvalue()
            if isinstance(message, str):
                message = self._string_to_bytes(message)
            body_start = message.find(b'\n\n') + 2
            if body_start - 2 != -1:
                headers = message[:body_start].replace(b'\n', linesep)
                self._file.write(headers)
                self._file.write(b'*** EOOH ***' + linesep)
                self._file.write(headers)
                self._file.write(message[body_start:].replace(b'\n', linesep))
            else:
                self._file.write(b'*** EOOH ***' + linesep + linesep)
                self._file.write(message.replace(b'\n', linesep))
        elif hasattr(message, 'readline'):
            message = _binary_source(message)
            original_pos = message.tell()
            first_pass = True
            while True:
                line = _normalise_line(message.readline())
                self._file.write(line.replace(b'\n', linesep))
                if line == b'\n' or not line:
                    if not first_pass:
                        break
                    first_pass = False
                    self._file.write(b'*** EOOH ***' + linesep)
                    message.seek(original_pos)
            while True:
                line = message.readline()
                if not line:
                    break
                if line.endswith(b'\r\n'):
                    line = line[:-2] + linesep
                elif line.endswith(b'\r') or line.endswith(b'\n'):
                    line = line[:-1] + linesep
                self._file.write(line)
        else:
            raise TypeError('Invalid message type: %s' % type(message))
        return (start, self._file.tell())


class Message(email.message.Message):
    """An email message with a mailbox format's state."""

    def __init__(self, message=None):
        if isinstance(message, email.message.Message):
            self._become_message(copy.deepcopy(message))
            if isinstance(message, Message):
                message._explain_to(self)
        elif isinstance(message, bytes):
            self._become_message(email.message_from_bytes(message))
        elif isinstance(message, str):
            self._become_message(email.message_from_string(message))
        elif isinstance(message, io.TextIOWrapper):
            self._become_message(email.message_from_file(message))
        elif hasattr(message, "read"):
            self._become_message(email.message_from_binary_file(message))
        elif message is None:
            email.message.Message.__init__(self)
        else:
            raise TypeError('Invalid message type: %s' % type(message))

    def _become_message(self, message):
        # Everything of the parsed message except another format's own state.
        type_specific = getattr(message, '_type_specific_attributes', [])
        for name in message.__dict__:
            if name not in type_specific:
                self.__dict__[name] = message.__dict__[name]

    def _explain_to(self, message):
        """Give message (another Message subclass) what this one's state means in its
        format."""
        if not isinstance(message, Message):
            raise TypeError('Cannot convert to specified type')


def _cannot_convert(message):
    if not isinstance(message, Message):
        raise TypeError('Cannot convert to specified type: %s' % type(message))


class MaildirMessage(Message):
    """Maildir state: the subdirectory ('new' or 'cur'), the info ('2,' and flags D F P R S
    T) and the delivery date."""

    _type_specific_attributes = ['_subdir', '_info', '_date']

    def __init__(self, message=None):
        self._subdir = 'new'
        self._info = ''
        self._date = time.time()
        Message.__init__(self, message)

    def get_subdir(self):
        return self._subdir

    def set_subdir(self, subdir):
        if subdir != 'new' and subdir != 'cur':
            raise ValueError("subdir must be 'new' or 'cur': %s" % subdir)
        self._subdir = subdir

    def get_flags(self):
        return self._info[2:] if self._info.startswith('2,') else ''

    def set_flags(self, flags):
        self._info = '2,' + ''.join(sorted(flags))

    def add_flag(self, flag):
        self.set_flags(''.join(set(self.get_flags()) | set(flag)))

    def remove_flag(self, flag):
        if self.get_flags():
            self.set_flags(''.join(set(self.get_flags()) - set(flag)))

    def get_date(self):
        return self._date

    def set_date(self, date):
        try:
            self._date = float(date)
        except ValueError:
            raise TypeError("can't convert to float: %s" % date) from None

    def get_info(self):
        return self._info

    def set_info(self, info):
        if not isinstance(info, str):
            raise TypeError('info must be a string: %s' % type(info))
        self._info = info

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            message.set_flags(self.get_flags())
            message.set_subdir(self.get_subdir())
            message.set_date(self.get_date())
        elif isinstance(message, _mboxMMDFMessage):
            if 'S' in flags:
                message.add_flag('R')
            if self.get_subdir() == 'cur':
                message.add_flag('O')
            for mine, theirs in (('T', 'D'), ('F', 'F'), ('R', 'A')):
                if mine in flags:
                    message.add_flag(theirs)
            message.set_from('MAILER-DAEMON', time.gmtime(self.get_date()))
        elif isinstance(message, MHMessage):
            if 'S' not in flags:
                message.add_sequence('unseen')
            if 'R' in flags:
                message.add_sequence('replied')
            if 'F' in flags:
                message.add_sequence('flagged')
        elif isinstance(message, BabylMessage):
            if 'S' not in flags:
                message.add_label('unseen')
            for mine, label in (('T', 'deleted'), ('R', 'answered'), ('P', 'forwarded')):
                if mine in flags:
                    message.add_label(label)
        else:
            _cannot_convert(message)


class _mboxMMDFMessage(Message):
    """mbox and MMDF state: the 'From ' line's text and the flags in the Status (R, O) and
    X-Status (D, F, A) headers."""

    _type_specific_attributes = ['_from']

    def __init__(self, message=None):
        self.set_from('MAILER-DAEMON', True)
        if isinstance(message, email.message.Message):
            unixfrom = message.get_unixfrom()
            if unixfrom is not None and unixfrom.startswith('From '):
                self.set_from(unixfrom[5:])
        Message.__init__(self, message)

    def get_from(self):
        return self._from

    def set_from(self, from_, time_=None):
        """The From line's text; time_ (a struct_time, or True for now) adds a date."""
        if time_ is not None:
            if time_ is True:
                time_ = time.gmtime()
            from_ += ' ' + time.asctime(time_)
        self._from = from_

    def get_flags(self):
        return self.get('Status', '') + self.get('X-Status', '')

    def set_flags(self, flags):
        flags = set(flags)
        status_flags, xstatus_flags = '', ''
        for flag in ('R', 'O'):
            if flag in flags:
                status_flags += flag
                flags.remove(flag)
        for flag in ('D', 'F', 'A'):
            if flag in flags:
                xstatus_flags += flag
                flags.remove(flag)
        xstatus_flags += ''.join(sorted(flags))
        for header, value in (('Status', status_flags), ('X-Status', xstatus_flags)):
            try:
                self.replace_header(header, value)
            except KeyError:
                self.add_header(header, value)

    def add_flag(self, flag):
        self.set_flags(''.join(set(self.get_flags()) | set(flag)))

    def remove_flag(self, flag):
        if 'Status' in self or 'X-Status' in self:
            self.set_flags(''.join(set(self.get_flags()) - set(flag)))

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            if 'O' in flags:
                message.set_subdir('cur')
            for mine, theirs in (('F', 'F'), ('A', 'R'), ('R', 'S'), ('D', 'T')):
                if mine in flags:
                    message.add_flag(theirs)
            del message['status']
            del message['x-status']
            maybe_date = ' '.join(self.get_from().split()[-5:])
            try:
                message.set_date(calendar.timegm(time.strptime(maybe_date,
                                                               '%a %b %d %H:%M:%S %Y')))
            except (ValueError, OverflowError):
                pass
        elif isinstance(message, _mboxMMDFMessage):
            message.set_flags(self.get_flags())
            message.set_from(self.get_from())
        elif isinstance(message, MHMessage):
            if 'R' not in flags:
                message.add_sequence('unseen')
            if 'A' in flags:
                message.add_sequence('replied')
            if 'F' in flags:
                message.add_sequence('flagged')
            del message['status']
            del message['x-status']
        elif isinstance(message, BabylMessage):
            if 'R' not in flags:
                message.add_label('unseen')
            if 'D' in flags:
                message.add_label('deleted')
            if 'A' in flags:
                message.add_label('answered')
            del message['status']
            del message['x-status']
        else:
            _cannot_convert(message)


class mboxMessage(_mboxMMDFMessage):
    """Message with mbox-specific properties."""


def _add_name(names, name, error):
    # An MH sequence or a Babyl label: a str, kept once, in the order added.
    if not isinstance(name, str):
        raise TypeError(error % type(name))
    if name not in names:
        names.append(name)


def _remove_name(names, name):
    try:
        names.remove(name)
    except ValueError:
        pass


class MHMessage(Message):
    """MH state: the names of the sequences the message is in."""

    _type_specific_attributes = ['_sequences']

    def __init__(self, message=None):
        self._sequences = []
        Message.__init__(self, message)

    def get_sequences(self):
        return self._sequences[:]

    def set_sequences(self, sequences):
        self._sequences = list(sequences)

    def add_sequence(self, sequence):
        _add_name(self._sequences, sequence, 'sequence type must be str: %s')

    def remove_sequence(self, sequence):
        _remove_name(self._sequences, sequence)

    def _explain_to(self, message):
        sequences = set(self.get_sequences())
        if isinstance(message, MaildirMessage):
            message.set_subdir('cur')
            if 'unseen' not in sequences:
                message.add_flag('S')
            if 'flagged' in sequences:
                message.add_flag('F')
            if 'replied' in sequences:
                message.add_flag('R')
        elif isinstance(message, _mboxMMDFMessage):
            message.add_flag('O' if 'unseen' in sequences else 'RO')
            if 'flagged' in sequences:
                message.add_flag('F')
            if 'replied' in sequences:
                message.add_flag('A')
        elif isinstance(message, MHMessage):
            for sequence in self.get_sequences():
                message.add_sequence(sequence)
        elif isinstance(message, BabylMessage):
            if 'unseen' in sequences:
                message.add_label('unseen')
            if 'replied' in sequences:
                message.add_label('answered')
        else:
            _cannot_convert(message)


class BabylMessage(Message):
    """Babyl state: the labels and the visible headers."""

    _type_specific_attributes = ['_labels', '_visible']

    def __init__(self, message=None):
        self._labels = []
        self._visible = Message()
        Message.__init__(self, message)

    def get_labels(self):
        return self._labels[:]

    def set_labels(self, labels):
        self._labels = list(labels)

    def add_label(self, label):
        _add_name(self._labels, label, 'label must be a string: %s')

    def remove_label(self, label):
        _remove_name(self._labels, label)

    def get_visible(self):
        return Message(self._visible)

    def set_visible(self, visible):
        self._visible = Message(visible)

    def update_visible(self):
        """The visible headers from the message's: those present updated, the usual ones
        added."""
        for header in self._visible.keys():
            if header in self:
                self._visible.replace_header(header, self[header])
            else:
                del self._visible[header]
        for header in ('Date', 'From', 'Reply-To', 'To', 'CC', 'Subject'):
            if header in self and header not in self._visible:
                self._visible[header] = self[header]

    def _explain_to(self, message):
        labels = set(self.get_labels())
        if isinstance(message, MaildirMessage):
            message.set_subdir('cur')
            if 'unseen' not in labels:
                message.add_flag('S')
            if 'forwarded' in labels or 'resent' in labels:
                message.add_flag('P')
            if 'answered' in labels:
                message.add_flag('R')
            if 'deleted' in labels:
                message.add_flag('T')
        elif isinstance(message, _mboxMMDFMessage):
            message.add_flag('O' if 'unseen' in labels else 'RO')
            if 'deleted' in labels:
                message.add_flag('D')
            if 'answered' in labels:
                message.add_flag('A')
        elif isinstance(message, MHMessage):
            if 'unseen' in labels:
                message.add_sequence('unseen')
            if 'answered' in labels:
                message.add_sequence('replied')
        elif isinstance(message, BabylMessage):
            message.set_visible(self.get_visible())
            for label in self.get_labels():
                message.add_label(label)
        else:
            _cannot_convert(message)


class MMDFMessage(_mboxMMDFMessage):
    """Message with MMDF-specific properties."""


class _ProxyFile:
    """A read-only view of a file that keeps its own position."""

    def __init__(self, f, pos=None):
        self._file = f
        self._pos = f.tell() if pos is None else pos

    def read(self, size=None):
        return self._read(size, self._file.read)

    def read1(self, size=None):
        return self._read(size, self._file.read1)

    def readline(self, size=None):
        return self._read(size, self._file.readline)

    def readlines(self, sizehint=None):
        result = []
        for line in self:
            result.append(line)
            if sizehint is not None:
                sizehint -= len(line)
                if sizehint <= 0:
                    break
        return result

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        if whence == 1:
            self._file.seek(self._pos)
        self._file.seek(offset, whence)
        self._pos = self._file.tell()

    def close(self):
        if hasattr(self, '_file'):
            try:
                if hasattr(self._file, 'close'):
                    self._file.close()
            finally:
                del self._file

    def _read(self, size, read_method):
        if size is None:
            size = -1
        self._file.seek(self._pos)
        result = read_method(size)
        self._pos = self._file.tell()
        return result

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()

    def flush(self):
        return self._file.flush()

    @property
    def closed(self):
        if not hasattr(self, '_file'):
            return True
        if not hasattr(self._file, 'closed'):
            return False
        return self._file.closed

    __class_getitem__ = classmethod(GenericAlias)


class _PartialFile(_ProxyFile):
    """A view of the part of a file between start and stop (a message of a single-file
    mailbox); closing it leaves the file open."""

    def __init__(self, f, start=None, stop=None):
        _ProxyFile.__init__(self, f, start)
        self._start = start
        self._stop = stop

    def tell(self):
        return _ProxyFile.tell(self) - self._start

    def seek(self, offset, whence=0):
        if whence == 0:
            self._pos = self._start
            whence = 1
        elif whence == 2:
            self._pos = self._stop
            whence = 1
        _ProxyFile.seek(self, offset, whence)

    def _read(self, size, read_method):
        remaining = self._stop - self._pos
        if remaining <= 0:
            return b''
        if size is None or size < 0 or size > remaining:
            size = remaining
        return _ProxyFile._read(self, size, read_method)

    def close(self):
        if hasattr(self, '_file'):
            del self._file


def _lock_file(f, dotlock=True):
    """An exclusive fcntl lock on f, and (with dotlock) the file NAME.lock made atomically
    with a hard link; ExternalClashError when either is held already."""
    dotlock_done = False
    try:
        if fcntl:
            try:
                fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno in (errno.EAGAIN, errno.EACCES, errno.EROFS):
                    raise ExternalClashError('lockf: lock unavailable: %s' % f.name)
                raise
        if dotlock:
            try:
                pre_lock = _create_temporary(f.name + '.lock')
                pre_lock.close()
            except OSError as e:
                if e.errno in (errno.EACCES, errno.EROFS):
                    return
                raise
            try:
                try:
                    os.link(pre_lock.name, f.name + '.lock')
                    dotlock_done = True
                except (AttributeError, PermissionError):
                    os.rename(pre_lock.name, f.name + '.lock')
                    dotlock_done = True
                else:
                    os.unlink(pre_lock.name)
            except FileExistsError:
                os.remove(pre_lock.name)
                raise ExternalClashError('dot lock unavailable: %s' % f.name)
    except:
        if fcntl:
            fcntl.lockf(f, fcntl.LOCK_UN)
        if dotlock_done:
            os.remove(f.name + '.lock')
        raise


def _unlock_file(f):
    if fcntl:
        fcntl.lockf(f, fcntl.LOCK_UN)
    if os.path.exists(f.name + '.lock'):
        os.remove(f.name + '.lock')


def _create_carefully(path):
    """A new file at path (FileExistsError if there is one), opened 'rb+'."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o666)
    try:
        return open(path, 'rb+')
    finally:
        os.close(fd)


def _create_temporary(path):
    return _create_carefully('%s.%s.%s.%s' % (path, int(time.time()), socket.gethostname(),
                                              os.getpid()))


def _sync_flush(f):
    f.flush()
    if hasattr(os, 'fsync'):
        os.fsync(f.fileno())


def _sync_close(f):
    _sync_flush(f)
    f.close()


class Error(Exception):
    """Raised for module-specific errors."""


class NoSuchMailboxError(Error):
    """The specified mailbox does not exist and won't be created."""


class NotEmptyError(Error):
    """The specified mailbox is not empty and deletion was requested."""


class ExternalClashError(Error):
    """Another process caused an action to fail."""


class FormatError(Error):
    """A file appears to have an invalid format."""
