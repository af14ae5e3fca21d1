# nntplib (deprecated in 3.11: its DeprecationWarning on import) against a small NNTP server
# thread on 127.0.0.1 port 0: welcome, CAPABILITIES (version, implementation), MODE READER,
# login with AUTHINFO, GROUP, LIST/LIST ACTIVE as GroupInfo, descriptions (and XGTITLE when LIST
# NEWSGROUPS is refused), STAT/NEXT/LAST, ARTICLE/HEAD/BODY as ArticleInfo (dot-unstuffing, to a
# file), XHDR, OVER/XOVER with LIST OVERVIEW.FMT and extra fields, NEWGROUPS/NEWNEWS dates,
# DATE, POST with dot-stuffing, the error classes, debug output, quit; and decode_header and
# the date helpers.
import datetime
import io
import socketserver
import threading
import nntplib

ARTICLE = [b'From: a@b.c', b'Subject: =?utf-8?q?caf=C3=A9?=', b'Message-ID: <1@x>', b'', b'body line', b'..dotted line', b'']
posted = []


class Handler(socketserver.StreamRequestHandler):
    def send(self, *lines):
        for line in lines:
            self.wfile.write(line + b'\r\n')

    def handle(self):
        self.send(b'200 test news server ready')
        authed = False
        while line := self.rfile.readline():
            line = line.rstrip(b'\r\n')
            words = line.split()
            verb = words[0].upper()
            arg = words[1].decode() if len(words) > 1 else ''
            if verb == b'CAPABILITIES':
                self.send(b'101 Capability list:', b'VERSION 2 3', b'READER', b'OVER', b'IMPLEMENTATION Test Server 1.0', b'.')
            elif verb == b'MODE':
                self.send(b'200 reader mode')
            elif verb == b'AUTHINFO':
                if arg.upper() == 'USER':
                    self.send(b'381 password required')
                else:
                    authed = words[2] == b'pw'
                    self.send(b'281 ok' if authed else b'481 rejected')
            elif verb == b'GROUP':
                if arg == 'comp.lang.python':
                    self.send(b'211 3 10 12 Comp.Lang.Python')
                else:
                    self.send(b'411 no such group')
            elif verb == b'LIST':
                kind = arg.upper()
                if kind == 'OVERVIEW.FMT':
                    self.send(b'215 fmt', b'Subject:', b'From:', b'Date:', b'Message-ID:', b'References:', b'Bytes:', b':lines', b'Xref:full', b'.')
                elif kind == 'NEWSGROUPS':
                    self.send(b'282 not the listing', b'.')
                elif kind == 'ACTIVE':
                    self.send(b'215 list', b'comp.lang.python 12 10 y', b'.')
                else:
                    self.send(b'215 list', b'comp.lang.python 12 10 y', b'alt.test 0000000005 0000000001 m', b'.')
            elif verb == b'XGTITLE':
                self.send(b'282 titles', b'comp.lang.python\tThe Python language', b'alt.test  Testing', b'.')
            elif verb in (b'STAT', b'NEXT', b'LAST'):
                number = {b'STAT': 10, b'NEXT': 11, b'LAST': 10}[verb]
                if arg == '99':
                    self.send(b'423 no such article')
                else:
                    self.send(b'223 %d <%d@x>' % (number, number))
            elif verb in (b'ARTICLE', b'HEAD', b'BODY'):
                code = {b'ARTICLE': b'220', b'HEAD': b'221', b'BODY': b'222'}[verb]
                lines = {b'ARTICLE': ARTICLE, b'HEAD': ARTICLE[:3], b'BODY': ARTICLE[4:]}[verb]
                self.send(code + b' 10 <1@x>', *lines, b'.')
            elif verb == b'XHDR':
                self.send(b'221 headers', b'10 first subject', b'11', b'12 third', b'.')
            elif verb in (b'OVER', b'XOVER'):
                self.send(b'224 overview',
                          b'10\tSubject one\ta@b.c\tMon, 1 Jan 2024 00:00:00 +0000\t<1@x>\t\t120\t5\tXref: host comp.lang.python:10',
                          b'11\tSubject two\tb@c.d\tTue, 2 Jan 2024 00:00:00 +0000\t<2@x>\t<1@x>\t200\t8\t', b'.')
            elif verb in (b'NEWGROUPS', b'NEWNEWS'):
                self.send(b'231 new', b'new.group 5 1 ' + b'-'.join(words[1:]), b'.')
            elif verb == b'DATE':
                self.send(b'111 20240102030405')
            elif verb == b'HELP':
                self.send(b'100 help follows', b'  ARTICLE', b'  BODY', b'.')
            elif verb in (b'POST', b'IHAVE'):
                self.send(b'340 send article')
                body = []
                while (data := self.rfile.readline()) != b'.\r\n':
                    body.append(data)
                posted.append(b''.join(body))
                self.send(b'240 article posted')
            elif verb == b'SLAVE':
                self.send(b'202 slave noted')
            elif verb == b'QUIT':
                self.send(b'205 bye')
                return
            elif verb == b'BROKEN':
                self.send(b'999 weird')
            else:
                self.send(b'500 unknown command')


