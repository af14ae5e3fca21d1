# imaplib.IMAP4 against a small IMAP server thread on 127.0.0.1 port 0 that echoes the client's
# tags: greeting and CAPABILITY, login (quoted password), LIST with a literal, SELECT (EXISTS,
# RECENT, response codes) and EXAMINE, SEARCH, FETCH with literals, STORE, UID FETCH, APPEND with
# a literal and a date, COPY, EXPUNGE, STATUS, NAMESPACE, NO and BAD replies, commands illegal in
# the state, AUTHENTICATE through continuations (CRAM-MD5), a server's BYE, logout; and
# Int2AP, ParseFlags, Internaldate2tuple (as seconds since the epoch), Time2Internaldate with an
# aware datetime.
import datetime
import imaplib
import socketserver
import threading
import time

seen = []


class Handler(socketserver.StreamRequestHandler):
    def send(self, text):
        self.wfile.write(text + b'\r\n')

    def handle(self):
        self.send(b'* OK [CAPABILITY IMAP4rev1 AUTH=CRAM-MD5 ENABLE] test server ready')
        while line := self.rfile.readline():
            line = line.rstrip(b'\r\n')
            tag, _, rest = line.partition(b' ')
            command, _, args = rest.partition(b' ')
            seen.append(b'TAG ' + rest)
            command = command.upper()
            if command == b'CAPABILITY':
                self.send(b'* CAPABILITY IMAP4rev1 AUTH=CRAM-MD5 ENABLE')
                self.send(tag + b' OK CAPABILITY completed')
            elif command == b'LOGIN':
                if args.endswith(b'"secret"'):
                    self.send(tag + b' OK [CAPABILITY IMAP4rev1 MOVE] LOGIN completed')
                else:
                    self.send(tag + b' NO [AUTHENTICATIONFAILED] invalid credentials')
            elif command == b'AUTHENTICATE':
                self.send(b'+ PDEyMzQ1QGhvc3Q+')
                answer = self.rfile.readline().rstrip(b'\r\n')
                seen.append(answer)
                self.send(tag + b' OK AUTHENTICATE completed')
            elif command == b'LIST':
                self.send(b'* LIST (\\HasNoChildren) "/" "INBOX"')
                self.send(b'* LIST (\\HasNoChildren) "/" {9}')
                self.wfile.write(b'with"odd ')
                self.send(b'')
                self.send(tag + b' OK LIST completed')
            elif command in (b'SELECT', b'EXAMINE'):
                if args == b'missing':
                    self.send(tag + b' NO [NONEXISTENT] no such mailbox')
                    continue
                self.send(b'* 3 EXISTS')
                self.send(b'* 1 RECENT')
                self.send(b'* FLAGS (\\Answered \\Flagged \\Deleted \\Seen)')
                self.send(b'* OK [UIDVALIDITY 3857529045] UIDs valid')
                if command == b'EXAMINE' or args == b'readonly':
                    self.send(tag + b' OK [READ-ONLY] EXAMINE completed')
                else:
                    self.send(tag + b' OK [READ-WRITE] SELECT completed')
            elif command == b'SEARCH':
                self.send(b'* SEARCH 1 3')
                self.send(tag + b' OK SEARCH completed')
            elif command == b'FETCH':
                self.send(b'* 1 FETCH (FLAGS (\\Seen) INTERNALDATE "17-Jul-1996 02:44:25 -0700" RFC822 {26}')
                self.wfile.write(b'Subject: hi\r\n\r\nbody text\r\n')
                self.send(b')')
                self.send(b'* 3 FETCH (FLAGS ())')
                self.send(tag + b' OK FETCH completed')
            elif command == b'STORE':
                self.send(b'* 1 FETCH (FLAGS (\\Deleted \\Seen))')
                self.send(tag + b' OK STORE completed')
            elif command == b'UID':
                self.send(b'* 2 FETCH (UID 42 FLAGS ())')
                self.send(tag + b' OK UID FETCH completed')
            elif command == b'APPEND':
                size = int(args[args.rindex(b'{') + 1:-1])
                self.send(b'+ Ready for literal data')
                data = self.rfile.read(size + 2)
                seen.append(data)
                self.send(tag + b' OK [APPENDUID 38505 3955] APPEND completed')
            elif command == b'EXPUNGE':
                self.send(b'* 1 EXPUNGE')
                self.send(b'* 2 EXPUNGE')
                self.send(tag + b' OK EXPUNGE completed')
            elif command == b'STATUS':
                self.send(b'* STATUS INBOX (MESSAGES 2 UNSEEN 1)')
                self.send(tag + b' OK STATUS completed')
            elif command == b'NAMESPACE':
                self.send(b'* NAMESPACE (("" "/")) NIL NIL')
                self.send(tag + b' OK NAMESPACE completed')
            elif command in (b'COPY', b'CREATE', b'CLOSE', b'NOOP', b'CHECK', b'UNSELECT', b'SUBSCRIBE'):
                if command == b'NOOP':
                    self.send(b'* 4 EXISTS')
                    self.send(b'* 2 RECENT')
                self.send(tag + b' OK ' + command + b' completed')
            elif command == b'DELETE':
                self.send(tag + b' BAD [CANNOT] mailbox busy')
            elif command == b'GOODBYE':
                self.send(b'* BYE server shutting down')
                return
            elif command == b'LOGOUT':
                self.send(b'* BYE logging out')
                self.send(tag + b' OK LOGOUT completed')
                return
            else:
                self.send(tag + b' BAD unknown command')


