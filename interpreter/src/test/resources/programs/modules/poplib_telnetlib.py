# poplib.POP3 and telnetlib.Telnet (deprecated in 3.11: its DeprecationWarning on import) against
# small server threads on 127.0.0.1 port 0. POP3: greeting with an APOP timestamp, user/pass_,
# apop's digest, stat, list (all and one), retr with dot-unstuffing and octet counts, top, uidl,
# dele, rset, noop, capa, utf8, the -ERR replies as error_proto, debug output,
# quit. Telnet: read_until (found, timed out), read_some, read_very_eager, read_lazy, expect
# with bytes and compiled patterns, IAC doubling on write, DO/WILL refused with WONT/DONT, an option
# callback, SB...SE data, NUL dropped, read_all to EOF, EOFError afterwards, debug messages.
import poplib
import re
import socketserver
import threading
import telnetlib

MESSAGES = [b'Subject: one\r\n\r\nbody one\r\n.leading dot\r\n..two dots\r\n',
            b'Subject: two\r\nX-Long: yes\r\n\r\nline 1\r\nline 2\r\nline 3\r\n']


class POPHandler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text + b'\r\n')

    def handle(self):
        deleted = set()
        self.reply(b'+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>')
        while line := self.rfile.readline():
            line = line.rstrip(b'\r\n')
            self.server.log.append(line)
            verb, _, arg = line.partition(b' ')
            if verb == b'USER':
                self.reply(b'+OK user accepted')
            elif verb == b'PASS':
                self.reply(b'+OK logged in' if arg == b'secret' else b'-ERR invalid password')
            elif verb == b'APOP':
                ok = arg == b'mrose c4c9334bac560ecc979e58001b3e22fb'
                self.reply(b'+OK maildrop locked' if ok else b'-ERR bad digest')
            elif verb == b'STAT':
                live = [m for i, m in enumerate(MESSAGES) if i + 1 not in deleted]
                self.reply(b'+OK %d %d' % (len(live), sum(map(len, live))))
            elif verb == b'LIST':
                if arg:
                    n = int(arg)
                    self.reply(b'+OK %d %d' % (n, len(MESSAGES[n - 1])) if 0 < n <= len(MESSAGES) else b'-ERR no such message')
                else:
                    self.reply(b'+OK scan listing follows')
                    for i, m in enumerate(MESSAGES):
                        if i + 1 not in deleted:
                            self.reply(b'%d %d' % (i + 1, len(m)))
                    self.reply(b'.')
            elif verb in (b'RETR', b'TOP'):
                parts = arg.split()
                msg = MESSAGES[int(parts[0]) - 1]
                lines = msg.split(b'\r\n')[:-1]
                if verb == b'TOP':
                    head, _, body = msg.partition(b'\r\n\r\n')
                    lines = head.split(b'\r\n') + [b''] + body.split(b'\r\n')[:int(parts[1])]
                self.reply(b'+OK message follows')
                for text in lines:
                    self.reply(b'.' + text if text.startswith(b'.') else text)
                self.reply(b'.')
            elif verb == b'UIDL':
                if arg:
                    self.reply(b'+OK ' + arg + b' uid-' + arg)
                else:
                    self.reply(b'+OK')
                    self.reply(b'1 uid-1')
                    self.reply(b'2 uid-2')
                    self.reply(b'.')
            elif verb == b'DELE':
                deleted.add(int(arg))
                self.reply(b'+OK message deleted')
            elif verb == b'RSET':
                deleted.clear()
                self.reply(b'+OK reset')
            elif verb == b'NOOP':
                self.reply(b'+OK')
            elif verb == b'CAPA':
                self.reply(b'+OK capability list follows')
                for cap in (b'TOP', b'UIDL', b'SASL PLAIN LOGIN', b'UTF8 USER'):
                    self.reply(cap)
                self.reply(b'.')
            elif verb == b'UTF8':
                self.reply(b'+OK UTF8 enabled')
            elif verb == b'QUIT':
                self.reply(b'+OK bye')
                return
            else:
                self.reply(b'-ERR unknown command')


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = False
    block_on_close = True


def start(handler):
    server = Server(('127.0.0.1', 0), handler)
    server.log = []
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    return server, thread


def stop(server, thread):
    server.shutdown()
    server.server_close()
    thread.join()