server = socketserver.ThreadingTCPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = False
server.block_on_close = True
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

s = nntplib.NNTP('127.0.0.1', port, readermode=True)
print(s.getwelcome(), s.nntp_version, s.nntp_implementation, sorted(s.getcapabilities()))
s.login('user', 'pw')
try:
    s.login('user', 'pw') if s.authenticated else nntplib.NNTP.login(s, None, None, False)
except ValueError as e:
    print('ValueError', e)
print(s.group('comp.lang.python'))
print(s.list())
print(s.list('comp.*'))
print(s.descriptions('*'), repr(s.description('comp.lang.python')))
print(s.stat(), s.stat(12), s.next(), s.last())
resp, info = s.article(10)
print(resp, info.number, info.message_id, info.lines)
print(s.head('<1@x>'))
print(s.body())
buffer = io.BytesIO()
print(s.body(10, file=buffer), buffer.getvalue())
print(s.xhdr('subject', '10-12'))
print(s.over((10, None)))
print(s.over('10'), s.xover(10, 11)[1][1])
print(s.newgroups(datetime.date(2024, 1, 2)), s.newnews('comp.*', datetime.datetime(2023, 12, 31, 23, 59, 58)))
print(s.date(), s.help(), s.slave())
print(s.post(b'From: me@x\r\nSubject: post\r\n\r\n.starts with dot\nlast line'))
print(s.ihave('<9@x>', [b'Subject: ihave\n', b'\n', b'one line\n']))
print(posted)
for call in [lambda: s.group('no.such'), lambda: s.stat(99), lambda: s._shortcmd('FROB'),
             lambda: s._shortcmd('BROKEN'), lambda: s._longcmd('DATE'), lambda: s.newgroups('yesterday')]:
    try:
        call()
    except (nntplib.NNTPError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'response', None))
s.set_debuglevel(2)
s.date()
s.set_debuglevel(0)
print(s.quit(), hasattr(s, 'file'))
with nntplib.NNTP('127.0.0.1', port) as s2:
    try:
        s2.login('user', 'wrong')
    except nntplib.NNTPError as e:
        print(type(e).__name__, e)
print(hasattr(s2, 'file'))
server.shutdown()
server.server_close()
thread.join()

print(nntplib.decode_header('=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?b?5Q==?= plain'), nntplib.decode_header('plain'))
print(nntplib._parse_datetime('20240102030405'), nntplib._parse_datetime('690102', '010203'), nntplib._parse_datetime('990102', '010203'))
print(nntplib._unparse_datetime(datetime.date(2024, 1, 2)), nntplib._unparse_datetime(datetime.datetime(2001, 2, 3, 4, 5, 6), True))
for lines in [['Subject:'], ['Subject:', 'From:', 'Date:', 'Message-ID:', 'References:', ':bytes', 'Lines:', 'Xref:full'],
              ['From:', 'Subject:', 'Date:', 'Message-ID:', 'References:', ':bytes', ':lines']]:
    try:
        print(nntplib._parse_overview_fmt(lines))
    except nntplib.NNTPDataError as e:
        print('NNTPDataError', e)
print(nntplib.NNTPError().response, nntplib.NNTPError('x', 'y').response, nntplib.GroupInfo._fields, nntplib.ArticleInfo._fields)
print(sorted(n for n in nntplib.__all__ if n != 'NNTP_SSL'), nntplib.NNTP_PORT, nntplib.NNTP_SSL_PORT)