server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = False
server.block_on_close = True
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

M = imaplib.IMAP4('127.0.0.1', port)
print(M.welcome, M.state, M.capabilities, M.PROTOCOL_VERSION, len(M.tagpre) > 0)
try:
    M.select()
except imaplib.IMAP4.error as e:
    print('error', e)
try:
    M.login('user', 'wrong')
except M.error as e:
    print('error', e)
print(M.login('user', 'secret'), M.state)
print(M.response('AUTHENTICATIONFAILED'), M.response('CAPABILITY'))
print(M.list())
print(M.select('missing'), M.state)
print(M.select(), M.state)
print(M.response('UIDVALIDITY'), M.response('FLAGS'), M.response('READ-WRITE'))
print(M.recent())
print(M.search(None, 'ALL'))
print(M.search('UTF-8', 'SUBJECT', 'hi'))
typ, data = M.fetch('1:3', '(FLAGS INTERNALDATE RFC822)')
print(typ, data)
print(imaplib.ParseFlags(data[0][0]), imaplib.ParseFlags(data[2]), imaplib.ParseFlags(b'nothing'))
print(time.mktime(imaplib.Internaldate2tuple(data[0][0])))
print(M.store('1', '+FLAGS', '\\Deleted'))
print(M.uid('FETCH', '42', '(FLAGS)'))
print(M.copy('1:2', 'Archive'), M.create('new box'), M.subscribe('Archive'))
print(M.expunge())
print(M.status('INBOX', '(MESSAGES UNSEEN)'), M.namespace(), M.check(), M.NOOP())
print(M.append('INBOX', '\\Seen', datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
               b'Subject: appended\nline\n'))
print(M.response('APPENDUID'))
print(M.recent())
try:
    M.delete('busy')
except M.error as e:
    print('error', e)
for call in [lambda: M.uid('BOGUS'), lambda: M.uid('LOGIN', 'x'), lambda: M.NOTACOMMAND]:
    try:
        call()
    except (M.error, AttributeError) as e:
        print(type(e).__name__, e)
print(M.close(), M.state)
print(M.select('readonly', readonly=True), M.is_readonly)
print(M.unselect(), M.state)
try:
    M.select('readonly')
except M.readonly as e:
    print('readonly', e, isinstance(e, M.abort), isinstance(e, M.error))
try:
    M.noop()
except M.readonly as e:
    print('readonly', e)
M.untagged_responses.clear()
print(M.logout(), M.state)

M2 = imaplib.IMAP4('127.0.0.1', port)
print(M2.login_cram_md5('user', 'pw'), M2.state)
try:
    M2.xatom('GOODBYE')
except M2.abort as e:
    print('abort', e)
M2.shutdown()

with imaplib.IMAP4('127.0.0.1', port) as M3:
    M3.login('user', 'secret')
print(M3.state)
server.shutdown()
server.server_close()
thread.join()
for line in seen:
    print('   ', line)

print(imaplib.Int2AP(0), imaplib.Int2AP(4096), imaplib.Int2AP(65535), imaplib.Int2AP(-17))
print(imaplib.Time2Internaldate(datetime.datetime(2021, 12, 31, 23, 59, 58, tzinfo=datetime.timezone.utc)),
      imaplib.Time2Internaldate('"already quoted"'))
for bad in [datetime.datetime(2020, 1, 1), [1]]:
    try:
        imaplib.Time2Internaldate(bad)
    except ValueError as e:
        print('ValueError', e)
print(imaplib.Internaldate2tuple(b'no date'), time.mktime(imaplib.Internaldate2tuple(b'25 (INTERNALDATE " 1-Jan-2000 00:00:00 +0100")')))
print(sorted(n for n in imaplib.__all__ if n != 'IMAP4_SSL'), imaplib.IMAP4_PORT, imaplib.IMAP4_SSL_PORT)
print(imaplib.IMAP4.readonly.__mro__[1:3])
a = imaplib._Authenticator(lambda challenge: None)
print(a.process(b''), a.encode('x' * 60), a.decode(b'aGVsbG8='), a.decode(b''))
