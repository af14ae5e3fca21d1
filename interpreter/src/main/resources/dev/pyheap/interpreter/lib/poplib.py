"""A POP3 client (RFC 1939, with CAPA, UIDL, TOP and UTF8 of RFC 2449 and RFC 6856).

Replies start '+OK' (anything else raises error_proto with the reply line); the multi-line ones
end with a line '.', and lines starting with '.' in them had a '.' added, which is taken off
(the octet counts count what is left and the line ends). Replies are bytes. There is no ssl
module here, so, as CPython built without ssl, no POP3_SSL, and stls raises error_proto."""

import errno
import re
import socket
import sys

HAVE_SSL = False

__all__ = ["POP3", "error_proto"]


class error_proto(Exception):
    pass


POP3_PORT = 110
POP3_SSL_PORT = 995
CR = b'\r'
LF = b'\n'
CRLF = CR + LF
# RFC 1939 limits a reply line to 512 bytes; servers do send longer ones.
_MAXLINE = 2048


class POP3:
    """A POP3 session: connects and reads the greeting at once."""

    encoding = 'UTF-8'

    def __init__(self, host, port=POP3_PORT, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.host = host
        self.port = port
        self._tls_established = False
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile('rb')
        self._debugging = 0
        self.welcome = self._getresp()

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        return socket.create_connection((self.host, self.port), timeout)

    def _putline(self, line):
        if self._debugging > 1:
            print('*put*', repr(line))
        self.sock.sendall(line + CRLF)

    def _putcmd(self, line):
        if self._debugging:
            print('*cmd*', repr(line))
        self._putline(bytes(line, self.encoding))

    def _getline(self):
        """(line without its end, its length with the end)."""
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise error_proto('line too long')
        if self._debugging > 1:
            print('*get*', repr(line))
        if not line:
            raise error_proto('-ERR EOF')
        octets = len(line)
        if line[-2:] == CRLF:
            return line[:-2], octets
        if line[:1] == CR:
            return line[1:-1], octets
        return line[:-1], octets

    def _getresp(self):
        resp, _ = self._getline()
        if self._debugging > 1:
            print('*resp*', repr(resp))
        if not resp.startswith(b'+'):
            raise error_proto(resp)
        return resp

    def _getlongresp(self):
        resp = self._getresp()
        lines = []
        octets = 0
        line, size = self._getline()
        while line != b'.':
            if line.startswith(b'..'):
                size = size - 1
                line = line[1:]
            octets = octets + size
            lines.append(line)
            line, size = self._getline()
        return resp, lines, octets

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line):
        self._putcmd(line)
        return self._getlongresp()

    def getwelcome(self):
        return self.welcome

    def set_debuglevel(self, level):
        self._debugging = level

    def user(self, user):
        return self._shortcmd('USER %s' % user)

    def pass_(self, pswd):
        return self._shortcmd('PASS %s' % pswd)

    def stat(self):
        """(number of messages, mailbox size)."""
        fields = self._shortcmd('STAT').split()
        if self._debugging:
            print('*stat*', repr(fields))
        return int(fields[1]), int(fields[2])

    def list(self, which=None):
        """One message's 'n size' reply, or (reply, ['n size', ...], octets)."""
        if which is not None:
            return self._shortcmd('LIST %s' % which)
        return self._longcmd('LIST')

    def retr(self, which):
        return self._longcmd('RETR %s' % which)

    def dele(self, which):
        return self._shortcmd('DELE %s' % which)

    def noop(self):
        return self._shortcmd('NOOP')

    def rset(self):
        return self._shortcmd('RSET')

    def quit(self):
        resp = self._shortcmd('QUIT')
        self.close()
        return resp

    def close(self):
        try:
            file = self.file
            self.file = None
            if file is not None:
                file.close()
        finally:
            sock = self.sock
            self.sock = None
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError as exc:
                    # The server may have closed first.
                    if exc.errno != errno.ENOTCONN and getattr(exc, 'winerror', 0) != 10022:
                        raise
                finally:
                    sock.close()

    def rpop(self, user):
        return self._shortcmd('RPOP %s' % user)

    timestamp = re.compile(br'\+OK.[^<]*(<.*>)')

    def apop(self, user, password):
        """Log in with the MD5 digest of the greeting's <timestamp> and the password."""
        match = self.timestamp.match(self.welcome)
        if not match:
            raise error_proto('-ERR APOP not supported by server')
        import hashlib
        digest = hashlib.md5(match.group(1) + bytes(password, self.encoding)).hexdigest()
        return self._shortcmd('APOP %s %s' % (user, digest))

    def top(self, which, howmuch):
        return self._longcmd('TOP %s %s' % (which, howmuch))

    def uidl(self, which=None):
        if which is not None:
            return self._shortcmd('UIDL %s' % which)
        return self._longcmd('UIDL')

    def utf8(self):
        return self._shortcmd('UTF8')

    def capa(self):
        """{capability: [arguments]} from CAPA."""
        caps = {}
        try:
            for line in self._longcmd('CAPA')[1]:
                words = line.decode('ascii').split()
                caps[words[0]] = words[1:]
        except error_proto:
            raise error_proto('-ERR CAPA not supported by server')
        return caps

    def stls(self, context=None):
        raise error_proto('-ERR TLS support missing')


if __name__ == "__main__":
    session = POP3(sys.argv[1])
    print(session.getwelcome())
    session.user(sys.argv[2])
    session.pass_(sys.argv[3])
    session.list()
    count, total = session.stat()
    for number in range(1, count + 1):
        header, msg, octets = session.retr(number)
        print("Message %d:" % number)
        for line in msg:
            print('   ' + line)
        print('-----------------------')
    session.quit()
