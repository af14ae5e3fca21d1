"""An IMAP4rev1 client (RFC 3501), with the parsing helpers Internaldate2tuple, Int2AP,
ParseFlags and Time2Internaldate.

Each command is sent as 'TAG NAME args' (tags: a random prefix of letters A-P and a counter);
the reply lines are read until the command's tagged line. Untagged lines ('* TYPE data', or
'* N TYPE data' whose number joins the data) pile up in untagged_responses by type, a line
ending in '{n}' bringing an n-byte literal with it as a (line, literal) pair; a status reply's
'[CODE data]' is filed under CODE too. A command's method answers (type, data), the data being
the tagged line's text or the untagged responses of the command's kind. The connection's state
(NONAUTH, AUTH, SELECTED, LOGOUT) decides which commands may be sent. There is no ssl module
here, so, as CPython built without ssl, no IMAP4_SSL, and starttls raises."""

__version__ = "2.58"

import binascii
import errno
import random
import re
import socket
import subprocess
import sys
import time
import calendar
from datetime import datetime, timezone, timedelta
from io import DEFAULT_BUFFER_SIZE

HAVE_SSL = False

__all__ = ["IMAP4", "IMAP4_stream", "Internaldate2tuple", "Int2AP", "ParseFlags",
           "Time2Internaldate"]

CRLF = b'\r\n'
Debug = 0
IMAP4_PORT = 143
IMAP4_SSL_PORT = 993
AllowedVersions = ('IMAP4REV1', 'IMAP4')
# Far beyond RFC 3501's limit: servers send long lines (big FETCH results).
_MAXLINE = 1000000

_ANY = ('NONAUTH', 'AUTH', 'SELECTED', 'LOGOUT')
_AUTH = ('AUTH', 'SELECTED')
# The states each command may be sent in.
Commands = {
    'APPEND': _AUTH, 'AUTHENTICATE': ('NONAUTH',), 'CAPABILITY': _ANY,
    'CHECK': ('SELECTED',), 'CLOSE': ('SELECTED',), 'COPY': ('SELECTED',), 'CREATE': _AUTH,
    'DELETE': _AUTH, 'DELETEACL': _AUTH, 'ENABLE': ('AUTH',), 'EXAMINE': _AUTH,
    'EXPUNGE': ('SELECTED',), 'FETCH': ('SELECTED',), 'GETACL': _AUTH, 'GETANNOTATION': _AUTH,
    'GETQUOTA': _AUTH, 'GETQUOTAROOT': _AUTH, 'MYRIGHTS': _AUTH, 'LIST': _AUTH,
    'LOGIN': ('NONAUTH',), 'LOGOUT': _ANY, 'LSUB': _AUTH, 'MOVE': ('SELECTED',),
    'NAMESPACE': _AUTH, 'NOOP': _ANY, 'PARTIAL': ('SELECTED',), 'PROXYAUTH': ('AUTH',),
    'RENAME': _AUTH, 'SEARCH': ('SELECTED',), 'SELECT': _AUTH, 'SETACL': _AUTH,
    'SETANNOTATION': _AUTH, 'SETQUOTA': _AUTH, 'SORT': ('SELECTED',),
    'STARTTLS': ('NONAUTH',), 'STATUS': _AUTH, 'STORE': ('SELECTED',), 'SUBSCRIBE': _AUTH,
    'THREAD': ('SELECTED',), 'UID': ('SELECTED',), 'UNSUBSCRIBE': _AUTH,
    'UNSELECT': ('SELECTED',),
}

Continuation = re.compile(br'\+( (?P<data>.*))?')
Flags = re.compile(br'.*FLAGS \((?P<flags>[^\)]*)\)')
InternalDate = re.compile(
    br'.*INTERNALDATE "'
    br'(?P<day>[ 0123][0-9])-(?P<mon>[A-Z][a-z][a-z])-(?P<year>[0-9][0-9][0-9][0-9])'
    br' (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])'
    br' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])"')
