"""An SMTP (RFC 821/5321) and ESMTP client, and LMTP (RFC 2033) over a Unix socket.

A reply is one or more lines 'NNN-text' ending with a line 'NNN text' (or just 'NNN'); getreply
answers (code, the texts joined by b'\\n'), code -1 when the line does not start with digits.
EHLO's reply lists the extensions, one a line ('SIZE 1000', 'AUTH PLAIN LOGIN', or the old
'AUTH=...' form); they go to esmtp_features, names lowercased. Message data is sent with bare CR
and LF normalised to CRLF and lines starting with '.' doubled, then '.' on a line of its own.
There is no ssl module here, so, as CPython built without ssl: no SMTP_SSL, and starttls raises
RuntimeError once the server agrees to start TLS."""

import base64
import copy
import datetime
import email.generator
import email.utils
import hmac
import io
import re
import socket
import sys

__all__ = ["SMTPException", "SMTPNotSupportedError", "SMTPServerDisconnected",
           "SMTPResponseException", "SMTPSenderRefused", "SMTPRecipientsRefused",
           "SMTPDataError", "SMTPConnectError", "SMTPHeloError", "SMTPAuthenticationError",
           "quoteaddr", "quotedata", "SMTP"]

SMTP_PORT = 25
SMTP_SSL_PORT = 465
CRLF = "\r\n"
bCRLF = b"\r\n"
_MAXLINE = 8192
_MAXCHALLENGE = 5

OLDSTYLE_AUTH = re.compile(r"auth=(.*)", re.I)


class SMTPException(OSError):
    """The base of this module's errors."""


class SMTPNotSupportedError(SMTPException):
    """The server does not support the command or option asked for."""


class SMTPServerDisconnected(SMTPException):
    """The connection is not open, or the server closed it."""


class SMTPResponseException(SMTPException):
    """The server answered with an error code: smtp_code and smtp_error."""

    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)


class SMTPSenderRefused(SMTPResponseException):
    """MAIL FROM was refused; sender is the address."""

    def __init__(self, code, msg, sender):
        self.smtp_code = code
        self.smtp_error = msg
        self.sender = sender
        self.args = (code, msg, sender)


class SMTPRecipientsRefused(SMTPException):
    """Every recipient was refused; recipients maps each to its (code, message)."""

    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)


class SMTPDataError(SMTPResponseException):
    """The server refused the message data."""


class SMTPConnectError(SMTPResponseException):
    """The server's greeting was not 220."""


class SMTPHeloError(SMTPResponseException):
    """The server refused HELO."""


class SMTPAuthenticationError(SMTPResponseException):
    """The server refused the user name and password."""


def quoteaddr(addrstring):
    """The address of addrstring in angle brackets (the text itself when it cannot be parsed)."""
    displayname, addr = email.utils.parseaddr(addrstring)
    if (displayname, addr) == ('', ''):
        if addrstring.strip().startswith('<'):
            return addrstring
        return "<%s>" % addrstring
    return "<%s>" % addr


def _addr_only(addrstring):
    displayname, addr = email.utils.parseaddr(addrstring)
    if (displayname, addr) == ('', ''):
        return addrstring
    return addr


_LINE_END = r'(?:\r\n|\n|\r(?!\n))'


def _fix_eols(data):
    return re.sub(_LINE_END, CRLF, data)


def quotedata(data):
    """data with CRLF line ends and a '.' doubled at the start of each line."""
    return re.sub(r'(?m)^\.', '..', _fix_eols(data))


def _quote_periods(bindata):
    return re.sub(br'(?m)^\.', b'..', bindata)


