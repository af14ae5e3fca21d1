# email's builders: Message's header methods (add_header with parameters, set_param/del_param,
# set_type, replace_header, deletion, get_all), MIMEText in us-ascii, utf-8 (base64) and latin-1
# (quoted-printable), MIMEMultipart and MIMEApplication with a fixed boundary written by as_string
# and as_bytes, EmailMessage.set_content, the policies (compat32, default, SMTP, HTTP), the
# one-Subject rule, Generator's header folding at 78 columns, encoded words for non-ASCII headers.
import email
import email.policy
from io import StringIO
from email.generator import Generator
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

m = Message()
m.add_header('Content-Disposition', 'attachment', filename='a b.txt')
m.add_header('X-Flag', 'v', no_value=None, some_thing='x')
m['Content-Type'] = 'text/plain; charset=utf-8; format=flowed'
print(m.items())
print(m.get_filename(), m.get_params(), m.get_param('format'), m.get_content_charset())
m.set_param('charset', 'latin-1')
m.set_param('new', 'a;b')
print(m['content-type'])
m.del_param('format')
print(m['content-type'])
m.set_type('text/html')
print(m.items())
m.replace_header('x-flag', 'w')
print(m['X-FLAG'], 'x-flag' in m, len(m), list(m))
try:
    m.replace_header('nope', 'x')
except KeyError as e:
    print('KeyError', e)
m['X-Flag'] = 'second'
print(m.get_all('x-flag'))
del m['x-flag']
print(m.get_all('x-flag'), m.get('x-flag', 'default'))

for text, charset in [('plain text', None), ('héllo wörld', None), ('héllo', 'iso-8859-1'),
                      ('line one\nline two\n', 'utf-8')]:
    part = MIMEText(text, 'plain', charset)
    print(repr(part.as_string()))
    print(repr(part.get_payload(decode=True)), part.get_content_charset())

outer = MIMEMultipart(boundary='XYZ')
outer['Subject'] = 'report'
outer['From'] = 'a@example.com'
outer.preamble = 'You need a MIME reader.'
outer.attach(MIMEText('hello'))
outer.attach(MIMEText('<p>hi</p>', 'html'))
outer.attach(MIMEApplication(b'\x00\x01\x02binary', Name='x.bin'))
print(outer.as_string())
print(outer.as_bytes())
again = email.message_from_string(outer.as_string())
print([p.get_content_type() for p in again.walk()], again.get_boundary(), repr(again.preamble))
print(again.get_payload(2).get_payload(decode=True))
alt = MIMEMultipart('alternative', boundary='inner', _subparts=[MIMEText('a'), MIMEText('b')])
alt.epilogue = ''
print(repr(alt.as_string()))
try:
    MIMEText('x').attach(MIMEText('y'))
except Exception as e:
    print(type(e).__name__, e)

e = EmailMessage()
e['Subject'] = 'Grüße aus Köln'
e['From'] = 'Ann Smith <ann@example.com>'
e['To'] = 'bob@example.com'
try:
    e['Subject'] = 'again'
except ValueError as error:
    print(error)
e.set_content('Line one\nLine two')
print(e.as_string())
print(str(e))
print(e.as_bytes(policy=email.policy.SMTP))
print(repr(e.get_content()), e.is_multipart(), e.get_content_charset(), e['subject'])

compat = Message()
compat['Subject'] = 'héllo'
compat['To'] = 'x@example.com'
print(repr(compat.as_string()))

longer = Message()
longer['Subject'] = ' '.join('word%d' % i for i in range(30))
longer['X-Short'] = 'short'
out = StringIO()
Generator(out).flatten(longer)
print(out.getvalue())
print(longer.as_string())
out = StringIO()
Generator(out, maxheaderlen=40).flatten(longer, linesep='\r\n')
print(repr(out.getvalue()))

print(repr(email.policy.default), repr(email.policy.SMTP), repr(email.policy.HTTP),
      repr(email.policy.compat32))
print(email.policy.default.clone(max_line_length=60), email.policy.strict.raise_on_defect)
try:
    email.policy.default.linesep = 'x'
except AttributeError as error:
    print(error)
try:
    email.policy.default.clone(foo=1)
except TypeError as error:
    print(error)
print(email.policy.default.header_max_count('subject'),
      email.policy.default.header_max_count('x-anything'))
