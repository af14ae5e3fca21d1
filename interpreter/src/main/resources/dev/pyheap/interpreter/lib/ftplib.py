"""An FTP client (RFC 959, with RFC 2428's EPRT/EPSV and RFC 3659's MLSD).

Commands go over the control connection as CRLF-terminated lines; a reply is 'NNN text', or a
block from 'NNN-' to a line starting 'NNN ' (getmultiline joins it with '\\n'). Replies 4xx and
5xx raise error_temp and error_perm, anything not starting with 1-5 error_proto; voidcmd also
wants a 2xx. Each transfer opens a data connection: by default the client connects where the
server's PASV (EPSV for IPv6) reply says (but to the control connection's host, unless
trust_server_pasv_ipv4_address), otherwise it listens and sends PORT/EPRT. There is no ssl
module here, so, as CPython built without ssl, no FTP_TLS."""

import sys
import socket
from socket import _GLOBAL_DEFAULT_TIMEOUT

__all__ = ["FTP", "error_reply", "error_temp", "error_perm", "error_proto", "all_errors"]

MSG_OOB = 0x1
FTP_PORT = 21
MAXLINE = 8192


class Error(Exception):
    pass


class error_reply(Error):
    """A reply of a kind the command does not expect."""


class error_temp(Error):
    """A 4xx reply."""


class error_perm(Error):
    """A 5xx reply."""


class error_proto(Error):
    """A reply that does not start with a digit 1-5."""


all_errors = (Error, OSError, EOFError)

CRLF = '\r\n'
B_CRLF = b'\r\n'


