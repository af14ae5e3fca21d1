# Building a message with multipart/related inside multipart/alternative (an inline image
# referenced by Content-ID), forwarding a message as a message/rfc822 attachment, writing it
# with as_bytes (BytesGenerator, CRLF under policy.SMTP) and parsing it back: get_body's
# preference order, iter_attachments, set_content's cte choices (7bit, 8bit, quoted-printable,
# base64), make_mixed errors and clear_content.
import random
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import make_msgid

random.seed(11)

original = EmailMessage()
original["From"] = "ops@example.com"
original["To"] = "lead@example.com"
original["Subject"] = "Disk usage alert"
original.set_content("Disk /var is 91% full.\n")

msg = EmailMessage()
msg["From"] = "Lead <lead@example.com>"
msg["To"] = "Team <team@example.com>"
msg["Subject"] = "Fwd: Disk usage alert"
cid = "<chart-1@example.com>"
msg.set_content("See the chart and the forwarded alert.\n")
msg.add_alternative('<html><body><p>See the chart:</p><img src="cid:chart-1@example.com"></body></html>\n',
                    subtype="html")
html_part = msg.get_payload()[1]
html_part.add_related(b"\x89PNG\r\n\x1a\nfakeimage", maintype="image", subtype="png", cid=cid)
msg.add_attachment(original)
print([p.get_content_type() for p in msg.walk()])
print(msg.get_body().get_content_type(), msg.get_body(("html", "plain")).get_content_type(),
      msg.get_body(("plain",)).get_content_type())

raw = msg.as_bytes(policy=policy.SMTP)
print(raw.count(b"\r\n") > 30, b"\n" not in raw.replace(b"\r\n", b""))
back = BytesParser(policy=policy.default).parsebytes(raw)
print([p.get_content_type() for p in back.walk()])
related = back.get_body()
print(related.get_content_type(), [p.get_content_type() for p in related.iter_parts()])
img = [p for p in related.iter_parts() if p.get_content_maintype() == "image"][0]
print(img["Content-ID"], img.get_content_disposition(), img.get_content()[:4])
for att in back.iter_attachments():
    inner = att.get_content()
    print(att.get_content_type(), inner["subject"], repr(inner.get_content()))
print(repr(back.get_body(("plain",)).get_content()))

def cte_of(text, **kw):
    m = EmailMessage()
    m.set_content(text, **kw)
    return m["Content-Transfer-Encoding"], m.get_payload()[:60]

print(cte_of("plain ascii\n"))
print(cte_of("naïve text\n"))
print(cte_of("x" * 100 + "\n"))
print(cte_of("é" * 100 + "\n"))
print(cte_of("mostly ascii with one é but a very long line " * 3 + "\n"))
print(cte_of("forced\n", cte="quoted-printable"))
print(cte_of("forced é\n", cte="base64"))
print(cte_of("latin\n", charset="iso-8859-1", subtype="markdown"))
try:
    cte_of("bad", cte="rot13")
except ValueError as e:
    print("ValueError:", e)
try:
    EmailMessage().set_content(b"bytes without type")
except TypeError as e:
    print("TypeError:", e)
try:
    msg.make_alternative()
except ValueError as e:
    print("ValueError:", e)
m = EmailMessage()
m.set_content("x", disposition="inline", filename="x.txt", params={"format": "flowed"}, headers=["X-Tag: one"])
print(m.items())
m.clear_content()
print(m.items(), m.get_payload())
