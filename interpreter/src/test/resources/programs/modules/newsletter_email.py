# Building and parsing e-mail: EmailMessage with text and HTML alternatives, an attachment,
# headers with non-ASCII names, policy-based serialization, parsing back with BytesParser,
# walking parts, address helpers and dates.
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, getaddresses, parseaddr, format_datetime, parsedate_to_datetime
import datetime

msg = EmailMessage()
msg["Subject"] = "Résumé of the week"
msg["From"] = Address("Zoë Dupont", "zoe", "example.com")
msg["To"] = [Address("Bob", addr_spec="bob@example.org"), "carol@example.net"]
msg["Date"] = format_datetime(datetime.datetime(2024, 3, 1, 9, 30, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = "<weekly-42@example.com>"
msg.set_content("Hello,\n\nThis week: three items.\n-- \nZoë\n")
msg.add_alternative("<html><body><p>Hello,</p><p>This week: <b>three</b> items.</p></body></html>", subtype="html")
msg.add_attachment(b"id,score\n1,9\n", maintype="text", subtype="csv", filename="scores.csv")
msg.add_attachment(bytes(range(8)), maintype="application", subtype="octet-stream", filename="blob.bin")

print(msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()))
print(msg["To"], "|", msg["From"].addresses[0].display_name, msg["From"].addresses[0].domain)
raw = msg.as_bytes(policy=policy.SMTP)
print(raw.count(b"\r\n") > 10, b"=?utf-8?" in raw)
for line in msg.as_string().splitlines():
    if line.startswith(("Subject:", "From:", "To:", "Content-Type:", "MIME-Version:", "Content-Disposition:", "Content-Transfer-Encoding:")):
        print(" ", line if "boundary" not in line else line.split(";")[0])

back = BytesParser(policy=policy.default).parsebytes(raw)
print(back["subject"], back["date"].datetime.isoformat())
for part in back.walk():
    print(" part:", part.get_content_type(), part.get_filename(), part.get_content_disposition(), part.is_attachment())
body = back.get_body(preferencelist=("plain", "html"))
print(repr(body.get_content()))
html = back.get_body(preferencelist=("html",))
print(html.get_content().strip()[:30])
for att in back.iter_attachments():
    data = att.get_content()
    print(att.get_filename(), type(data).__name__, data if isinstance(data, str) else list(data))

print(parseaddr("Jane Roe <jane@x.org>"), formataddr(("Jörg", "j@x.de")), formataddr(("A, B", "ab@x")))
print(getaddresses(["a@x, B <b@y>", "c@z"]))
print(parsedate_to_datetime("Fri, 01 Mar 2024 09:30:00 -0500"))
simple = EmailMessage()
simple["To"] = "x@y"
simple.set_content("short")
print(simple.as_string())
try:
    msg["Subject"] = "again"
except ValueError as e:
    print("ValueError:", e)
