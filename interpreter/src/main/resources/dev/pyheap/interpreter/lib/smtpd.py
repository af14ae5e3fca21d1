#! /usr/bin/env python3
"""An RFC 5321 smtp proxy with optional RFC 1870 and RFC 6531 extensions.

Usage: %(program)s [options] [localhost:localport [remotehost:remoteport]]

Options:

    --nosetuid
    -n
        This program generally tries to setuid `nobody', unless this flag is
        set.  The setuid call will fail if this program is not run as root (in
        which case, use this flag).

    --version
    -V
        Print the version number and exit.

    --class classname
    -c classname
        Use `classname' as the concrete SMTP proxy class.  Uses `PureProxy' by
        default.

    --size limit
    -s limit
        Restrict the total size of the incoming message to "limit" number of
        bytes via the RFC 1870 SIZE extension.  Defaults to 33554432 bytes.

    --smtputf8
    -u
        Enable the SMTPUTF8 extension and behave as an RFC 6531 smtp proxy.

    --debug
    -d
        Turn on debugging prints.

    --help
    -h
        Print this message and exit.

Version: %(__version__)s

If localhost is not given then `localhost' is used, and if localport is not
given then 8025 is used.  If remotehost is not given then `localhost' is used,
and if remoteport is not given, then 25 is used.
"""

# How this module works: an SMTPServer is an asyncore listener; each connection gets an
# SMTPChannel, an async_chat reading CRLF-terminated commands (and, after DATA, everything up to
# CRLF.CRLF) and answering them per RFC 5321 with the SIZE, 8BITMIME and SMTPUTF8 extensions; a
# complete message goes to the server's process_message. DebuggingServer prints messages;
# PureProxy relays them with smtplib.

import collections
import errno
import getopt
import os
import socket
import sys
import time
from email.errors import HeaderParseError
from warnings import _deprecated, warn

__all__ = ["SMTPChannel", "SMTPServer", "DebuggingServer", "PureProxy"]

_DEPRECATION_MSG = ('The {name} module is deprecated and unmaintained and will '
                    'be removed in Python {remove}.  Please see aiosmtpd '
                    '(https://aiosmtpd.readthedocs.io/) for the recommended '
                    'replacement.')
_deprecated(__name__, _DEPRECATION_MSG, remove=(3, 12))

# After the warning above, so that importing smtpd reports smtpd's deprecation only.
import asyncore
import asynchat

program = sys.argv[0]
__version__ = 'Python SMTP proxy version 0.3'


class Devnull:
    def write(self, msg):
        pass

    def flush(self):
        pass


DEBUGSTREAM = Devnull()
NEWLINE = '\n'
COMMASPACE = ', '
DATA_SIZE_DEFAULT = 33554432


def usage(code, msg=''):
    print(__doc__ % globals(), file=sys.stderr)
    if msg:
        print(msg, file=sys.stderr)
    sys.exit(code)


# Addresses in MAIL and RCPT: an addr-spec, bare or in angle brackets, then the parameters.
_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                   "!#$%&'*+-/=?^_`{|}~.")


def _skip_space(text, pos):
    while pos < len(text) and text[pos] in ' \t':
        pos += 1
    return pos


def _atoms(text, pos):
    start = pos
    while pos < len(text) and (text[pos] in _ATEXT or ord(text[pos]) > 127):
        pos += 1
    return text[start:pos], pos


def _quoted(text, pos):
    end = pos + 1
    while end < len(text) and text[end] != '"':
        end += 2 if text[end] == '\\' else 1
    return text[pos:end + 1], end + 1


