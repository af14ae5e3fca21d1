# email as a report mailer builds messages: MIMEMultipart('mixed') with an alternative part
# (plain and html), an attachment with Content-Disposition and base64, a fixed boundary so
# as_string() is deterministic, the policy's line folding of long headers, non-ASCII subject
# encoding (=?utf-8?...?=), EmailMessage.set_content/add_attachment/make_mixed, walk() and
# get_content_type/get_filename, and parsing back with email.message_from_string.
import email
from email import policy
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, make_msgid, parseaddr, getaddresses

msg = MIMEMultipart('mixed', boundary='===outer===')
msg['Subject'] = 'Monthly report – Übersicht for December with a subject long enough to fold somewhere'
msg['From'] = formataddr(('Zoë Reporter', 'zoe@example.com'))
msg['To'] = ', '.join([formataddr(('Ann', 'ann@example.com')), 'bob@example.org'])
msg['Date'] = formatdate(1700000000, localtime=False)
msg['Message-ID'] = '<fixed@example.com>'
alt = MIMEMultipart('alternative', boundary='---alt---')
alt.attach(MIMEText('Totals:\n  sales 10\n  returns 2\n', 'plain', 'utf-8'))
alt.attach(MIMEText('<p>Totals: <b>10</b> – 2</p>', 'html', 'utf-8'))
msg.attach(alt)
att = MIMEApplication(b'id,value\n1,2\n' * 3, 'csv', Name='data.csv')
att['Content-Disposition'] = 'attachment; filename="data.csv"'
msg.attach(att)
text = msg.as_string()
print(text)
print(msg.is_multipart(), len(msg.get_payload()), msg.get_boundary(), msg.get_content_charset())

back = email.message_from_string(text)
for part in back.walk():
    print(part.get_content_type(), part.get_content_maintype(), part.get_filename(), part.get_content_charset(),
          part.get('Content-Transfer-Encoding'), part.is_multipart())
print(back['To'], getaddresses(back.get_all('To')), parseaddr(back['From']))
print(str(email.header.make_header(email.header.decode_header(back['Subject']))))
print(back.get_payload(1).get_payload(decode=True))

m = EmailMessage()
m['Subject'] = 'Plain one'
m['From'] = 'a@example.com'
m['To'] = 'b@example.com'
m.set_content('Hello,\nthis is a line.\n')
m.add_alternative('<p>Hello</p>', subtype='html')
m.add_attachment(b'\x00\x01\x02', maintype='application', subtype='octet-stream', filename='blob.bin')
m.set_boundary('fixed-boundary')
for p in m.iter_parts():
    if p.is_multipart():
        p.set_boundary('inner-boundary')
print(m.as_string(policy=policy.default.clone(linesep='\n')))
print([p.get_content_type() for p in m.walk()], m.get_body(('html',)).get_content())
print([a.get_filename() for a in m.iter_attachments()])
h = EmailMessage()
h['X-Long'] = ', '.join(f'token{i}' for i in range(25))
print(h.as_string())
print(len(make_msgid(domain='example.com')) > 20, make_msgid(idstring='x', domain='d').endswith('.x@d>'))
