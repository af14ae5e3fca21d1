# The network clients as CPython builds them without the ssl module (made unimportable first, so
# that CPython takes the same path as this library, which has no ssl): no SMTP_SSL, FTP_TLS,
# POP3_SSL, IMAP4_SSL or NNTP_SSL (nor in __all__), and what starttls/stls do instead, against
# small servers on 127.0.0.1 port 0 that offer TLS.
import sys
sys.modules['ssl'] = None

import imaplib
import poplib
import smtplib
import socketserver
import threading
import warnings

with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    import nntplib

import ftplib
import xmlrpc.client

for module, name in [(smtplib, 'SMTP_SSL'), (ftplib, 'FTP_TLS'), (poplib, 'POP3_SSL'), (imaplib, 'IMAP4_SSL'),
                     (nntplib, 'NNTP_SSL')]:
    print(module.__name__, hasattr(module, name), name in module.__all__, sorted(module.__all__))
print(poplib.HAVE_SSL, imaplib.HAVE_SSL, nntplib._have_ssl, hasattr(nntplib.NNTP, 'starttls'), ftplib.all_errors)


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        kind = self.server.kind
        greeting = {'smtp': b'220 ready', 'pop': b'+OK ready', 'imap': b'* OK IMAP4rev1 ready'}[kind]
        self.wfile.write(greeting + b'\r\n')
        while line := self.rfile.readline():
            words = line.split()
            verb = words[0].upper() if kind != 'imap' else words[1].upper()
            tag = words[0]
            if kind == 'smtp':
                if verb == b'EHLO':
                    self.wfile.write(b'250-host\r\n250 STARTTLS\r\n')
                elif verb == b'STARTTLS':
                    self.wfile.write(b'220 go ahead\r\n')
                else:
                    self.wfile.write(b'221 bye\r\n')
                    return
            elif kind == 'pop':
                self.wfile.write(b'+OK bye\r\n')
                return
            else:
                if verb == b'CAPABILITY':
                    self.wfile.write(b'* CAPABILITY IMAP4rev1 STARTTLS\r\n' + tag + b' OK done\r\n')
                else:
                    self.wfile.write(b'* BYE bye\r\n' + tag + b' OK done\r\n')
                    return


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = False
    block_on_close = True


server = Server(('127.0.0.1', 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

server.kind = 'smtp'
with smtplib.SMTP('127.0.0.1', port, local_hostname='client') as smtp:
    try:
        smtp.starttls()
    except RuntimeError as e:
        print('RuntimeError', e)
server.kind = 'pop'
pop = poplib.POP3('127.0.0.1', port)
try:
    pop.stls()
except poplib.error_proto as e:
    print('error_proto', e)
print(pop.quit())
server.kind = 'imap'
imap = imaplib.IMAP4('127.0.0.1', port)
print(imap.capabilities)
try:
    imap.starttls()
except imap.error as e:
    print(type(e).__name__, e)
print(imap.logout())
server.shutdown()
server.server_close()
thread.join()
try:
    xmlrpc.client.ServerProxy('https://127.0.0.1:1/').method()
except NotImplementedError as e:
    print('NotImplementedError', e)
