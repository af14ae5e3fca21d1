# Email messages built with email.message.EmailMessage (text, html alternative, attachment), serialized, parsed back with policy.default, walked, headers and address parsing.
import email
import email.policy
import email.utils
from email.message import EmailMessage
from email.headerregistry import Address
from email import message_from_string

msg = EmailMessage()
msg["Subject"] = "Quarterly report – Q1 ✓"
msg["From"] = Address("Ann Example", "ann", "example.com")
msg["To"] = [Address("Bob", "bob", "example.org"), Address(addr_spec="carol@example.net")]
msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Mon, 04 Mar 2024 09:00:00 +0000"))
msg["Message-ID"] = "<report-1@example.com>"
msg.set_content("Hello,\n\nthe numbers are attached.\n\n-- Ann\n")
msg.add_alternative("<p>Hello,</p><p>the <b>numbers</b> are attached.</p>", subtype="html")
msg.add_attachment(b"q,value\n1,10\n2,20\n", maintype="text", subtype="csv", filename="q1.csv")
msg.add_attachment(bytes(range(40)), maintype="application", subtype="octet-stream", filename="raw.bin")
for part in msg.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.is_multipart())
text = msg.as_string()
import re
text = re.sub(r'boundary="[^"]+"', 'boundary="B"', text)
text = re.sub(r"^--=+\d+==(--)?$", lambda m: "--B" + (m.group(1) or ""), text, flags=re.M)
print(text[:400])
parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
print(parsed["Subject"], "|", parsed["To"], "|", parsed["To"].addresses[1].domain)
print(parsed["From"].addresses[0].display_name, parsed["Date"].datetime.isoformat())
body = parsed.get_body(preferencelist=("plain", "html"))
print(repr(body.get_content()))
print(parsed.get_body(preferencelist=("html",)).get_content_type())
for att in parsed.iter_attachments():
    data = att.get_content()
    print(att.get_filename(), type(data).__name__, len(data))
print(email.utils.parseaddr("Dee <dee@example.com>"), email.utils.getaddresses(["a@x, B <b@y>"]))
print(email.utils.formataddr(("Zoë", "zoe@example.com")), email.utils.quote('say "hi"'))
legacy = message_from_string("From: x@y\nTo: z@w\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Multi: a\nX-Multi: b\n\nbody line\n")
print(legacy["Subject"], legacy.get_all("X-Multi"), legacy.get_payload(), legacy.keys())
print(email.header.decode_header(legacy["Subject"]) if hasattr(email, "header") else None)
from email.header import decode_header, make_header
print(str(make_header(decode_header("=?iso-8859-1?q?p=F6stal?= code"))))
legacy.replace_header("To", "q@r")
del legacy["X-Multi"]
print(legacy.items())
try:
    msg["Subject"] = "dup"
except ValueError as e:
    print("ValueError:", e)
