# smtplib.SMTP against a small SMTP server thread on 127.0.0.1 port 0 (socketserver): the
# greeting, EHLO and its features (SIZE, AUTH in both forms, 8BITMIME), HELO when EHLO is refused,
# sendmail with str and bytes (CRLF fixing, dot doubling, SIZE option), send_message with an
# email.message (Bcc dropped, Resent- headers), refused senders and recipients, DATA refused,
# 421 closing, login with PLAIN/LOGIN/CRAM-MD5, verify/expn/noop/rset/help, multi-line replies,
# starttls refused, the with-statement's QUIT, quoteaddr/quotedata, the errors.
import smtplib
import socketserver
import threading
from email.message import EmailMessage

log = []


class Handler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode() + b'\r\n')

    def handle(self):
        mode = self.server.mode
        if mode == 'busy':
            self.reply('554 busy, go away')
            return
        self.reply('220 test.local ESMTP ready')
        authstep = None
        while True:
            line = self.rfile.readline()
            if not line:
                return
            mode = self.server.mode
            cmd = line.decode('latin-1').rstrip('\r\n')
            log.append(cmd)
            verb = cmd.split(' ', 1)[0].upper()
            if authstep == 'login-user':
                authstep = 'login-pass'
                self.reply('334 UGFzc3dvcmQ6')
                continue
            if authstep in ('login-pass', 'cram'):
                authstep = None
                self.reply('235 2.7.0 accepted' if mode != 'badauth' else '535 5.7.8 bad credentials')
                continue
            if verb == 'EHLO':
                if mode == 'noehlo':
                    self.reply('502 no ehlo here')
                else:
                    self.reply('250-test.local greets you')
                    self.reply('250-SIZE 100000')
                    self.reply('250-8BITMIME')
                    self.reply('250-AUTH=LOGIN')
                    self.reply('250-AUTH PLAIN CRAM-MD5')
                    self.reply('250-STARTTLS')
                    self.reply('250 HELP')
            elif verb == 'HELO':
                self.reply('250 test.local')
            elif verb == 'MAIL':
                if 'refused@' in cmd:
                    self.reply('550 sender refused')
                elif 'closing@' in cmd:
                    self.reply('421 closing now')
                    return
                else:
                    self.reply('250 ok')
            elif verb == 'RCPT':
                if 'nobody@' in cmd:
                    self.reply('550 no such user')
                elif 'forward@' in cmd:
                    self.reply('251 will forward')
                else:
                    self.reply('250 ok')
            elif verb == 'DATA':
                if mode == 'nodata':
                    self.reply('554 no data today')
                    continue
                self.reply('354 go ahead')
                body = []
                while True:
                    data = self.rfile.readline()
                    if data == b'.\r\n':
                        break
                    body.append(data)
                log.append(b''.join(body))
                self.reply('250 2.0.0 queued as X1')
            elif verb == 'AUTH':
                parts = cmd.split()
                if parts[1] == 'PLAIN':
                    self.reply('235 ok' if mode != 'badauth' else '535 bad')
                elif parts[1] == 'LOGIN':
                    authstep = 'login-user'
                    self.reply('334 VXNlcm5hbWU6')
                elif parts[1] == 'CRAM-MD5':
                    authstep = 'cram'
                    self.reply('334 PDEyMzQ1QHRlc3QubG9jYWw+')
            elif verb == 'VRFY':
                self.reply('252 cannot verify ' + cmd[5:])
            elif verb == 'EXPN':
                self.reply('250-first <a@x>')
                self.reply('250 second <b@x>')
            elif verb == 'HELP':
                self.reply('214-Commands:')
                self.reply('214 HELO EHLO MAIL RCPT DATA')
            elif verb in ('NOOP', 'RSET'):
                self.reply('250 ok')
            elif verb == 'STARTTLS':
                self.reply('220 ready to start TLS' if mode != 'notls' else '454 TLS not available')
            elif verb == 'QUIT':
                self.reply('221 bye')
                return
            else:
                self.reply('500 unknown command')


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = False
    block_on_close = True
    mode = 'normal'


