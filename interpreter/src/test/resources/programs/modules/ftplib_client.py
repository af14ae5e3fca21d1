# ftplib.FTP against a small FTP server thread on 127.0.0.1 port 0 (socketserver) with an
# in-memory file tree: welcome, login (anonymous and with a password, ACCT asked for), pwd/cwd
# (CDUP), mkd/rmd with quoted names, nlst/dir/mlsd, retrlines/retrbinary (with REST),
# storbinary/storlines, size, rename, delete, passive (PASV, and EPSV) and active (PORT) data
# connections, multi-line replies, the debug output with the password starred, the errors
# (error_perm, error_temp, error_reply, error_proto), and parse150/227/229/257.
import ftplib
import io
import socket
import socketserver
import threading

FILES = {'/readme.txt': b'line one\r\nline two\r\nline three\r\n', '/data.bin': bytes(range(256)) * 4,
         '/pub/notes.txt': b'in pub\r\n'}
DIRS = {'/', '/pub'}


class Handler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b'\r\n')

    def data_connection(self):
        if self.pasv is not None:
            conn, _ = self.pasv.accept()
            self.pasv.close()
            self.pasv = None
            return conn
        return socket.create_connection(self.active)

    def path(self, name):
        if name.startswith('/'):
            return name
        return (self.cwd.rstrip('/') + '/' + name) if name else self.cwd

    def handle(self):
        self.cwd = '/'
        self.pasv = None
        self.active = None
        self.rest = 0
        self.rnfr = None
        self.user = None
        self.reply('220-Welcome to the test server')
        self.reply('220 second line of the welcome')
        while True:
            line = self.rfile.readline()
            if not line:
                return
            line = line.decode().rstrip('\r\n')
            verb, _, arg = line.partition(' ')
            verb = verb.upper()
            if verb == 'USER':
                self.user = arg
                self.reply('331 password please')
            elif verb == 'PASS':
                if self.user == 'acctuser':
                    self.reply('332 account please')
                elif arg in ('secret', 'anonymous@', '-anonymous@'):
                    self.reply('230 logged in')
                else:
                    self.reply('530 login incorrect')
            elif verb == 'ACCT':
                self.reply('230 account ' + arg + ' ok')
            elif verb == 'PWD':
                self.reply('257 "%s" is the current directory' % self.cwd.replace('"', '""'))
            elif verb == 'CWD':
                target = self.path(arg)
                if target in DIRS or arg == '.':
                    self.cwd = target if arg != '.' else self.cwd
                    self.reply('250 ok')
                else:
                    self.reply('550 no such directory')
            elif verb == 'CDUP':
                self.cwd = '/'
                self.reply('200 ok')
            elif verb == 'MKD':
                DIRS.add(self.path(arg))
                self.reply('257 "%s" created' % self.path(arg).replace('"', '""'))
            elif verb == 'RMD':
                DIRS.discard(self.path(arg))
                self.reply('250 removed')
            elif verb == 'TYPE':
                self.reply('200 type set to ' + arg)
            elif verb == 'PASV':
                self.pasv = socket.create_server(('127.0.0.1', 0))
                port = self.pasv.getsockname()[1]
                self.reply('227 Entering Passive Mode (10,1,2,3,%d,%d).' % (port >> 8, port & 255))
            elif verb == 'EPSV':
                self.pasv = socket.create_server(('127.0.0.1', 0))
                self.reply('229 Entering Extended Passive Mode (|||%d|)' % self.pasv.getsockname()[1])
            elif verb == 'PORT':
                parts = arg.split(',')
                self.active = ('.'.join(parts[:4]), int(parts[4]) * 256 + int(parts[5]))
                self.reply('200 PORT ok')
            elif verb == 'REST':
                self.rest = int(arg)
                self.reply('350 restarting at ' + arg)
            elif verb in ('LIST', 'NLST', 'MLSD'):
                prefix = self.path(arg) if arg and not arg.startswith('-') else self.cwd
                names = sorted(n for n in set(FILES) | DIRS if n != prefix and n.rsplit('/', 1)[0] == prefix.rstrip('/'))
                self.reply('150 listing')
                with self.data_connection() as conn:
                    for name in names:
                        short = name.rsplit('/', 1)[1]
                        if verb == 'NLST':
                            conn.sendall(short.encode() + b'\r\n')
                        elif verb == 'LIST':
                            kind = 'd' if name in DIRS else '-'
                            conn.sendall(('%srw-r--r-- 1 owner group %6d %s\r\n' % (kind, len(FILES.get(name, b'')), short)).encode())
                        else:
                            kind = 'dir' if name in DIRS else 'file'
                            conn.sendall(('type=%s;size=%d;Perm=r; %s\r\n' % (kind, len(FILES.get(name, b'')), short)).encode())
                self.reply('226 done')
            elif verb == 'RETR':
                data = FILES.get(self.path(arg))
                if data is None:
                    self.reply('550 no such file')
                    continue
                self.reply('150 Opening BINARY mode data connection for %s (%d bytes)' % (arg, len(data)))
                with self.data_connection() as conn:
                    conn.sendall(data[self.rest:])
                self.rest = 0
                self.reply('226 transfer complete')
            elif verb == 'STOR':
                self.reply('125 go ahead')
                chunks = []
                with self.data_connection() as conn:
                    while chunk := conn.recv(4096):
                        chunks.append(chunk)
                FILES[self.path(arg)] = b''.join(chunks)
                self.reply('226 stored')
            elif verb == 'SIZE':
                data = FILES.get(self.path(arg))
                self.reply('213 %d' % len(data) if data is not None else '550 no such file')
            elif verb == 'DELE':
                if FILES.pop(self.path(arg), None) is None:
                    self.reply('550 no such file')
                else:
                    self.reply('250 deleted')
            elif verb == 'RNFR':
                self.rnfr = self.path(arg)
                self.reply('350 ready for RNTO')
            elif verb == 'RNTO':
                FILES[self.path(arg)] = FILES.pop(self.rnfr)
                self.reply('250 renamed')
            elif verb == 'OPTS':
                self.reply('200 MLST OPTS ' + arg.split(' ', 1)[1])
            elif verb == 'NOOP':
                self.reply('200-first\r\n200-second\r\n200 NOOP ok')
            elif verb == 'BUSY':
                self.reply('421 too busy')
            elif verb == 'ODD':
                self.reply('600 odd reply')
            elif verb == 'QUIT':
                self.reply('221 goodbye')
                return
            else:
                self.reply('500 unknown command ' + verb)


