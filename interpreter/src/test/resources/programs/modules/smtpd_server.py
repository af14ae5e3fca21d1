# smtpd (deprecated in 3.11: only its own DeprecationWarning on import, asyncore's and asynchat's
# are silenced) as a local SMTP server: an SMTPServer subclass on 127.0.0.1 port 0 run by
# asyncore.loop in a thread, smtplib sending to it (EHLO features, SIZE, 8BITMIME, dot
# unstuffing, several recipients, the bytes given to process_message with its mail and rcpt
# options, a custom status), a raw socket client for the error replies (syntax, order, nested MAIL,
# unknown commands, parameters, sizes, HELP, VRFY, EXPN, RSET, NOOP, QUIT), decode_data=True,
# DebuggingServer's printout, the deprecated __attribute aliases of SMTPChannel.
import smtpd
import asyncore
import smtplib
import socket
import threading
import warnings

received = []


class Recorder(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        received.append((peer[0], mailfrom, rcpttos, data, kwargs))
        if b'reject me' in (data if isinstance(data, bytes) else data.encode()):
            return '554 rejected by policy'


class Debugging(smtpd.DebuggingServer):
    pass


def serve(server_class, **kwargs):
    socket_map = {}
    server = server_class(('127.0.0.1', 0), None, map=socket_map, **kwargs)
    stop = threading.Event()

    def run():
        while not stop.is_set():
            asyncore.loop(timeout=0.05, map=socket_map, count=1)

    thread = threading.Thread(target=run)
    thread.start()

    def finish():
        stop.set()
        thread.join()
        asyncore.close_all(socket_map)
    return server, server.socket.getsockname()[1], finish


server, port, finish = serve(Recorder)
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.test') as client:
    code, text = client.ehlo()
    print(code, text.split(b'\n')[1:])
    print(sorted(client.esmtp_features))
    print(client.sendmail('alice@example.com', ['bob@example.com', 'carol@example.com'],
                          'Subject: test\r\n\r\nline\r\n.dotted\r\n..double\r\nend'))
    print(client.sendmail('<>', ['dave@example.com'], b'Subject: 8bit\r\n\r\ncaf\xc3\xa9', mail_options=['BODY=8BITMIME']))
    try:
        client.sendmail('a@example.com', ['b@example.com'], 'reject me')
    except smtplib.SMTPDataError as e:
        print('SMTPDataError', e.smtp_code, e.smtp_error)
    print(client.verify('someone@example.com'))
    print(client.expn('list'))
    print(client.help())
    print(client.help('MAIL'), client.help('bogus'))
    print(client.noop(), client.rset())
for item in received:
    print(item)
received.clear()

raw = socket.create_connection(('127.0.0.1', port))
reader = raw.makefile('rb')


def talk(line):
    raw.sendall(line)
    reply = []
    while True:
        text = reader.readline()
        reply.append(text.decode().rstrip('\r\n').replace(socket.getfqdn(), 'FQDN'))
        if text[3:4] != b'-':
            break
    print(repr(line), '->', reply)


print(reader.readline().decode().rstrip().replace(socket.getfqdn(), 'FQDN'))
for line in [b'MAIL FROM:<a@b>\r\n', b'HELO\r\n', b'\r\n', b'FROB\r\n', b'HELO me\r\n', b'HELO again\r\n',
             b'EHLO me\r\n', b'RCPT TO:<x@y>\r\n', b'DATA\r\n', b'MAIL\r\n', b'MAIL FROM:\r\n', b'MAIL FROM:<a@b> SIZE=10\r\n',
             b'MAIL TO:<a@b>\r\n', b'MAIL FROM:<a@b>\r\n', b'MAIL FROM:<c@d>\r\n', b'RCPT\r\n', b'RCPT TO:<x@y> NOTIFY=NEVER\r\n',
             b'RCPT TO: x@y\r\n', b'DATA now\r\n', b'RSET extra\r\n', b'RSET\r\n', b'MAIL FROM:<a@b> SIZE=99999999999\r\n',
             b'MAIL FROM:<a@b> SIZE=abc\r\n', b'MAIL FROM:<a@b> BODY=9BIT\r\n', b'MAIL FROM:<a@b> FOO=1\r\n',
             b'MAIL FROM:<a@b> =x\r\n', b'NOOP x\r\n', b'VRFY\r\n', b'HELP DATA\r\n', b'HELP rcpt\r\n', b'X' * 600 + b'\r\n',
             b'QUIT\r\n']:
    talk(line)
print(reader.read())
reader.close()
raw.close()
finish()

server, port, finish = serve(Recorder, decode_data=True, data_size_limit=50)
if True:
    client = smtplib.SMTP('127.0.0.1', port, local_hostname='client.test')
    print(client.ehlo()[1].split(b'\n')[1:])
    print(client.sendmail('a@b.c', 'd@e.f', 'Subject: str data\r\n\r\nbody'))
    try:
        client.sendmail('a@b.c', 'd@e.f', 'x' * 100)
    except smtplib.SMTPSenderRefused as e:
        print('SMTPSenderRefused', e.smtp_code, e.smtp_error)
    client.ehlo_resp = None
    client.esmtp_features = {}
    client.does_esmtp = False
    print(client.docmd('MAIL FROM:<a@b.c>'), client.docmd('RCPT TO:<d@e.f>'), client.docmd('DATA'))
    client.send(b'y' * 80 + b'\r\n.\r\n')
    print(client.getreply())
    # Still in DATA state after a message too long (as CPython's smtpd leaves it): just hang up.
    client.close()
finish()
for item in received:
    print(item)

server, port, finish = serve(Debugging)
with smtplib.SMTP('127.0.0.1', port, local_hostname='client.test') as client:
    client.sendmail('from@x.y', ['to@x.y'], 'From: from@x.y\r\nSubject: shown\r\n\r\nFirst line\r\nSecond line', rcpt_options=[])
finish()

try:
    smtpd.SMTPServer(('127.0.0.1', 0), None, enable_SMTPUTF8=True, decode_data=True)
except ValueError as e:
    print('ValueError', e)
try:
    smtpd.PureProxy(('127.0.0.1', 0), None, enable_SMTPUTF8=True)
except ValueError as e:
    print('ValueError', e)
print(smtpd.__all__, smtpd.__version__, smtpd.DATA_SIZE_DEFAULT)


class Channel(smtpd.SMTPChannel):
    def __init__(self):
        self.smtp_server = 'the server'
        self.seen_greeting = 'hi'


channel = Channel()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(channel._SMTPChannel__server, channel._SMTPChannel__greeting)
    channel._SMTPChannel__state = 1
    print(channel.smtp_state)
for w in caught:
    print(w.category.__name__, w.message, w.lineno == caught[0].lineno)