class SMTP:
    """A connection to an SMTP server: connect() then the commands, or all at once with
    sendmail()/send_message(); a with-statement sends QUIT at the end."""

    debuglevel = 0
    sock = None
    file = None
    helo_resp = None
    ehlo_msg = "ehlo"
    ehlo_resp = None
    does_esmtp = False
    default_port = SMTP_PORT

    def __init__(self, host='', port=0, local_hostname=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
        self._host = host
        self.timeout = timeout
        self.esmtp_features = {}
        self.command_encoding = 'ascii'
        self.source_address = source_address
        self._auth_challenge_count = 0
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        if local_hostname is not None:
            self.local_hostname = local_hostname
        else:
            fqdn = socket.getfqdn()
            if '.' in fqdn:
                self.local_hostname = fqdn
            else:
                addr = '127.0.0.1'
                try:
                    addr = socket.gethostbyname(socket.gethostname())
                except socket.gaierror:
                    pass
                self.local_hostname = '[%s]' % addr

    def __enter__(self):
        return self

    def __exit__(self, *args):
        try:
            code, message = self.docmd("QUIT")
            if code != 221:
                raise SMTPResponseException(code, message)
        except SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel):
        """1 prints the conversation on stderr; 2 also stamps each line with the time."""
        self.debuglevel = debuglevel

    def _print_debug(self, *args):
        if self.debuglevel > 1:
            print(datetime.datetime.now().time(), *args, file=sys.stderr)
        else:
            print(*args, file=sys.stderr)

    def _get_socket(self, host, port, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        if self.debuglevel > 0:
            self._print_debug('connect: to', (host, port), self.source_address)
        return socket.create_connection((host, port), timeout, self.source_address)

    def connect(self, host='localhost', port=0, source_address=None):
        """Connect to host ('host:port' works too) and answer the server's greeting."""
        if source_address:
            self.source_address = source_address
        if not port and host.find(':') == host.rfind(':'):
            colon = host.rfind(':')
            if colon >= 0:
                host, port = host[:colon], host[colon + 1:]
                try:
                    port = int(port)
                except ValueError:
                    raise OSError("nonnumeric port")
        if not port:
            port = self.default_port
        self.sock = self._get_socket(host, port, self.timeout)
        self.file = None
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('connect:', repr(msg))
        return code, msg

    def send(self, s):
        """Send a str (in command_encoding) or bytes to the server."""
        if self.debuglevel > 0:
            self._print_debug('send:', repr(s))
        if not self.sock:
            raise SMTPServerDisconnected('please run connect() first')
        if isinstance(s, str):
            s = s.encode(self.command_encoding)
        try:
            self.sock.sendall(s)
        except OSError:
            self.close()
            raise SMTPServerDisconnected('Server not connected')

    def putcmd(self, cmd, args=""):
        line = cmd if args == "" else f'{cmd} {args}'
        if '\r' in line or '\n' in line:
            line = line.replace('\n', '\\n').replace('\r', '\\r')
            raise ValueError(
                f'command and arguments contain prohibited newline characters: {line}')
        self.send(f'{line}{CRLF}')

    def getreply(self):
        """(code, text) of the server's next reply; its lines' texts joined by b'\\n'."""
        texts = []
        if self.file is None:
            self.file = self.sock.makefile('rb')
        while True:
            try:
                line = self.file.readline(_MAXLINE + 1)
            except OSError as e:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed: " + str(e))
            if not line:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed")
            if self.debuglevel > 0:
                self._print_debug('reply:', repr(line))
            if len(line) > _MAXLINE:
                self.close()
                raise SMTPResponseException(500, "Line too long.")
            texts.append(line[4:].strip(b' \t\r\n'))
            try:
                errcode = int(line[:3])
            except ValueError:
                errcode = -1
                break
            if line[3:4] != b"-":
                break
        errmsg = b"\n".join(texts)
        if self.debuglevel > 0:
            self._print_debug('reply: retcode (%s); Msg: %a' % (errcode, errmsg))
        return errcode, errmsg

    def docmd(self, cmd, args=""):
        self.putcmd(cmd, args)
        return self.getreply()

    def helo(self, name=''):
        self.putcmd("helo", name or self.local_hostname)
        code, msg = self.getreply()
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name=''):
        """Send EHLO and record the extensions the server lists."""
        self.esmtp_features = {}
        self.putcmd(self.ehlo_msg, name or self.local_hostname)
        code, msg = self.getreply()
        if code == -1 and len(msg) == 0:
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = True
        assert isinstance(self.ehlo_resp, bytes), repr(self.ehlo_resp)
        for line in self.ehlo_resp.decode("latin-1").split('\n')[1:]:
            old_auth = OLDSTYLE_AUTH.match(line)
            if old_auth:
                self.esmtp_features["auth"] = (self.esmtp_features.get("auth", "") + " "
                                               + old_auth.group(1))
                continue
            match = re.match(r'(?P<feature>[A-Za-z0-9][A-Za-z0-9\-]*) ?', line)
            if match:
                feature = match.group("feature").lower()
                params = line[match.end("feature"):].strip()
                if feature == "auth":
                    self.esmtp_features[feature] = (self.esmtp_features.get(feature, "")
                                                    + " " + params)
                else:
                    self.esmtp_features[feature] = params
        return code, msg

    def has_extn(self, opt):
        return opt.lower() in self.esmtp_features

    def help(self, args=''):
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        self.command_encoding = 'ascii'
        return self.docmd("rset")

    def _rset(self):
        # After a refusal the connection may be gone already; that is no new error.
        try:
            self.rset()
        except SMTPServerDisconnected:
            pass

    def noop(self):
        return self.docmd("noop")

    def mail(self, sender, options=()):
        optionlist = ''
        if options and self.does_esmtp:
            if any(option.lower() == 'smtputf8' for option in options):
                if self.has_extn('smtputf8'):
                    self.command_encoding = 'utf-8'
                else:
                    raise SMTPNotSupportedError('SMTPUTF8 not supported by server')
            optionlist = ' ' + ' '.join(options)
        self.putcmd("mail", "FROM:%s%s" % (quoteaddr(sender), optionlist))
        return self.getreply()

    def rcpt(self, recip, options=()):
        optionlist = ''
        if options and self.does_esmtp:
            optionlist = ' ' + ' '.join(options)
        self.putcmd("rcpt", "TO:%s%s" % (quoteaddr(recip), optionlist))
        return self.getreply()

    def data(self, msg):
        """Send DATA, then the message (str or bytes) once the server answers 354."""
        self.putcmd("data")
        code, repl = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('data:', (code, repl))
        if code != 354:
            raise SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        quoted = _quote_periods(msg)
        if quoted[-2:] != bCRLF:
            quoted = quoted + bCRLF
        self.send(quoted + b"." + bCRLF)
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('data:', (code, msg))
        return code, msg

    def verify(self, address):
        self.putcmd("vrfy", _addr_only(address))
        return self.getreply()

    vrfy = verify

    def expn(self, address):
        self.putcmd("expn", _addr_only(address))
        return self.getreply()

    def ehlo_or_helo_if_needed(self):
        """EHLO, or HELO when EHLO is refused, unless one was done already."""
        if self.helo_resp is None and self.ehlo_resp is None:
            if not (200 <= self.ehlo()[0] <= 299):
                code, resp = self.helo()
                if not (200 <= code <= 299):
                    raise SMTPHeloError(code, resp)

    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        """Run an AUTH exchange: authobject(challenge) gives each answer (None, then the
        decoded 334 challenges)."""
        mechanism = mechanism.upper()
        initial_response = authobject() if initial_response_ok else None
        if initial_response is not None:
            encoded = base64.b64encode(initial_response.encode('ascii')).decode('ascii')
            code, resp = self.docmd("AUTH", mechanism + " " + encoded)
            self._auth_challenge_count = 1
        else:
            code, resp = self.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            challenge = base64.decodebytes(resp)
            encoded = base64.b64encode(authobject(challenge).encode('ascii')).decode('ascii')
            code, resp = self.docmd(encoded)
            if self._auth_challenge_count > _MAXCHALLENGE:
                raise SMTPException("Server AUTH mechanism infinite loop. Last response: "
                                    + repr((code, resp)))
        if code in (235, 503):
            return code, resp
        raise SMTPAuthenticationError(code, resp)

    def auth_cram_md5(self, challenge=None):
        if challenge is None:
            return None
        return self.user + " " + hmac.HMAC(self.password.encode('ascii'), challenge,
                                           'md5').hexdigest()

    def auth_plain(self, challenge=None):
        return "\0%s\0%s" % (self.user, self.password)

    def auth_login(self, challenge=None):
        if challenge is None or self._auth_challenge_count < 2:
            return self.user
        return self.password

    def login(self, user, password, *, initial_response_ok=True):
        """Log in with the first of CRAM-MD5, PLAIN, LOGIN the server offers that works."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
        advertised = self.esmtp_features["auth"].split()
        methods = [name for name in ('CRAM-MD5', 'PLAIN', 'LOGIN') if name in advertised]
        if not methods:
            raise SMTPException("No suitable authentication method found.")
        self.user, self.password = user, password
        for method in methods:
            handler = getattr(self, 'auth_' + method.lower().replace('-', '_'))
            try:
                code, resp = self.auth(method, handler, initial_response_ok=initial_response_ok)
                if code in (235, 503):
                    return code, resp
            except SMTPAuthenticationError as e:
                last_exception = e
        raise last_exception

    def starttls(self, keyfile=None, certfile=None, context=None):
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise SMTPNotSupportedError("STARTTLS extension not supported by server.")
        resp, reply = self.docmd("STARTTLS")
        if resp == 220:
            raise RuntimeError("No SSL support included in this Python")
        raise SMTPResponseException(resp, reply)

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        """Send msg (str of ASCII, or bytes) from from_addr to each of to_addrs; answers the
        refused recipients as {address: (code, message)}, raises when all are refused."""
        self.ehlo_or_helo_if_needed()
        esmtp_opts = []
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode('ascii')
        if self.does_esmtp:
            if self.has_extn('size'):
                esmtp_opts.append("size=%d" % len(msg))
            esmtp_opts.extend(mail_options)
        code, resp = self.mail(from_addr, esmtp_opts)
        if code != 250:
            self._close_or_rset(code)
            raise SMTPSenderRefused(code, resp, from_addr)
        senderrs = {}
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code != 250 and code != 251:
                senderrs[each] = (code, resp)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(senderrs)
        if len(senderrs) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(senderrs)
        code, resp = self.data(msg)
        if code != 250:
            self._close_or_rset(code)
            raise SMTPDataError(code, resp)
        return senderrs

    def _close_or_rset(self, code):
        # 421 means the server is closing the channel: nothing more can be said on it.
        if code == 421:
            self.close()
        else:
            self._rset()

    def send_message(self, msg, from_addr=None, to_addrs=None, mail_options=(),
                     rcpt_options=()):
        """sendmail for an email.message.Message: the addresses from its headers (the Resent-
        block's when it has one), Bcc left out of what is sent."""
        self.ehlo_or_helo_if_needed()
        resent = msg.get_all('Resent-Date')
        if resent is None:
            prefix = ''
        elif len(resent) == 1:
            prefix = 'Resent-'
        else:
            raise ValueError("message has more than one 'Resent-' header block")
        if from_addr is None:
            from_addr = msg[prefix + 'Sender'] if prefix + 'Sender' in msg else msg[prefix + 'From']
            from_addr = email.utils.getaddresses([from_addr])[0][1]
        if to_addrs is None:
            fields = [value for value in (msg[prefix + 'To'], msg[prefix + 'Bcc'], msg[prefix + 'Cc'])
                      if value is not None]
            to_addrs = [address for _, address in email.utils.getaddresses(fields)]
        msg_copy = copy.copy(msg)
        del msg_copy['Bcc']
        del msg_copy['Resent-Bcc']
        international = False
        try:
            ''.join([from_addr, *to_addrs]).encode('ascii')
        except UnicodeEncodeError:
            if not self.has_extn('smtputf8'):
                raise SMTPNotSupportedError(
                    "One or more source or delivery addresses require internationalized "
                    "email support, but the server does not advertise the required SMTPUTF8 "
                    "capability")
            international = True
        with io.BytesIO() as bytesmsg:
            if international:
                generator = email.generator.BytesGenerator(
                    bytesmsg, policy=msg.policy.clone(utf8=True))
                mail_options = (*mail_options, 'SMTPUTF8', 'BODY=8BITMIME')
            else:
                generator = email.generator.BytesGenerator(bytesmsg)
            generator.flatten(msg_copy, linesep='\r\n')
            flatmsg = bytesmsg.getvalue()
        return self.sendmail(from_addr, to_addrs, flatmsg, mail_options, rcpt_options)

    def close(self):
        try:
            file = self.file
            self.file = None
            if file:
                file.close()
        finally:
            sock = self.sock
            self.sock = None
            if sock:
                sock.close()

    def quit(self):
        res = self.docmd("quit")
        self.ehlo_resp = self.helo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        self.close()
        return res


LMTP_PORT = 2003


class LMTP(SMTP):
    """LMTP: LHLO instead of EHLO; a host starting with '/' is a Unix socket's path."""

    ehlo_msg = "lhlo"

    def __init__(self, host='', port=LMTP_PORT, local_hostname=None, source_address=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        super().__init__(host, port, local_hostname=local_hostname,
                         source_address=source_address, timeout=timeout)

    def connect(self, host='localhost', port=0, source_address=None):
        if host[0] != '/':
            return super().connect(host, port, source_address=source_address)
        if self.timeout is not None and not self.timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        try:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if self.timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                self.sock.settimeout(self.timeout)
            self.file = None
            self.sock.connect(host)
        except OSError:
            if self.debuglevel > 0:
                self._print_debug('connect fail:', host)
            if self.sock:
                self.sock.close()
            self.sock = None
            raise
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug('connect:', msg)
        return code, msg
