# email's parsers and Message: headers (order, case, continuation lines kept under compat32 and
# unfolded under the default policy), parameters (quoted, RFC 2231), Content-Transfer-Encodings
# undone by get_payload(decode=True), multipart bodies (preamble, parts, epilogue, the boundary's
# line endings), message/rfc822 parts, envelope lines, HeaderParser, BytesParser, defects.
import email
import email.policy
from email.parser import BytesParser, HeaderParser, Parser

text = """\
From someone@example.com Mon Jan  1 00:00:00 2024
From: Ann <ann@example.com>
To: bob@example.com, "Doe, Carl" <carl@example.com>
Subject: a long subject
  that continues
Content-Type: multipart/mixed; boundary="==XX=="; charset=us-ascii
MIME-Version: 1.0

This is the preamble.
--==XX==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

caf=C3=A9 au lait=
 and more=3D
--==XX==
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="data.bin"
Content-Transfer-Encoding: base64

AAECAwQFBgc=

--==XX==
Content-Type: message/rfc822

Subject: inner
X-Inner: yes

inner body
--==XX==--
the epilogue
"""

msg = email.message_from_string(text)
print(msg.get_unixfrom())
print(msg.keys())
print(repr(msg['subject']), repr(msg['SUBJECT']), msg.get('x-missing', 'none'))
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_params(), msg.get_param('charset'), msg.get_boundary())
print(msg.is_multipart(), len(msg.get_payload()), repr(msg.preamble), repr(msg.epilogue))
for part in msg.walk():
    print('part', part.get_content_type(), part.get_default_type(), part.get_filename(),
          part.get_content_charset(), part.get_content_disposition())
text_part, data_part, wrapped = msg.get_payload()
print(repr(text_part.get_payload()))
print(text_part.get_payload(decode=True).decode('utf-8'))
print(data_part.get_payload(decode=True), repr(data_part.get_payload()))
inner = wrapped.get_payload(0)
print(wrapped.is_multipart(), inner['subject'], inner['x-inner'], repr(inner.get_payload()))
print(msg.get_charsets())
print(msg.as_string() == text)

# The default policy gives EmailMessage objects and unfolded, decoded headers.
modern = email.message_from_string(text, policy=email.policy.default)
print(type(modern).__name__, repr(modern['subject']))
print(modern.get_body().get_content_type(), repr(modern.get_body().get_content()))
print([part.get_filename() for part in modern.iter_attachments()])

# Bytes: encoded words, base64 bodies, CRLF line endings.
raw = (b'Subject: =?utf-8?q?caf=C3=A9?= =?utf-8?b?IGNyw6htZQ==?=\r\n'
       b'Content-Type: text/plain; charset="utf-8"\r\n'
       b'Content-Transfer-Encoding: base64\r\n\r\nY2Fmw6kgYXUgbGFpdA==\r\n')
b = BytesParser().parsebytes(raw)
print(repr(b['subject']), repr(b.get_payload()))
print(b.get_payload(decode=True).decode('utf-8'))
d = BytesParser(policy=email.policy.default).parsebytes(raw)
print(repr(d['subject']), repr(d.get_content()))
print(email.message_from_bytes(b'A: 1\n\nbody').items())

# HeaderParser leaves the body alone.
h = HeaderParser().parsestr('A: 1\nB: 2\n\tcontinued\nContent-Type: multipart/mixed; boundary=b\n\n--b\nnot parsed\n')
print(h.items(), h.is_multipart(), repr(h.get_payload()))
print(Parser().parsestr('A: 1\n\nx', headersonly=True).get_payload())

# Boundaries at the very end, without a close delimiter, or never found.
for body in ['--b\n\none\n--b--', '--b\n\none\n--b--\n', 'pre\n--b\n\none\n--b\n\ntwo\n',
             'no boundary here\n']:
    m = email.message_from_string('Content-Type: multipart/alternative; boundary=b\n\n' + body)
    payload = m.get_payload()
    if isinstance(payload, list):
        payload = [p.get_payload() for p in payload]
    print(repr(payload), repr(m.preamble), repr(m.epilogue),
          [type(d).__name__ for d in m.defects])

# Defects: a line that is not a header, a missing boundary parameter.
bad = email.message_from_string('A: b\nnot a header\n\nx')
print([type(d).__name__ for d in bad.defects], repr(bad.get_payload()), bad.items())
nob = email.message_from_string('Content-Type: multipart/mixed\n\nbody\n')
print([type(d).__name__ for d in nob.defects], repr(nob.get_payload()))
print(email.message_from_string('Content-Type: TEXT/HTML\n\n').get_content_type(),
      email.message_from_string('Content-Type: nonsense\n\n').get_content_type())