class FTP:
    """A connection to an FTP server; FTP(host, user, passwd) connects and logs in."""

    debugging = 0
    host = ''
    port = FTP_PORT
    maxline = MAXLINE
    sock = None
    file = None
    welcome = None
    passiveserver = True
    trust_server_pasv_ipv4_address = False

    def __init__(self, host='', user='', passwd='', acct='', timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, *, encoding='utf-8'):
        self.encoding = encoding
        self.source_address = source_address
        self.timeout = timeout
        if host:
            self.connect(host)
            if user:
                self.login(user, passwd, acct)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.sock is not None:
            try:
                self.quit()
            except (OSError, EOFError):
                pass
            finally:
                if self.sock is not None:
                    self.close()

    def connect(self, host='', port=0, timeout=-999, source_address=None):
        """Connect and answer the server's welcome."""
        if host != '':
            self.host = host
        if port > 0:
            self.port = port
        if timeout != -999:
            self.timeout = timeout
        if self.timeout is not None and not self.timeout:
            raise ValueError('Non-blocking socket (timeout=0) is not supported')
        if source_address is not None:
            self.source_address = source_address
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             source_address=self.source_address)
        self.af = self.sock.family
        self.file = self.sock.makefile('r', encoding=self.encoding)
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        if self.debugging:
            print('*welcome*', self.sanitize(self.welcome))
        return self.welcome

    def set_debuglevel(self, level):
        """0: quiet; 1: commands and replies; 2: every line; 3: also the lines received."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        self.passiveserver = val

    def sanitize(self, s):
        """repr(s), with a password in a PASS command starred out."""
        if s[:5] in {'pass ', 'PASS '}:
            end = len(s.rstrip('\r\n'))
            s = s[:5] + '*' * (end - 5) + s[end:]
        return repr(s)

    def putline(self, line):
        if '\r' in line or '\n' in line:
            raise ValueError('an illegal newline character should not be contained')
        line = line + CRLF
        if self.debugging > 1:
            print('*put*', self.sanitize(line))
        self.sock.sendall(line.encode(self.encoding))

    def putcmd(self, line):
        if self.debugging:
            print('*cmd*', self.sanitize(line))
        self.putline(line)

    def getline(self):
        """The next line from the server without its end; EOFError at the end."""
        line = self.file.readline(self.maxline + 1)
        if len(line) > self.maxline:
            raise Error("got more than %d bytes" % self.maxline)
        if self.debugging > 1:
            print('*get*', self.sanitize(line))
        if not line:
            raise EOFError
        if line[-2:] == CRLF:
            line = line[:-2]
        elif line[-1:] in CRLF:
            line = line[:-1]
        return line

    def getmultiline(self):
        line = self.getline()
        if line[3:4] == '-':
            code = line[:3]
            while True:
                nextline = self.getline()
                line = line + ('\n' + nextline)
                if nextline[:3] == code and nextline[3:4] != '-':
                    break
        return line

    def getresp(self):
        """The next reply; 4xx, 5xx and malformed replies raise."""
        resp = self.getmultiline()
        if self.debugging:
            print('*resp*', self.sanitize(resp))
        self.lastresp = resp[:3]
        kind = resp[:1]
        if kind in {'1', '2', '3'}:
            return resp
        if kind == '4':
            raise error_temp(resp)
        if kind == '5':
            raise error_perm(resp)
        raise error_proto(resp)

    def voidresp(self):
        resp = self.getresp()
        if resp[:1] != '2':
            raise error_reply(resp)
        return resp

    def abort(self):
        """Send ABOR as urgent data; the reply must be 426, 225 or 226."""
        line = b'ABOR' + B_CRLF
        if self.debugging > 1:
            print('*put urgent*', self.sanitize(line))
        self.sock.sendall(line, MSG_OOB)
        resp = self.getmultiline()
        if resp[:3] not in {'426', '225', '226'}:
            raise error_proto(resp)
        return resp

    def sendcmd(self, cmd):
        self.putcmd(cmd)
        return self.getresp()

    def voidcmd(self, cmd):
        self.putcmd(cmd)
        return self.voidresp()

    def sendport(self, host, port):
        fields = host.split('.') + [repr(port // 256), repr(port % 256)]
        return self.voidcmd('PORT ' + ','.join(fields))

    def sendeprt(self, host, port):
        families = {socket.AF_INET: 1, socket.AF_INET6: 2}
        af = families.get(self.af, 0)
        if af == 0:
            raise error_proto('unsupported address family')
        return self.voidcmd('EPRT ' + '|'.join(['', repr(af), host, repr(port), '']))

    def makeport(self):
        """A listening socket announced to the server with PORT or EPRT."""
        sock = socket.create_server(("", 0), family=self.af, backlog=1)
        port = sock.getsockname()[1]
        host = self.sock.getsockname()[0]
        if self.af == socket.AF_INET:
            self.sendport(host, port)
        else:
            self.sendeprt(host, port)
        if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(self.timeout)
        return sock

    def makepasv(self):
        """(host, port) to connect to for a passive transfer."""
        if self.af == socket.AF_INET:
            untrusted_host, port = parse227(self.sendcmd('PASV'))
            # A server may name another host (or a private address): by default the data
            # connection goes to the host already connected to.
            host = untrusted_host if self.trust_server_pasv_ipv4_address \
                else self.sock.getpeername()[0]
        else:
            host, port = parse229(self.sendcmd('EPSV'), self.sock.getpeername())
        return host, port

    def _start_transfer(self, cmd, rest):
        if rest is not None:
            self.sendcmd("REST %s" % rest)
        resp = self.sendcmd(cmd)
        # Some servers answer 2xx first, then the 1xx preliminary reply.
        if resp[0] == '2':
            resp = self.getresp()
        if resp[0] != '1':
            raise error_reply(resp)
        return resp

    def ntransfercmd(self, cmd, rest=None):
        """(data connection, expected size or None) for a transfer command."""
        size = None
        if self.passiveserver:
            host, port = self.makepasv()
            conn = socket.create_connection((host, port), self.timeout,
                                            source_address=self.source_address)
            try:
                resp = self._start_transfer(cmd, rest)
            except:
                conn.close()
                raise
        else:
            with self.makeport() as sock:
                resp = self._start_transfer(cmd, rest)
                conn, sockaddr = sock.accept()
                if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                    conn.settimeout(self.timeout)
        if resp[:3] == '150':
            size = parse150(resp)
        return conn, size

    def transfercmd(self, cmd, rest=None):
        return self.ntransfercmd(cmd, rest)[0]

    def login(self, user='', passwd='', acct=''):
        """USER, then PASS and ACCT when the server asks for them (anonymous by default)."""
        if not user:
            user = 'anonymous'
        passwd = passwd or ''
        acct = acct or ''
        if user == 'anonymous' and passwd in {'', '-'}:
            passwd = passwd + 'anonymous@'
        resp = self.sendcmd('USER ' + user)
        if resp[0] == '3':
            resp = self.sendcmd('PASS ' + passwd)
        if resp[0] == '3':
            resp = self.sendcmd('ACCT ' + acct)
        if resp[0] != '2':
            raise error_reply(resp)
        return resp

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Run cmd (RETR name) in binary mode, calling callback with each block received."""
        self.voidcmd('TYPE I')
        with self.transfercmd(cmd, rest) as conn:
            while True:
                data = conn.recv(blocksize)
                if not data:
                    break
                callback(data)
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """Run cmd (RETR, LIST, NLST, ...) in ASCII mode, calling callback (print by default)
        with each line received, without its end."""
        if callback is None:
            callback = print_line
        self.sendcmd('TYPE A')
        with self.transfercmd(cmd) as conn, conn.makefile('r', encoding=self.encoding) as fp:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if self.debugging > 2:
                    print('*retr*', repr(line))
                if not line:
                    break
                if line[-2:] == CRLF:
                    line = line[:-2]
                elif line[-1:] == '\n':
                    line = line[:-1]
                callback(line)
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192, callback=None, rest=None):
        """Run cmd (STOR name) in binary mode, sending fp's blocks."""
        self.voidcmd('TYPE I')
        with self.transfercmd(cmd, rest) as conn:
            while True:
                buf = fp.read(blocksize)
                if not buf:
                    break
                conn.sendall(buf)
                if callback:
                    callback(buf)
        return self.voidresp()

    def storlines(self, cmd, fp, callback=None):
        """Run cmd in ASCII mode, sending fp's lines (a binary file) with CRLF ends."""
        self.voidcmd('TYPE A')
        with self.transfercmd(cmd) as conn:
            while True:
                buf = fp.readline(self.maxline + 1)
                if len(buf) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if not buf:
                    break
                if buf[-2:] != B_CRLF:
                    if buf[-1] in B_CRLF:
                        buf = buf[:-1]
                    buf = buf + B_CRLF
                conn.sendall(buf)
                if callback:
                    callback(buf)
        return self.voidresp()

    def acct(self, password):
        return self.voidcmd('ACCT ' + password)

    def nlst(self, *args):
        files = []
        self.retrlines(' '.join(('NLST',) + args), files.append)
        return files

    def dir(self, *args):
        """LIST with the arguments; a last argument that is not a str is the callback."""
        func = None
        if args[-1:] and type(args[-1]) != type(''):
            args, func = args[:-1], args[-1]
        cmd = 'LIST' + ''.join(' ' + arg for arg in args if arg)
        self.retrlines(cmd, func)

    def mlsd(self, path="", facts=[]):
        """(name, {fact: value}) for each entry of MLSD (facts asked for with OPTS MLST)."""
        if facts:
            self.sendcmd("OPTS MLST " + ";".join(facts) + ";")
        lines = []
        self.retrlines("MLSD %s" % path if path else "MLSD", lines.append)
        for line in lines:
            facts_found, _, name = line.rstrip(CRLF).partition(' ')
            entry = {}
            for fact in facts_found[:-1].split(";"):
                key, _, value = fact.partition("=")
                entry[key.lower()] = value
            yield (name, entry)

    def rename(self, fromname, toname):
        resp = self.sendcmd('RNFR ' + fromname)
        if resp[0] != '3':
            raise error_reply(resp)
        return self.voidcmd('RNTO ' + toname)

    def delete(self, filename):
        resp = self.sendcmd('DELE ' + filename)
        if resp[:3] in {'250', '200'}:
            return resp
        raise error_reply(resp)

    def cwd(self, dirname):
        if dirname == '..':
            try:
                return self.voidcmd('CDUP')
            except error_perm as msg:
                # A server without CDUP says 500: try CWD .. instead.
                if msg.args[0][:3] != '500':
                    raise
        elif dirname == '':
            dirname = '.'
        return self.voidcmd('CWD ' + dirname)

    def size(self, filename):
        resp = self.sendcmd('SIZE ' + filename)
        if resp[:3] == '213':
            return int(resp[3:].strip())

    def mkd(self, dirname):
        resp = self.voidcmd('MKD ' + dirname)
        if not resp.startswith('257'):
            return ''
        return parse257(resp)

    def rmd(self, dirname):
        return self.voidcmd('RMD ' + dirname)

    def pwd(self):
        resp = self.voidcmd('PWD')
        if not resp.startswith('257'):
            return ''
        return parse257(resp)

    def quit(self):
        resp = self.voidcmd('QUIT')
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
                sock.close()


