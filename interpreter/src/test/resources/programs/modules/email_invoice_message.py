# An invoice e-mail built with email.message.EmailMessage (alternatives, an attachment, headers) and parsed back: walk, get_content, addresses, dates, the policy's line lengths
import email
import email.policy
import email.utils
from email.message import EmailMessage
from email.parser import BytesParser

msg = EmailMessage()
msg["From"] = email.utils.formataddr(("Billing Dept", "billing@example.com"))
msg["To"] = "Ann Smith <ann@example.org>, bob@example.net"
msg["Subject"] = "Invoice #2024-117 — payment due"
msg["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Tue, 05 Mar 2024 10:00:00 +0100"))
msg["Message-ID"] = "<inv-117@example.com>"
msg.set_content("Dear customer,\n\nPlease find the invoice attached.\nTotal: 1,234.50 EUR\n")
msg.add_alternative("<p>Dear customer,</p><p>Total: <b>1,234.50 EUR</b></p>", subtype="html")
msg.add_attachment("item,qty\nwidget,3\n".encode(), maintype="text", subtype="csv", filename="invoice.csv")
print(msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()))
raw = msg.as_bytes()
print(raw.count(b"\n") > 20, b"Content-Disposition: attachment" in raw)
back = BytesParser(policy=email.policy.default).parsebytes(raw)
print("subject:", back["subject"])
print("to:", [(a.display_name, a.addr_spec) for a in back["to"].addresses])
print("from:", email.utils.parseaddr(str(back["from"])))
print("date:", back["date"].datetime.isoformat())
for part in back.walk():
    print(" ", part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.get_content_charset())
body = back.get_body(preferencelist=("plain",))
print(repr(body.get_content()))
print(back.get_body(preferencelist=("html",)).get_content().strip())
for att in back.iter_attachments():
    print("attachment:", att.get_filename(), att.get_content())
legacy = email.message_from_string("From: x@y\nSubject: =?utf-8?q?caf=C3=A9?=\nContent-Type: text/plain\n\nbody line\n")
print(legacy["Subject"], email.header.decode_header(legacy["Subject"]), legacy.get_payload())
print(email.utils.getaddresses(["a@b.c, \"Last, First\" <f@l.org>"]), email.utils.quote('say "hi"'))
print(email.utils.formatdate(0, usegmt=True), email.utils.parsedate_tz("Mon, 1 Jan 2024 00:00:00 -0500"))
print(msg["subject"], "|", msg.get("X-Missing", "none"), "|", msg.get_all("To"))
del msg["Subject"]
msg["Subject"] = "changed"
print(msg.keys())
try:
    msg.set_content("again")
    msg["X-Bad"] = "line1\nline2"
except ValueError as e:
    print("ValueError:", e)