Literal = re.compile(br'.*{(?P<size>\d+)}$', re.ASCII)
MapCRLF = re.compile(br'\r\n|\r|\n')
Response_code = re.compile(br'\[(?P<type>[A-Z-]+)( (?P<data>.*))?\]')
Untagged_response = re.compile(br'\* (?P<type>[A-Z-]+)( (?P<data>.*))?')
Untagged_status = re.compile(br'\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?', re.ASCII)
# Compiled per connection: in UTF-8 mode without re.ASCII.
_Literal = br'.*{(?P<size>\d+)}$'
_Untagged_status = br'\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?'


class IMAP4:
    """A connection to an IMAP4 server on host:port; each IMAP4rev1 command is a method of
    the same name in lower case."""

    class error(Exception):
        pass

    class abort(error):
        pass

    class readonly(abort):
        pass

    def __init__(self, host='', port=IMAP4_PORT, timeout=None):
        self.debug = Debug
        self.state = 'LOGOUT'
        self.literal = None
        self.tagged_commands = {}
        self.untagged_responses = {}
        self.continuation_response = ''
        self.is_readonly = False
        self.tagnum = 0
        self._tls_established = False
        self._mode_ascii()
        self.open(host, port, timeout)
        try:
            self._connect()
        except Exception:
            try:
                self.shutdown()
            except OSError:
                pass
            raise

    def _mode_ascii(self):
        self.utf8_enabled = False
        self._encoding = 'ascii'
        self.Literal = re.compile(_Literal, re.ASCII)
        self.Untagged_status = re.compile(_Untagged_status, re.ASCII)

    def _mode_utf8(self):
        self.utf8_enabled = True
        self._encoding = 'utf-8'
        self.Literal = re.compile(_Literal)
        self.Untagged_status = re.compile(_Untagged_status)

    def _connect(self):
        self.tagpre = Int2AP(random.randint(4096, 65535))
        self.tagre = re.compile(br'(?P<tag>' + self.tagpre + br'\d+) (?P<type>[A-Z]+) (?P<data>.*)',
                                re.ASCII)
        if __debug__:
            self._cmd_log_len = 10
            self._cmd_log_idx = 0
            self._cmd_log = {}
            if self.debug >= 1:
                self._mesg('imaplib version %s' % __version__)
                self._mesg('new IMAP4 connection, tag=%s' % self.tagpre)
        self.welcome = self._get_response()
        if 'PREAUTH' in self.untagged_responses:
            self.state = 'AUTH'
        elif 'OK' in self.untagged_responses:
            self.state = 'NONAUTH'
        else:
            raise self.error(self.welcome)
        self._get_capabilities()
        if __debug__ and self.debug >= 3:
            self._mesg('CAPABILITIES: %r' % (self.capabilities,))
        for version in AllowedVersions:
            if version in self.capabilities:
                self.PROTOCOL_VERSION = version
                return
        raise self.error('server not IMAP4 compliant')

    def __getattr__(self, attr):
        # The commands in upper case too (M.SELECT).
        if attr in Commands:
            return getattr(self, attr.lower())
        raise AttributeError("Unknown IMAP4 command: '%s'" % attr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.state == 'LOGOUT':
            return
        try:
            self.logout()
        except OSError:
            pass

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        address = (self.host or None, self.port)
        if timeout is not None:
            return socket.create_connection(address, timeout)
        return socket.create_connection(address)

    def open(self, host='', port=IMAP4_PORT, timeout=None):
        self.host = host
        self.port = port
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile('rb')

    def read(self, size):
        return self.file.read(size)

    def readline(self):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise self.error("got more than %d bytes" % _MAXLINE)
        return line

    def send(self, data):
        self.sock.sendall(data)

    def shutdown(self):
        self.file.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError as exc:
            if exc.errno != errno.ENOTCONN and getattr(exc, 'winerror', 0) != 10022:
                raise
        finally:
            self.sock.close()

    def socket(self):
        return self.sock

    def recent(self):
        """The RECENT responses, asking the server with NOOP when there is none yet."""
        typ, dat = self._untagged_response('OK', [None], 'RECENT')
        if dat[-1]:
            return typ, dat
        typ, dat = self.noop()
        return self._untagged_response(typ, dat, 'RECENT')

    def response(self, code):
        return self._untagged_response(code, [None], code.upper())

    def append(self, mailbox, flags, date_time, message):
        """Append message (bytes, line ends made CRLF) to mailbox as a literal."""
        if not mailbox:
            mailbox = 'INBOX'
        if flags:
            if (flags[0], flags[-1]) != ('(', ')'):
                flags = '(%s)' % flags
        else:
            flags = None
        date_time = Time2Internaldate(date_time) if date_time else None
        literal = MapCRLF.sub(CRLF, message)
        if self.utf8_enabled:
            literal = b'UTF8 (' + literal + b')'
        self.literal = literal
        return self._simple_command('APPEND', mailbox, flags, date_time)

    def authenticate(self, mechanism, authobject):
        """AUTHENTICATE: authobject(challenge bytes) answers each continuation (None: '*')."""
        self.literal = _Authenticator(authobject).process
        typ, dat = self._simple_command('AUTHENTICATE', mechanism.upper())
        if typ != 'OK':
            raise self.error(dat[-1].decode('utf-8', 'replace'))
        self.state = 'AUTH'
        return typ, dat

    def capability(self):
        typ, dat = self._simple_command('CAPABILITY')
        return self._untagged_response(typ, dat, 'CAPABILITY')

    def check(self):
        return self._simple_command('CHECK')

    def close(self):
        try:
            typ, dat = self._simple_command('CLOSE')
        finally:
            self.state = 'AUTH'
        return typ, dat

    def copy(self, message_set, new_mailbox):
        return self._simple_command('COPY', message_set, new_mailbox)

    def create(self, mailbox):
        return self._simple_command('CREATE', mailbox)

    def delete(self, mailbox):
        return self._simple_command('DELETE', mailbox)

    def deleteacl(self, mailbox, who):
        return self._simple_command('DELETEACL', mailbox, who)

    def enable(self, capability):
        if 'ENABLE' not in self.capabilities:
            raise IMAP4.error("Server does not support ENABLE")
        typ, data = self._simple_command('ENABLE', capability)
        if typ == 'OK' and 'UTF8=ACCEPT' in capability.upper():
            self._mode_utf8()
        return typ, data

    def _untagged_command(self, name, response, *args):
        typ, dat = self._simple_command(name, *args)
        return self._untagged_response(typ, dat, response)

    def expunge(self):
        return self._untagged_command('EXPUNGE', 'EXPUNGE')

    def fetch(self, message_set, message_parts):
        return self._untagged_command('FETCH', 'FETCH', message_set, message_parts)

    def getacl(self, mailbox):
        return self._untagged_command('GETACL', 'ACL', mailbox)

    def getannotation(self, mailbox, entry, attribute):
        return self._untagged_command('GETANNOTATION', 'ANNOTATION', mailbox, entry, attribute)

    def getquota(self, root):
        return self._untagged_command('GETQUOTA', 'QUOTA', root)

    def getquotaroot(self, mailbox):
        typ, dat = self._simple_command('GETQUOTAROOT', mailbox)
        typ, quota = self._untagged_response(typ, dat, 'QUOTA')
        typ, quotaroot = self._untagged_response(typ, dat, 'QUOTAROOT')
        return typ, [quotaroot, quota]

    def list(self, directory='""', pattern='*'):
        return self._untagged_command('LIST', 'LIST', directory, pattern)

    def login(self, user, password):
        """LOGIN in plain text (the password always quoted)."""
        typ, dat = self._simple_command('LOGIN', user, self._quote(password))
        if typ != 'OK':
            raise self.error(dat[-1])
        self.state = 'AUTH'
        return typ, dat

    def login_cram_md5(self, user, password):
        self.user, self.password = user, password
        return self.authenticate('CRAM-MD5', self._CRAM_MD5_AUTH)

    def _CRAM_MD5_AUTH(self, challenge):
        import hmac
        pwd = self.password.encode('utf-8') if isinstance(self.password, str) else self.password
        return self.user + " " + hmac.HMAC(pwd, challenge, 'md5').hexdigest()

    def logout(self):
        self.state = 'LOGOUT'
        typ, dat = self._simple_command('LOGOUT')
        self.shutdown()
        return typ, dat

    def lsub(self, directory='""', pattern='*'):
        return self._untagged_command('LSUB', 'LSUB', directory, pattern)

    def myrights(self, mailbox):
        return self._untagged_command('MYRIGHTS', 'MYRIGHTS', mailbox)

    def namespace(self):
        return self._untagged_command('NAMESPACE', 'NAMESPACE')

    def noop(self):
        if __debug__ and self.debug >= 3:
            self._dump_ur(self.untagged_responses)
        return self._simple_command('NOOP')

    def partial(self, message_num, message_part, start, length):
        return self._untagged_command('PARTIAL', 'FETCH', message_num, message_part, start,
                                      length)

    def proxyauth(self, user):
        return self._simple_command('PROXYAUTH', user)

    def rename(self, oldmailbox, newmailbox):
        return self._simple_command('RENAME', oldmailbox, newmailbox)

    def search(self, charset, *criteria):
        if charset:
            if self.utf8_enabled:
                raise IMAP4.error("Non-None charset not valid in UTF8 mode")
            return self._untagged_command('SEARCH', 'SEARCH', 'CHARSET', charset, *criteria)
        return self._untagged_command('SEARCH', 'SEARCH', *criteria)

    def select(self, mailbox='INBOX', readonly=False):
        """SELECT (EXAMINE when readonly): (type, [number of messages])."""
        self.untagged_responses = {}
        self.is_readonly = readonly
        typ, dat = self._simple_command('EXAMINE' if readonly else 'SELECT', mailbox)
        if typ != 'OK':
            self.state = 'AUTH'
            return typ, dat
        self.state = 'SELECTED'
        if 'READ-ONLY' in self.untagged_responses and not readonly:
            if __debug__ and self.debug >= 1:
                self._dump_ur(self.untagged_responses)
            raise self.readonly('%s is not writable' % mailbox)
        return typ, self.untagged_responses.get('EXISTS', [None])

    def setacl(self, mailbox, who, what):
        return self._simple_command('SETACL', mailbox, who, what)

    def setannotation(self, *args):
        return self._untagged_command('SETANNOTATION', 'ANNOTATION', *args)

    def setquota(self, root, limits):
        return self._untagged_command('SETQUOTA', 'QUOTA', root, limits)

    def sort(self, sort_criteria, charset, *search_criteria):
        if (sort_criteria[0], sort_criteria[-1]) != ('(', ')'):
            sort_criteria = '(%s)' % sort_criteria
        return self._untagged_command('SORT', 'SORT', sort_criteria, charset, *search_criteria)

    def starttls(self, ssl_context=None):
        raise self.error('SSL support missing')

    def status(self, mailbox, names):
        return self._untagged_command('STATUS', 'STATUS', mailbox, names)

    def store(self, message_set, command, flags):
        if (flags[0], flags[-1]) != ('(', ')'):
            flags = '(%s)' % flags
        return self._untagged_command('STORE', 'FETCH', message_set, command, flags)

    def subscribe(self, mailbox):
        return self._simple_command('SUBSCRIBE', mailbox)

    def thread(self, threading_algorithm, charset, *search_criteria):
        return self._untagged_command('THREAD', 'THREAD', threading_algorithm, charset,
                                      *search_criteria)

    def _check_state(self, command):
        if self.state not in Commands[command]:
            raise self.error("command %s illegal in state %s, only allowed in states %s"
                             % (command, self.state, ', '.join(Commands[command])))

    def uid(self, command, *args):
        """A command with unique identifiers instead of message numbers."""
        command = command.upper()
        if command not in Commands:
            raise self.error("Unknown IMAP4 UID command: %s" % command)
        self._check_state(command)
        response = command if command in ('SEARCH', 'SORT', 'THREAD') else 'FETCH'
        return self._untagged_command('UID', response, command, *args)

    def unsubscribe(self, mailbox):
        return self._simple_command('UNSUBSCRIBE', mailbox)

    def unselect(self):
        try:
            typ, data = self._simple_command('UNSELECT')
        finally:
            self.state = 'AUTH'
        return typ, data

    def xatom(self, name, *args):
        """Any command (an extension's), allowed in the current state from now on."""
        name = name.upper()
        if name not in Commands:
            Commands[name] = (self.state,)
        return self._simple_command(name, *args)

    def _append_untagged(self, typ, dat):
        if dat is None:
            dat = b''
        responses = self.untagged_responses
        if __debug__ and self.debug >= 5:
            self._mesg('untagged_responses[%s] %s += ["%r"]'
                       % (typ, len(responses.get(typ, '')), dat))
        responses.setdefault(typ, []).append(dat)

    def _check_bye(self):
        bye = self.untagged_responses.get('BYE')
        if bye:
            raise self.abort(bye[-1].decode(self._encoding, 'replace'))

    def _command(self, name, *args):
        """Send a command (and its literal when one is pending); its tag."""
        if self.state not in Commands[name]:
            self.literal = None
            self._check_state(name)
        for typ in ('OK', 'NO', 'BAD'):
            if typ in self.untagged_responses:
                del self.untagged_responses[typ]
        if 'READ-ONLY' in self.untagged_responses and not self.is_readonly:
            raise self.readonly('mailbox status changed to READ-ONLY')
        tag = self._new_tag()
        data = tag + b' ' + bytes(name, self._encoding)
        for arg in args:
            if arg is None:
                continue
            if isinstance(arg, str):
                arg = bytes(arg, self._encoding)
            data = data + b' ' + arg
        literal = self.literal
        if literal is not None:
            self.literal = None
            if type(literal) is type(self._command):
                literator = literal
            else:
                literator = None
                data = data + bytes(' {%s}' % len(literal), self._encoding)
        if __debug__:
            if self.debug >= 4:
                self._mesg('> %r' % data)
            else:
                self._log('> %r' % data)
        try:
            self.send(data + CRLF)
        except OSError as val:
            raise self.abort('socket error: %s' % val)
        if literal is None:
            return tag
        while True:
            # Wait for the continuation ('+'), unless the command is answered already.
            while self._get_response():
                if self.tagged_commands[tag]:
                    return tag
            if literator:
                literal = literator(self.continuation_response)
                if __debug__ and self.debug >= 4:
                    self._mesg('write literal size %s' % len(literal))
            try:
                self.send(literal)
                self.send(CRLF)
            except OSError as val:
                raise self.abort('socket error: %s' % val)
            if not literator:
                break
        return tag

    def _command_complete(self, name, tag):
        logout = (name == 'LOGOUT')
        if not logout:
            self._check_bye()
        try:
            typ, data = self._get_tagged_response(tag, expect_bye=logout)
        except self.abort as val:
            raise self.abort('command: %s => %s' % (name, val))
        except self.error as val:
            raise self.error('command: %s => %s' % (name, val))
        if not logout:
            self._check_bye()
        if typ == 'BAD':
            raise self.error('%s command error: %s %s' % (name, typ, data))
        return typ, data

    def _get_capabilities(self):
        typ, dat = self.capability()
        if dat == [None]:
            raise self.error('no CAPABILITY response from server')
        self.capabilities = tuple(str(dat[-1], self._encoding).upper().split())

    def _get_response(self):
        """Read one response (with its literals); None for a continuation line."""
        resp = self._get_line()
        if self._match(self.tagre, resp):
            tag = self.mo.group('tag')
            if tag not in self.tagged_commands:
                raise self.abort('unexpected tagged response: %r' % resp)
            typ = str(self.mo.group('type'), self._encoding)
            dat = self.mo.group('data')
            self.tagged_commands[tag] = (typ, [dat])
        else:
            dat2 = None
            if not self._match(Untagged_response, resp):
                if self._match(self.Untagged_status, resp):
                    dat2 = self.mo.group('data2')
            if self.mo is None:
                if self._match(Continuation, resp):
                    self.continuation_response = self.mo.group('data')
                    return None
                raise self.abort("unexpected response: %r" % resp)
            typ = str(self.mo.group('type'), self._encoding)
            dat = self.mo.group('data')
            if dat is None:
                dat = b''
            if dat2:
                dat = dat + b' ' + dat2
            while self._match(self.Literal, dat):
                size = int(self.mo.group('size'))
                if __debug__ and self.debug >= 4:
                    self._mesg('read literal size %s' % size)
                data = self.read(size)
                self._append_untagged(typ, (dat, data))
                dat = self._get_line()
            self._append_untagged(typ, dat)
        if typ in ('OK', 'NO', 'BAD') and self._match(Response_code, dat):
            typ = str(self.mo.group('type'), self._encoding)
            self._append_untagged(typ, self.mo.group('data'))
        if __debug__ and self.debug >= 1 and typ in ('NO', 'BAD', 'BYE'):
            self._mesg('%s response: %r' % (typ, dat))
        return resp

    def _get_tagged_response(self, tag, expect_bye=False):
        while True:
            result = self.tagged_commands[tag]
            if result is not None:
                del self.tagged_commands[tag]
                return result
            if expect_bye:
                bye = self.untagged_responses.pop('BYE', None)
                if bye is not None:
                    return 'BYE', bye
            self._check_bye()
            try:
                self._get_response()
            except self.abort:
                if __debug__ and self.debug >= 1:
                    self.print_log()
                raise

    def _get_line(self):
        line = self.readline()
        if not line:
            raise self.abort('socket error: EOF')
        if not line.endswith(b'\r\n'):
            raise self.abort('socket error: unterminated line: %r' % line)
        line = line[:-2]
        if __debug__:
            if self.debug >= 4:
                self._mesg('< %r' % line)
            else:
                self._log('< %r' % line)
        return line

    def _match(self, cre, s):
        self.mo = cre.match(s)
        if __debug__ and self.mo is not None and self.debug >= 5:
            self._mesg("\tmatched %r => %r" % (cre.pattern, self.mo.groups()))
        return self.mo is not None

    def _new_tag(self):
        tag = self.tagpre + bytes(str(self.tagnum), self._encoding)
        self.tagnum = self.tagnum + 1
        self.tagged_commands[tag] = None
        return tag

    def _quote(self, arg):
        return '"' + arg.replace('\\', '\\\\').replace('"', '\\"') + '"'

    def _simple_command(self, name, *args):
        return self._command_complete(name, self._command(name, *args))

    def _untagged_response(self, typ, dat, name):
        if typ == 'NO':
            return typ, dat
        if name not in self.untagged_responses:
            return typ, [None]
        data = self.untagged_responses.pop(name)
        if __debug__ and self.debug >= 5:
            self._mesg('untagged_responses[%s] => %s' % (name, data))
        return typ, data

    if __debug__:

        def _mesg(self, s, secs=None):
            if secs is None:
                secs = time.time()
            stamp = time.strftime('%M:%S', time.localtime(secs))
            sys.stderr.write('  %s.%02d %s\n' % (stamp, (secs * 100) % 100, s))
            sys.stderr.flush()

        def _dump_ur(self, untagged_resp_dict):
            if not untagged_resp_dict:
                return
            items = (f'{key}: {value!r}' for key, value in untagged_resp_dict.items())
            self._mesg('untagged responses dump:' + '\n\t\t'.join(items))

        def _log(self, line):
            # The last _cmd_log_len lines sent and received, for print_log.
            self._cmd_log[self._cmd_log_idx] = (line, time.time())
            self._cmd_log_idx += 1
            if self._cmd_log_idx >= self._cmd_log_len:
                self._cmd_log_idx = 0

        def print_log(self):
            self._mesg('last %d IMAP4 interactions:' % len(self._cmd_log))
            index, count = self._cmd_log_idx, self._cmd_log_len
            while count:
                try:
                    self._mesg(*self._cmd_log[index])
                except:
                    pass
                index += 1
                if index >= self._cmd_log_len:
                    index = 0
                count -= 1


class IMAP4_stream(IMAP4):
    """IMAP4 over a command's stdin and stdout (ssh host imapd, say)."""

    def __init__(self, command):
        self.command = command
        IMAP4.__init__(self)

    def open(self, host=None, port=None, timeout=None):
        self.host = None
        self.port = None
        self.sock = None
        self.file = None
        self.process = subprocess.Popen(self.command, bufsize=DEFAULT_BUFFER_SIZE,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        shell=True, close_fds=True)
        self.writefile = self.process.stdin
        self.readfile = self.process.stdout

    def read(self, size):
        return self.readfile.read(size)

    def readline(self):
        return self.readfile.readline()

    def send(self, data):
        self.writefile.write(data)
        self.writefile.flush()

    def shutdown(self):
        self.readfile.close()
        self.writefile.close()
        self.process.wait()


class _Authenticator:
    """Base64 in both directions around an AUTHENTICATE mechanism's function."""

    def __init__(self, mechinst):
        self.mech = mechinst

    def process(self, data):
        ret = self.mech(self.decode(data))
        if ret is None:
            return b'*'
        return self.encode(ret)

    def encode(self, inp):
        # 48 bytes at a time, the lines' newlines dropped: one line of base64.
        out = b''
        if isinstance(inp, str):
            inp = inp.encode('utf-8')
        while inp:
            chunk, inp = inp[:48], inp[48:]
            encoded = binascii.b2a_base64(chunk)
            if encoded:
                out = out + encoded[:-1]
        return out

    def decode(self, inp):
        if not inp:
            return b''
        return binascii.a2b_base64(inp)


Months = ' Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
Mon2num = {s.encode(): n + 1 for n, s in enumerate(Months[1:])}


def Internaldate2tuple(resp):
    """The local time.struct_time of a FETCH response's INTERNALDATE, or None."""
    match = InternalDate.match(resp)
    if not match:
        return None
    zone = (int(match.group('zoneh')) * 60 + int(match.group('zonem'))) * 60
    if match.group('zonen') == b'-':
        zone = -zone
    tt = (int(match.group('year')), Mon2num[match.group('mon')], int(match.group('day')),
          int(match.group('hour')), int(match.group('min')), int(match.group('sec')), -1, -1, -1)
    return time.localtime(calendar.timegm(tt) - zone)


def Int2AP(num):
    """num in base 16 with the digits A-P, as bytes."""
    val = b''
    digits = b'ABCDEFGHIJKLMNOP'
    num = int(abs(num))
    while num:
        num, mod = divmod(num, 16)
        val = digits[mod:mod + 1] + val
    return val


def ParseFlags(resp):
    """The flags of a FETCH response's FLAGS (...), as a tuple of bytes."""
    match = Flags.match(resp)
    if not match:
        return ()
    return tuple(match.group('flags').split())


def Time2Internaldate(date_time):
    """'"DD-Mmm-YYYY HH:MM:SS +HHMM"' for seconds since the epoch (local time), a time tuple
    (local), an aware datetime, or such a quoted str itself."""
    if isinstance(date_time, (int, float)):
        dt = datetime.fromtimestamp(date_time, timezone.utc).astimezone()
    elif isinstance(date_time, tuple):
        try:
            gmtoff = date_time.tm_gmtoff
        except AttributeError:
            if time.daylight:
                dst = date_time[8]
                if dst == -1:
                    dst = time.localtime(time.mktime(date_time))[8]
                gmtoff = -(time.timezone, time.altzone)[dst]
            else:
                gmtoff = -time.timezone
        dt = datetime(*date_time[:6], tzinfo=timezone(timedelta(seconds=gmtoff)))
    elif isinstance(date_time, datetime):
        if date_time.tzinfo is None:
            raise ValueError("date_time must be aware")
        dt = date_time
    elif isinstance(date_time, str) and (date_time[0], date_time[-1]) == ('"', '"'):
        return date_time
    else:
        raise ValueError("date_time not of a known type")
    return dt.strftime('"%d-{}-%Y %H:%M:%S %z"'.format(Months[dt.month]))