_SSLSocket = None

_150_re = None


def parse150(resp):
    """The size '150 ... (N bytes)' announces, or None."""
    if resp[:3] != '150':
        raise error_reply(resp)
    global _150_re
    if _150_re is None:
        import re
        _150_re = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE | re.ASCII)
    match = _150_re.match(resp)
    return int(match.group(1)) if match else None


_227_re = None


def parse227(resp):
    """(host, port) of a PASV reply's 'h1,h2,h3,h4,p1,p2'."""
    if resp[:3] != '227':
        raise error_reply(resp)
    global _227_re
    if _227_re is None:
        import re
        _227_re = re.compile(r'(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)', re.ASCII)
    match = _227_re.search(resp)
    if not match:
        raise error_proto(resp)
    numbers = match.groups()
    return '.'.join(numbers[:4]), (int(numbers[4]) << 8) + int(numbers[5])


def parse229(resp, peer):
    """(peer's host, port) of an EPSV reply's '(|||port|)' (any delimiter)."""
    if resp[:3] != '229':
        raise error_reply(resp)
    left = resp.find('(')
    if left < 0:
        raise error_proto(resp)
    right = resp.find(')', left + 1)
    if right < 0:
        raise error_proto(resp)
    if resp[left + 1] != resp[right - 1]:
        raise error_proto(resp)
    parts = resp[left + 1:right].split(resp[left + 1])
    if len(parts) != 5:
        raise error_proto(resp)
    return peer[0], int(parts[3])