server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = False
server.block_on_close = True
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

ftp = ftplib.FTP()
print(ftp.connect('127.0.0.1', port))
print(ftp.getwelcome())
print(ftp.login())
print(ftp.login('user', 'secret'))
print(ftp.pwd(), ftp.cwd('pub'), ftp.pwd())
print(ftp.cwd('..'), ftp.pwd(), ftp.cwd(''))
print(ftp.mkd('new "quoted" dir'), ftp.rmd('/new "quoted" dir'))
print(ftp.nlst())
print(ftp.nlst('/pub'))
ftp.dir()
lines = []
ftp.dir('/pub', lines.append)
print(lines)
print(list(ftp.mlsd(facts=['type', 'size'])))
print(ftp.retrlines('RETR readme.txt'))
chunks = []
print(ftp.retrbinary('RETR data.bin', chunks.append, blocksize=100))
print(len(b''.join(chunks)), b''.join(chunks) == FILES['/data.bin'])
chunks = []
ftp.retrbinary('RETR data.bin', chunks.append, rest=1000)
print(b''.join(chunks))
print(ftp.storbinary('STOR up.bin', io.BytesIO(b'\x00\x01binary'), blocksize=3, callback=lambda b: print('sent', b)))
print(ftp.storlines('STOR up.txt', io.BytesIO(b'first\nsecond\r\nthird')))
print(FILES['/up.bin'], FILES['/up.txt'])
print(ftp.size('up.bin'), ftp.rename('up.bin', 'moved.bin'), ftp.delete('moved.bin'))
print(ftp.sendcmd('NOOP'))
conn, size = ftp.ntransfercmd('RETR readme.txt')
print(size, conn.recv(100))
conn.close()
print(ftp.voidresp())
ftp.set_pasv(False)
print(ftp.nlst())
print(ftp.retrlines('RETR pub/notes.txt', lambda line: print('active:', line)))
ftp.set_pasv(True)
ftp.af = socket.AF_INET6
print(ftp.makepasv()[1] > 0, ftp.sendcmd('TYPE A'))
ftp.af = socket.AF_INET
ftp.trust_server_pasv_ipv4_address = True
print(ftp.makepasv()[0])
ftp.trust_server_pasv_ipv4_address = False
for bad in ['RETR missing.txt', 'BUSY', 'ODD']:
    try:
        ftp.retrlines(bad) if bad.startswith('RETR') else ftp.sendcmd(bad)
    except ftplib.all_errors as e:
        print(type(e).__name__, e)