server = Server(('127.0.0.1', 0), Handler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()


def show_log():
    for item in log:
        print('   ', repr(item))
    log.clear()


s = smtplib.SMTP('127.0.0.1', port, local_hostname='client.local')
print(s.ehlo())
print(s.does_esmtp, sorted(s.esmtp_features.items()))
print(s.has_extn('size'), s.has_extn('SIZE'), s.has_extn('pipelining'))
msg = 'From: a@x\nTo: b@x\nSubject: hi\n\nline one\n.leading dot\r\nbare cr\rend'
print(s.sendmail('Alice <a@x>', ['b@x', 'nobody@x', 'forward@x'], msg))
print(s.sendmail('a@x', 'b@x', b'Subject: bytes\r\n\r\nbody without newline', mail_options=['BODY=8BITMIME']))
print(s.verify('Bob <b@x>'))
print(s.expn('list'))
print(s.help())
print(s.noop(), s.rset())
try:
    s.sendmail('refused@x', ['b@x'], 'x')
except smtplib.SMTPSenderRefused as e:
    print(type(e).__name__, e.smtp_code, e.smtp_error, e.sender, e.args)
try:
    s.sendmail('a@x', ['nobody@x', 'nobody@y'], 'x')
except smtplib.SMTPRecipientsRefused as e:
    print(type(e).__name__, e.recipients)
print(s.login('user', 'secret'))
print(s.auth('LOGIN', s.auth_login, initial_response_ok=False))
print(s.auth('CRAM-MD5', s.auth_cram_md5))
server.mode = 'notls'
try:
    s.starttls()
except smtplib.SMTPResponseException as e:
    print(type(e).__name__, e.args)
server.mode = 'normal'
try:
    s.putcmd('noop', 'a\r\nb')
except ValueError as e:
    print('ValueError', e)
print(s.quit())
print(s.sock, s.file, s.does_esmtp)
try:
    s.noop()
except smtplib.SMTPServerDisconnected as e:
    print('SMTPServerDisconnected', e)
show_log()

em = EmailMessage()
em['From'] = 'Sender Name <sender@x>'
em['To'] = 'one@x, Two <two@x>'
em['Cc'] = 'three@x'
em['Bcc'] = 'hidden@x'
em['Subject'] = 'message object'
em.set_content('Hello\n.dot line\n')
with smtplib.SMTP(local_hostname='client.local') as s:
    print(s.connect('127.0.0.1:%d' % port))
    print(s.send_message(em))
show_log()
em2 = EmailMessage()
em2['From'] = 'a@x'
em2['To'] = 'b@x'
em2['Resent-Date'] = 'Mon, 01 Jan 2024 00:00:00 +0000'
em2['Resent-From'] = 'resender@x'
em2['Resent-To'] = 'newto@x'
em2['Resent-Bcc'] = 'rbcc@x'
em2.set_content('resent')
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.local') as s:
    s.send_message(em2)
    em2['Resent-Date'] = 'again'
    try:
        s.send_message(em2)
    except ValueError as e:
        print('ValueError', e)
show_log()

server.mode = 'noehlo'
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.local') as s:
    print(s.sendmail('a@x', 'b@x', 'plain'))
    print(s.helo_resp, s.ehlo_resp, s.does_esmtp)
    try:
        s.login('u', 'p')
    except smtplib.SMTPNotSupportedError as e:
        print('SMTPNotSupportedError', e)
    try:
        s.starttls()
    except smtplib.SMTPNotSupportedError as e:
        print('SMTPNotSupportedError', e)
show_log()

server.mode = 'nodata'
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.local') as s:
    try:
        s.sendmail('a@x', 'b@x', 'x')
    except smtplib.SMTPDataError as e:
        print('SMTPDataError', e.smtp_code, e.smtp_error)
    try:
        s.sendmail('closing@x', 'b@x', 'x')
    except smtplib.SMTPSenderRefused as e:
        print('SMTPSenderRefused', e.args, s.sock)
show_log()

server.mode = 'badauth'
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.local') as s:
    try:
        s.login('u', 'p')
    except smtplib.SMTPAuthenticationError as e:
        print('SMTPAuthenticationError', e.args)
show_log()

server.mode = 'busy'
try:
    smtplib.SMTP('127.0.0.1', port, local_hostname='client.local')
except smtplib.SMTPConnectError as e:
    print('SMTPConnectError', e.args)

for bad in [lambda: smtplib.SMTP().noop(), lambda: smtplib.SMTP(timeout=0).connect('127.0.0.1', port),
            lambda: smtplib.SMTP().connect('127.0.0.1:http')]:
    try:
        bad()
    except (smtplib.SMTPException, ValueError, OSError) as e:
        print(type(e).__name__, e)

server.shutdown()
server.server_close()
thread.join()

print(smtplib.quoteaddr('Alice <a@x>'), smtplib.quoteaddr('<already>'), smtplib.quoteaddr(''), smtplib.quoteaddr('@'))
print(repr(smtplib.quotedata('a\n.b\r.c\r\n..d')))
print(smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, smtplib.LMTP_PORT)
print([c.__name__ for c in smtplib.SMTPDataError.__mro__])
print(smtplib.SMTPResponseException(1, 'x'), smtplib.SMTPRecipientsRefused({'a': (1, 'b')}))
print(sorted(n for n in smtplib.__all__ if n != 'SMTP_SSL'))