def _parse_addr_spec(text, pos):
    pos = _skip_space(text, pos)
    if pos < len(text) and text[pos] == '"':
        local, pos = _quoted(text, pos)
    else:
        local, pos = _atoms(text, pos)
    if not local:
        raise HeaderParseError("Expected 'atom' or 'quoted-string' but found '%s'" % text[pos:])
    address = local
    pos = _skip_space(text, pos)
    if pos < len(text) and text[pos] == '@':
        pos = _skip_space(text, pos + 1)
        if pos < len(text) and text[pos] == '[':
            end = text.find(']', pos)
            end = len(text) if end < 0 else end + 1
            domain = text[pos:end]
            pos = end
        else:
            domain, pos = _atoms(text, pos)
        address += '@' + domain
        pos = _skip_space(text, pos)
    return address, pos


def _parse_address(text):
    """(address, the rest) of an address bare or in angle brackets; '<>' is the null path."""
    pos = _skip_space(text, 0)
    if not text.startswith('<', pos):
        address, pos = _parse_addr_spec(text, pos)
        return address, text[pos:]
    pos = _skip_space(text, pos + 1)
    if text.startswith('>', pos):
        return '<>', text[_skip_space(text, pos + 1):]
    if text.startswith('@', pos):
        # A source route (@a,@b:) is obsolete and ignored.
        colon = text.find(':', pos)
        if colon >= 0:
            pos = colon + 1
    address, pos = _parse_addr_spec(text, pos)
    if text.startswith('>', pos):
        pos += 1
    return address, text[_skip_space(text, pos):]


def _check_modes(enable_SMTPUTF8, decode_data):
    if enable_SMTPUTF8 and decode_data:
        raise ValueError("decode_data and enable_SMTPUTF8 cannot"
                         " be set to True at the same time")


def _deprecated_alias(old, new):
    def getter(self):
        warn("Access to __%s attribute on SMTPChannel is deprecated, use '%s' instead"
             % (old, new), DeprecationWarning, 2)
        return getattr(self, new)

    def setter(self, value):
        warn("Setting __%s attribute on SMTPChannel is deprecated, set '%s' instead"
             % (old, new), DeprecationWarning, 2)
        setattr(self, new, value)
    return property(getter, setter)