for call in [lambda: ftp.delete('missing'), lambda: ftp.voidcmd('RNFR x'), lambda: ftp.size('missing'),
             lambda: ftp.putline('bad\nline'), lambda: ftp.login('user', 'wrong')]:
    try:
        print(call())
    except (ftplib.Error, ValueError) as e:
        print(type(e).__name__, e)
print(ftp.login('acctuser', 'pw', 'myacct'))
ftp.set_debuglevel(2)
ftp.sendcmd('PASS hunter2')
ftp.set_debuglevel(1)
ftp.getwelcome()
print(ftp.quit())
print(ftp.sock, ftp.file)

class LocalFTP(ftplib.FTP):
    port = port


with LocalFTP('127.0.0.1', 'user', 'secret', timeout=10) as f:
    print(f.host == '127.0.0.1', f.port == port, f.pwd())
with ftplib.FTP() as f:
    f.connect('127.0.0.1', port)
    f.sock.close()
print(f.sock)
try:
    ftplib.FTP(timeout=0).connect('127.0.0.1', port)
except ValueError as e:
    print('ValueError', e)

server.shutdown()
server.server_close()
thread.join()

print(ftplib.parse150('150 Opening data connection for x (1234 bytes).'), ftplib.parse150('150 no size'))
print(ftplib.parse227('227 Entering Passive Mode (127,0,0,1,4,1).'))
print(ftplib.parse229('229 Entering Extended Passive Mode (|||6446|)', ('::1', 21)))
print(ftplib.parse229('229 ok (!!!80!)', ('host', 21)))
print(ftplib.parse257('257 "/a ""b"" c" created'), repr(ftplib.parse257('257 /unquoted')))
for parse, resp in [(ftplib.parse150, '200 x'), (ftplib.parse227, '227 nothing'), (ftplib.parse227, '200 x'),
                    (ftplib.parse229, '229 no parens'), (ftplib.parse229, '229 (|||1)'), (ftplib.parse229, '229 (||1|)'),
                    (ftplib.parse257, '250 "x"')]:
    try:
        parse(resp) if parse is not ftplib.parse229 else parse(resp, ('h', 1))
    except ftplib.Error as e:
        print(parse.__name__, type(e).__name__, e)
print(ftplib.all_errors[:3] == (ftplib.Error, OSError, EOFError), [c.__name__ for c in ftplib.error_perm.__mro__])
print(sorted(n for n in ftplib.__all__ if n != 'FTP_TLS'))
print(ftplib.FTP().sanitize('PASS secret\r\n'), ftplib.FTP().sanitize('USER x'))
