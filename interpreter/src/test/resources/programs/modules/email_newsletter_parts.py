# A newsletter assembled with EmailMessage's add_alternative/add_attachment/add_related (the multipart conversions and their errors) and read back through the compat32 parser: walk, payloads, parameters
import email
from email.message import EmailMessage

msg = EmailMessage()
msg["From"] = "news@example.com"
msg["To"] = "reader@example.org"
msg["Subject"] = "Monthly news"
msg.set_content("Plain text edition.\n")
print(msg.get_content_type(), msg["MIME-Version"], msg.is_multipart())
msg.add_alternative("<p>HTML edition</p>\n", subtype="html")
print(msg.get_content_type(), [p.get_content_type() for p in msg.iter_parts()])
msg.add_attachment(b"\x89PNG fake", maintype="image", subtype="png", filename="logo.png")
print(msg.get_content_type(), [p.get_content_type() for p in msg.iter_parts()])
print([(p.get_content_type(), p.get("Content-Disposition"), p.get("MIME-Version")) for p in msg.walk()])
try:
    msg.make_alternative()
except ValueError as e:
    print("ValueError:", e)
try:
    msg.make_related()
except ValueError as e:
    print("ValueError:", e)
text = msg.as_string()
boundaries = [line for line in text.splitlines() if line.startswith("--")]
print(len(boundaries), "boundary lines")
parsed = email.message_from_string(text)
for part in parsed.walk():
    payload = part.get_payload(decode=True)
    print(part.get_content_type(), part.get_filename(), part.get_param("charset"),
          None if payload is None else payload[:20])
print([a.get_filename() for a in msg.iter_attachments()])
body = msg.get_body(("html", "plain"))
print(body.get_content_type(), repr(body.get_content()))
page = EmailMessage()
page.set_content("<img src='cid:logo'>", subtype="html")
page.add_related(b"GIF89a", maintype="image", subtype="gif", cid="<logo>")
print(page.get_content_type(), [(p.get_content_type(), p.get("Content-Disposition"), p.get("Content-ID")) for p in page.iter_parts()])
empty = EmailMessage()
empty.make_mixed(boundary="XYZ")
print(empty["Content-Type"], empty.get_payload())
empty.clear_content()
print(empty.keys())