server, thread = start(POPHandler)
port = server.server_address[1]
pop = poplib.POP3('127.0.0.1', port)
print(pop.getwelcome())
print(pop.user('mrose'), pop.pass_('secret'))
print(pop.apop('mrose', 'tanstaaf'))
print(pop.stat())
print(pop.list())
print(pop.list(2))
print(pop.retr(1))
print(pop.top(2, 1))
print(pop.uidl(), pop.uidl(2))
print(pop.dele(1), pop.stat(), pop.rset(), pop.stat(), pop.noop())
print(pop.capa())
print(pop.utf8())
for call in [lambda: pop.pass_('wrong'), lambda: pop.list(9), lambda: pop.rpop('x'),
             lambda: pop.apop('mrose', 'wrong')]:
    try:
        call()
    except poplib.error_proto as e:
        print('error_proto', e)
pop.set_debuglevel(2)
pop.stat()
pop.set_debuglevel(0)
print(pop.quit(), pop.sock, pop.file)
print(server.log)
pop2 = poplib.POP3('127.0.0.1', port)
pop2.welcome = b'+OK no timestamp'
try:
    pop2.apop('a', 'b')
except poplib.error_proto as e:
    print('error_proto', e)
pop2.quit()
try:
    poplib.POP3('127.0.0.1', port, timeout=0)
except ValueError as e:
    print('ValueError', e)
stop(server, thread)
print([n for n in poplib.__all__ if n != 'POP3_SSL'], poplib.POP3_PORT, poplib.POP3_SSL_PORT)

IAC, DO, DONT, WILL, WONT, SB, SE = 255, 253, 254, 251, 252, 250, 240
received = []


class TelnetHandler(socketserver.BaseRequestHandler):
    def handle(self):
        sock = self.request
        sock.sendall(b'login: ')
        data = b''
        while not data.endswith(b'\n'):
            data += sock.recv(100)
        received.append(data)
        sock.sendall(bytes([IAC, DO, 24, IAC, WILL, 1]) + b'pass\x00word: ')
        data = b''
        while len(data) <= 6 or not data.endswith(b'\n'):
            data += sock.recv(100)
        received.append(data[:6])
        received.append(data[6:])
        sock.sendall(b'Welcome ' + bytes([IAC, IAC]) + b'user\r\n$ ')
        data = b''
        while not data.endswith(b'\n'):
            data += sock.recv(100)
        received.append(data)
        sock.sendall(bytes([IAC, SB, 24, 0]) + b'xterm' + bytes([IAC, SE]) + b'result 42\r\n$ ')
        data = b''
        while not data.endswith(b'\n'):
            data += sock.recv(100)
        received.append(data)
        sock.sendall(bytes([IAC, DONT, 3]) + b'last words\r\n')


server, thread = start(TelnetHandler)
port = server.server_address[1]
with telnetlib.Telnet('127.0.0.1', port, timeout=10) as tn:
    print(tn.read_until(b'login: '))
    tn.write(b'user\xff\n')
    print(tn.read_until(b'word: '))
    tn.write(b'secret\n')
    print(tn.expect([b'nothing', re.compile(b'Wel(come)')]))
    idx, match, text = tn.expect([b'\\$ '])
    print(idx, match.group(), text)
    tn.set_debuglevel(1)
    tn.port = 'PORT'
    options = []
    tn.set_option_negotiation_callback(lambda sock, cmd, opt: options.append((cmd, opt)))
    tn.write(b'compute\n')
    tn.set_debuglevel(0)
    print(tn.read_until(b'$ '))
    print(tn.read_sb_data(), options)
    tn.set_option_negotiation_callback(None)
    tn.write(b'bye\n')
    print(tn.read_all())
    print(tn.read_lazy() if tn.rawq else 'empty', tn.eof)
    try:
        tn.read_very_lazy()
    except EOFError as e:
        print('EOFError', e)
    print(tn.get_socket() is tn.sock)
print(tn.sock, tn.eof)
print(received)

tn = telnetlib.Telnet()
print(tn.host, tn.port, tn.sock)


class Silent(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.sendall(b'partial')
        self.request.recv(10)


server2, thread2 = start(Silent)
tn.open('127.0.0.1', server2.server_address[1])
print(tn.read_until(b'never', timeout=1))
print(tn.read_very_eager(), tn.read_eager(), tn.read_lazy(), tn.read_very_lazy())
print(tn.expect([b'x'], timeout=0.1))
tn.write(b'done')
print(tn.read_some())
tn.close()
stop(server2, thread2)
stop(server, thread)
print(telnetlib.IAC, telnetlib.DO, telnetlib.NAWS, telnetlib.TTYPE, telnetlib.FORWARD_X, telnetlib.EXOPL, telnetlib.NOOPT, telnetlib.TELNET_PORT)
print(telnetlib.__all__)