def parse257(resp):
    """The directory name in a MKD/PWD reply '257 "name" ...' ('""' is a quote in it)."""
    if resp[:3] != '257':
        raise error_reply(resp)
    if resp[3:5] != ' "':
        return ''
    dirname = ''
    i = 5
    while i < len(resp):
        c = resp[i]
        i += 1
        if c == '"':
            if i >= len(resp) or resp[i] != '"':
                break
            i += 1
        dirname = dirname + c
    return dirname


def print_line(line):
    print(line)


def ftpcp(source, sourcename, target, targetname='', type='I'):
    """Copy a file from one server to another, the data going between them directly."""
    if not targetname:
        targetname = sourcename
    type = 'TYPE ' + type
    source.voidcmd(type)
    target.voidcmd(type)
    sourcehost, sourceport = parse227(source.sendcmd('PASV'))
    target.sendport(sourcehost, sourceport)
    treply = target.sendcmd('STOR ' + targetname)
    if treply[:3] not in {'125', '150'}:
        raise error_proto
    sreply = source.sendcmd('RETR ' + sourcename)
    if sreply[:3] not in {'125', '150'}:
        raise error_proto
    source.voidresp()
    target.voidresp()


def test():
    """Test program.
    Usage: ftp [-d] [-r[file]] host [-l[dir]] [-d[dir]] [-p] [file] ...

    -d dir
    -l list
    -p password
    """
    if len(sys.argv) < 2:
        print(test.__doc__)
        sys.exit(0)
    import netrc
    debugging = 0
    rcfile = None
    while sys.argv[1] == '-d':
        debugging = debugging + 1
        del sys.argv[1]
    if sys.argv[1][:2] == '-r':
        rcfile = sys.argv[1][2:]
        del sys.argv[1]
    host = sys.argv[1]
    ftp = FTP(host)
    ftp.set_debuglevel(debugging)
    userid = passwd = acct = ''
    try:
        netrcobj = netrc.netrc(rcfile)
    except OSError:
        if rcfile is not None:
            sys.stderr.write("Could not open account file -- using anonymous login.")
    else:
        try:
            userid, acct, passwd = netrcobj.authenticators(host)
        except KeyError:
            sys.stderr.write("No account -- using anonymous login.")
    ftp.login(userid, passwd, acct)
    for file in sys.argv[2:]:
        if file[:2] == '-l':
            ftp.dir(file[2:])
        elif file[:2] == '-d':
            cmd = 'CWD'
            if file[2:]:
                cmd = cmd + ' ' + file[2:]
            ftp.sendcmd(cmd)
        elif file == '-p':
            ftp.set_pasv(not ftp.passiveserver)
        else:
            ftp.retrbinary('RETR ' + file, sys.stdout.write, 1024)
    ftp.quit()


if __name__ == '__main__':
    test()