class SMTPChannel(asynchat.async_chat):
    """One client's SMTP session."""

    COMMAND = 0
    DATA = 1

    command_size_limit = 512
    command_size_limits = collections.defaultdict(lambda x=command_size_limit: x)

    @property
    def max_command_size_limit(self):
        try:
            return max(self.command_size_limits.values())
        except ValueError:
            return self.command_size_limit

    def __init__(self, server, conn, addr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        asynchat.async_chat.__init__(self, conn, map=map)
        self.smtp_server = server
        self.conn = conn
        self.addr = addr
        self.data_size_limit = data_size_limit
        self.enable_SMTPUTF8 = enable_SMTPUTF8
        self._decode_data = decode_data
        _check_modes(enable_SMTPUTF8, decode_data)
        if decode_data:
            self._emptystring = ''
            self._linesep = '\r\n'
            self._dotsep = '.'
            self._newline = NEWLINE
        else:
            self._emptystring = b''
            self._linesep = b'\r\n'
            self._dotsep = ord(b'.')
            self._newline = b'\n'
        self._set_rset_state()
        self.seen_greeting = ''
        self.extended_smtp = False
        self.command_size_limits.clear()
        self.fqdn = socket.getfqdn()
        try:
            self.peer = conn.getpeername()
        except OSError as err:
            # The peer went away before we could greet it.
            self.close()
            if err.errno != errno.ENOTCONN:
                raise
            return
        print('Peer:', repr(self.peer), file=DEBUGSTREAM)
        self.push('220 %s %s' % (self.fqdn, __version__))

    def _set_post_data_state(self):
        self.smtp_state = self.COMMAND
        self.mailfrom = None
        self.rcpttos = []
        self.require_SMTPUTF8 = False
        self.num_bytes = 0
        self.set_terminator(b'\r\n')

    def _set_rset_state(self):
        self._set_post_data_state()
        self.received_data = ''
        self.received_lines = []

    for _old, _new in (('server', 'smtp_server'), ('line', 'received_lines'),
                       ('state', 'smtp_state'), ('greeting', 'seen_greeting'),
                       ('mailfrom', 'mailfrom'), ('rcpttos', 'rcpttos'),
                       ('data', 'received_data'), ('fqdn', 'fqdn'), ('peer', 'peer'),
                       ('conn', 'conn'), ('addr', 'addr')):
        locals()['_SMTPChannel__' + _old] = _deprecated_alias(_old, _new)
    del _old, _new

    def push(self, msg):
        asynchat.async_chat.push(self, bytes(msg + '\r\n',
                                             'utf-8' if self.require_SMTPUTF8 else 'ascii'))

    def collect_incoming_data(self, data):
        limit = None
        if self.smtp_state == self.COMMAND:
            limit = self.max_command_size_limit
        elif self.smtp_state == self.DATA:
            limit = self.data_size_limit
        if limit and self.num_bytes > limit:
            return
        if limit:
            self.num_bytes += len(data)
        self.received_lines.append(str(data, 'utf-8') if self._decode_data else data)

    def found_terminator(self):
        line = self._emptystring.join(self.received_lines)
        print('Data:', repr(line), file=DEBUGSTREAM)
        self.received_lines = []
        if self.smtp_state == self.COMMAND:
            size, self.num_bytes = self.num_bytes, 0
            if not line:
                self.push('500 Error: bad syntax')
                return
            if not self._decode_data:
                line = str(line, 'utf-8')
            command, space, arg = line.partition(' ')
            command = command.upper()
            arg = arg.strip() if space else None
            limit = (self.command_size_limits[command] if self.extended_smtp
                     else self.command_size_limit)
            if size > limit:
                self.push('500 Error: line too long')
                return
            method = getattr(self, 'smtp_' + command, None)
            if not method:
                self.push('500 Error: command "%s" not recognized' % command)
                return
            method(arg)
            return
        if self.smtp_state != self.DATA:
            self.push('451 Internal confusion')
            self.num_bytes = 0
            return
        if self.data_size_limit and self.num_bytes > self.data_size_limit:
            self.push('552 Error: Too much mail data')
            self.num_bytes = 0
            return
        # Undo the dot-stuffing of lines that start with '.'.
        lines = [text[1:] if text and text[0] == self._dotsep else text
                 for text in line.split(self._linesep)]
        self.received_data = self._newline.join(lines)
        args = (self.peer, self.mailfrom, self.rcpttos, self.received_data)
        kwargs = {}
        if not self._decode_data:
            kwargs = {'mail_options': self.mail_options, 'rcpt_options': self.rcpt_options}
        status = self.smtp_server.process_message(*args, **kwargs)
        self._set_post_data_state()
        self.push(status if status else '250 OK')

    def _greet(self, arg, verb):
        if not arg:
            self.push('501 Syntax: %s hostname' % verb)
            return False
        if self.seen_greeting:
            self.push('503 Duplicate HELO/EHLO')
            return False
        self._set_rset_state()
        self.seen_greeting = arg
        return True

    def smtp_HELO(self, arg):
        if self._greet(arg, 'HELO'):
            self.push('250 %s' % self.fqdn)

    def smtp_EHLO(self, arg):
        if not self._greet(arg, 'EHLO'):
            return
        self.extended_smtp = True
        self.push('250-%s' % self.fqdn)
        if self.data_size_limit:
            self.push('250-SIZE %s' % self.data_size_limit)
            self.command_size_limits['MAIL'] += 26
        if not self._decode_data:
            self.push('250-8BITMIME')
        if self.enable_SMTPUTF8:
            self.push('250-SMTPUTF8')
            self.command_size_limits['MAIL'] += 10
        self.push('250 HELP')

    def smtp_NOOP(self, arg):
        self.push('501 Syntax: NOOP' if arg else '250 OK')

    def smtp_QUIT(self, arg):
        self.push('221 Bye')
        self.close_when_done()

    def _strip_command_keyword(self, keyword, arg):
        if arg[:len(keyword)].upper() == keyword:
            return arg[len(keyword):].strip()
        return ''

    def _getaddr(self, arg):
        if not arg:
            return '', ''
        return _parse_address(arg)

    def _getparams(self, params):
        result = {}
        for param in params:
            param, eq, value = param.partition('=')
            if not param.isalnum() or eq and not value:
                return None
            result[param] = value if eq else True
        return result

    _HELP = {'EHLO': 'EHLO hostname', 'HELO': 'HELO hostname', 'MAIL': 'MAIL FROM: <address>',
             'RCPT': 'RCPT TO: <address>', 'DATA': 'DATA', 'RSET': 'RSET', 'NOOP': 'NOOP',
             'QUIT': 'QUIT', 'VRFY': 'VRFY <address>'}

    def smtp_HELP(self, arg):
        if not arg:
            self.push('250 Supported commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY')
            return
        syntax = self._HELP.get(arg.upper())
        if syntax is None:
            self.push('501 Supported commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY')
            return
        if arg.upper() in ('MAIL', 'RCPT') and self.extended_smtp:
            syntax += ' [SP <mail-parameters>]'
        self.push('250 Syntax: ' + syntax)

    def smtp_VRFY(self, arg):
        if not arg:
            self.push('501 Syntax: VRFY <address>')
            return
        address, params = self._getaddr(arg)
        if address:
            self.push('252 Cannot VRFY user, but will accept message and attempt delivery')
        else:
            self.push('502 Could not VRFY %s' % arg)

    def _address_argument(self, arg, keyword, syntaxerr):
        """(address, options) of MAIL's or RCPT's argument; None once an error is answered."""
        if arg is None:
            self.push(syntaxerr)
            return None
        address, params = self._getaddr(self._strip_command_keyword(keyword, arg))
        if not address or (not self.extended_smtp and params):
            self.push(syntaxerr)
            return None
        return address, params.upper().split()

    def smtp_MAIL(self, arg):
        if not self.seen_greeting:
            self.push('503 Error: send HELO first')
            return
        print('===> MAIL', arg, file=DEBUGSTREAM)
        syntaxerr = '501 Syntax: MAIL FROM: <address>'
        if self.extended_smtp:
            syntaxerr += ' [SP <mail-parameters>]'
        parsed = self._address_argument(arg, 'FROM:', syntaxerr)
        if parsed is None:
            return
        address, options = parsed
        if self.mailfrom:
            self.push('503 Error: nested MAIL command')
            return
        self.mail_options = options
        params = self._getparams(options)
        if params is None:
            self.push(syntaxerr)
            return
        if not self._decode_data:
            body = params.pop('BODY', '7BIT')
            if body not in ['7BIT', '8BITMIME']:
                self.push('501 Error: BODY can only be one of 7BIT, 8BITMIME')
                return
        if self.enable_SMTPUTF8:
            smtputf8 = params.pop('SMTPUTF8', False)
            if smtputf8 is True:
                self.require_SMTPUTF8 = True
            elif smtputf8 is not False:
                self.push('501 Error: SMTPUTF8 takes no arguments')
                return
        size = params.pop('SIZE', None)
        if size:
            if not size.isdigit():
                self.push(syntaxerr)
                return
            if self.data_size_limit and int(size) > self.data_size_limit:
                self.push('552 Error: message size exceeds fixed maximum message size')
                return
        if len(params.keys()) > 0:
            self.push('555 MAIL FROM parameters not recognized or not implemented')
            return
        self.mailfrom = address
        print('sender:', self.mailfrom, file=DEBUGSTREAM)
        self.push('250 OK')

    def smtp_RCPT(self, arg):
        if not self.seen_greeting:
            self.push('503 Error: send HELO first')
            return
        print('===> RCPT', arg, file=DEBUGSTREAM)
        if not self.mailfrom:
            self.push('503 Error: need MAIL command')
            return
        syntaxerr = '501 Syntax: RCPT TO: <address>'
        if self.extended_smtp:
            syntaxerr += ' [SP <mail-parameters>]'
        parsed = self._address_argument(arg, 'TO:', syntaxerr)
        if parsed is None:
            return
        address, self.rcpt_options = parsed
        params = self._getparams(self.rcpt_options)
        if params is None:
            self.push(syntaxerr)
            return
        if len(params.keys()) > 0:
            self.push('555 RCPT TO parameters not recognized or not implemented')
            return
        self.rcpttos.append(address)
        print('recips:', self.rcpttos, file=DEBUGSTREAM)
        self.push('250 OK')

    def smtp_RSET(self, arg):
        if arg:
            self.push('501 Syntax: RSET')
            return
        self._set_rset_state()
        self.push('250 OK')

    def smtp_DATA(self, arg):
        if not self.seen_greeting:
            self.push('503 Error: send HELO first')
            return
        if not self.rcpttos:
            self.push('503 Error: need RCPT command')
            return
        if arg:
            self.push('501 Syntax: DATA')
            return
        self.smtp_state = self.DATA
        self.set_terminator(b'\r\n.\r\n')
        self.push('354 End data with <CR><LF>.<CR><LF>')

    def smtp_EXPN(self, arg):
        self.push('502 EXPN not implemented')


class SMTPServer(asyncore.dispatcher):
    """Listens on localaddr and runs an SMTPChannel per connection; subclasses define
    process_message(peer, mailfrom, rcpttos, data, **kwargs), which answers None for
    '250 OK' or a reply line."""

    channel_class = SMTPChannel

    def __init__(self, localaddr, remoteaddr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        self._localaddr = localaddr
        self._remoteaddr = remoteaddr
        self.data_size_limit = data_size_limit
        self.enable_SMTPUTF8 = enable_SMTPUTF8
        self._decode_data = decode_data
        _check_modes(enable_SMTPUTF8, decode_data)
        asyncore.dispatcher.__init__(self, map=map)
        try:
            family, kind = socket.getaddrinfo(*localaddr, type=socket.SOCK_STREAM)[0][:2]
            self.create_socket(family, kind)
            self.set_reuse_addr()
            self.bind(localaddr)
            self.listen(5)
        except:
            self.close()
            raise
        print('%s started at %s\n\tLocal addr: %s\n\tRemote addr:%s' % (
            self.__class__.__name__, time.ctime(time.time()), localaddr, remoteaddr),
            file=DEBUGSTREAM)

    def handle_accepted(self, conn, addr):
        print('Incoming connection from %s' % repr(addr), file=DEBUGSTREAM)
        self.channel_class(self, conn, addr, self.data_size_limit, self._map,
                           self.enable_SMTPUTF8, self._decode_data)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        raise NotImplementedError


class DebuggingServer(SMTPServer):
    """Prints each message on stdout with an X-Peer header after the headers."""

    def _print_message_content(self, peer, data):
        in_headers = True
        for line in data.splitlines():
            if in_headers and not line:
                peerheader = 'X-Peer: ' + peer[0]
                if not isinstance(data, str):
                    peerheader = repr(peerheader.encode('utf-8'))
                print(peerheader)
                in_headers = False
            print(line if isinstance(data, str) else repr(line))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print('---------- MESSAGE FOLLOWS ----------')
        if kwargs:
            if kwargs.get('mail_options'):
                print('mail options: %s' % kwargs['mail_options'])
            if kwargs.get('rcpt_options'):
                print('rcpt options: %s\n' % kwargs['rcpt_options'])
        self._print_message_content(peer, data)
        print('------------ END MESSAGE ------------')


class PureProxy(SMTPServer):
    """Relays each message to remoteaddr with smtplib."""

    def __init__(self, *args, **kwargs):
        if 'enable_SMTPUTF8' in kwargs and kwargs['enable_SMTPUTF8']:
            raise ValueError("PureProxy does not support SMTPUTF8.")
        super(PureProxy, self).__init__(*args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        lines = data.split('\n')
        header_end = 0
        for line in lines:
            if not line:
                break
            header_end += 1
        lines.insert(header_end, 'X-Peer: %s' % peer[0])
        refused = self._deliver(mailfrom, rcpttos, NEWLINE.join(lines))
        print('we got some refusals:', refused, file=DEBUGSTREAM)

    def _deliver(self, mailfrom, rcpttos, data):
        import smtplib
        refused = {}
        try:
            s = smtplib.SMTP()
            s.connect(self._remoteaddr[0], self._remoteaddr[1])
            try:
                refused = s.sendmail(mailfrom, rcpttos, data)
            finally:
                s.quit()
        except smtplib.SMTPRecipientsRefused as e:
            print('got SMTPRecipientsRefused', file=DEBUGSTREAM)
            refused = e.recipients
        except (OSError, smtplib.SMTPException) as e:
            print('got', e.__class__, file=DEBUGSTREAM)
            errcode = getattr(e, 'smtp_code', -1)
            errmsg = getattr(e, 'smtp_error', 'ignore')
            for recipient in rcpttos:
                refused[recipient] = (errcode, errmsg)
        return refused


class Options:
    setuid = True
    classname = 'PureProxy'
    size_limit = None
    enable_SMTPUTF8 = False


def _split_spec(spec, what):
    host, colon, port = spec.partition(':')
    if not colon:
        usage(1, 'Bad %s spec: %s' % (what, spec))
    try:
        return host, int(port)
    except ValueError:
        usage(1, 'Bad %s port: %s' % (what, spec))


def parseargs():
    global DEBUGSTREAM
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'nVhc:s:du',
                                   ['class=', 'nosetuid', 'version', 'help', 'size=', 'debug',
                                    'smtputf8'])
    except getopt.error as e:
        usage(1, e)
    options = Options()
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-V', '--version'):
            print(__version__)
            sys.exit(0)
        elif opt in ('-n', '--nosetuid'):
            options.setuid = False
        elif opt in ('-c', '--class'):
            options.classname = arg
        elif opt in ('-d', '--debug'):
            DEBUGSTREAM = sys.stderr
        elif opt in ('-u', '--smtputf8'):
            options.enable_SMTPUTF8 = True
        elif opt in ('-s', '--size'):
            try:
                options.size_limit = int(arg)
            except:
                print('Invalid size: ' + arg, file=sys.stderr)
                sys.exit(1)
    if len(args) > 2:
        usage(1, 'Invalid arguments: %s' % COMMASPACE.join(args))
    localspec = args[0] if args else 'localhost:8025'
    remotespec = args[1] if len(args) > 1 else 'localhost:25'
    options.localhost, options.localport = _split_spec(localspec, 'local')
    options.remotehost, options.remoteport = _split_spec(remotespec, 'remote')
    return options


if __name__ == '__main__':
    options = parseargs()
    classname = options.classname
    if "." in classname:
        lastdot = classname.rfind(".")
        mod = __import__(classname[:lastdot], globals(), locals(), [""])
        classname = classname[lastdot + 1:]
    else:
        import __main__ as mod
    class_ = getattr(mod, classname)
    proxy = class_((options.localhost, options.localport),
                   (options.remotehost, options.remoteport),
                   options.size_limit, enable_SMTPUTF8=options.enable_SMTPUTF8)
    if options.setuid:
        try:
            import pwd
        except ImportError:
            print('Cannot import module "pwd"; try running with -n option.', file=sys.stderr)
            sys.exit(1)
        nobody = pwd.getpwnam('nobody')[2]
        try:
            os.setuid(nobody)
        except PermissionError:
            print('Cannot setuid "nobody"; try running with -n option.', file=sys.stderr)
            sys.exit(1)
    try:
        asyncore.loop()
    except KeyboardInterrupt:
        pass
