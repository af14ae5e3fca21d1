# The email package's older API next to the new one: MIMEMultipart/MIMEText/MIMEApplication/
# MIMEImage-free parts under compat32, Header with charsets and folding, make_header and
# decode_header round trips, email.utils address and date helpers, message_from_string with
# the default policy versus compat32 (str headers versus header objects), as_string with
# maxheaderlen, get_payload(decode=True) for quoted-printable and base64, and set_boundary.
import email
from email import policy
from email.header import Header, decode_header, make_header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email.utils as eu

outer = MIMEMultipart("mixed", boundary="BOUNDARY-1")
outer["Subject"] = Header("Grüße aus München – Bericht", "utf-8")
outer["From"] = eu.formataddr(("Jürgen Groß", "jg@example.de"))
outer["To"] = "a@example.com, b@example.com"
outer.preamble = "MIME message follows."
outer.attach(MIMEText("Plain body with ümlauts\n", "plain", "utf-8"))
outer.attach(MIMEText("ascii only\n", "plain"))
outer.attach(MIMEText("<p>qp body é</p>\n", "html", "iso-8859-1"))
outer.attach(MIMEApplication(b"\x00\x01binary", Name="blob.bin"))
text = outer.as_string()
print(text)
print(type(outer["Subject"]).__name__, str(outer["Subject"]))
print(decode_header(str(outer["Subject"])))
print(str(make_header(decode_header(str(outer["Subject"])))))
h = Header("A very long subject line that will be folded by the header class because it is long", header_name="Subject")
print(h.encode())
h2 = Header()
h2.append("Preis: ", "us-ascii")
h2.append("10 €", "utf-8")
print(h2.encode(), "|", str(h2))

compat = email.message_from_string(text)
modern = email.message_from_string(text, policy=policy.default)
print(type(compat["subject"]).__name__, repr(compat["subject"][:30]))
print(type(modern["subject"]).__name__, repr(str(modern["subject"])))
print(compat.get_boundary(), [p.get_content_type() for p in compat.walk()])
for part in compat.walk():
    if not part.is_multipart():
        print(part.get("Content-Transfer-Encoding"), part.get_content_charset(), part.get_payload(decode=True))
print(modern["from"].addresses[0].display_name, eu.parseaddr(compat["from"]))
compat.set_boundary("NEW-BOUNDARY")
print(compat["Content-Type"], compat.as_string().count("--NEW-BOUNDARY"))
print(outer.as_string(maxheaderlen=40).split("\n\n")[0])
print(eu.parsedate_tz("Fri, 09 Nov 2001 01:08:47 -0000"), eu.mktime_tz(eu.parsedate_tz("Fri, 09 Nov 2001 01:08:47 -0000")))
print(eu.formatdate(1700000000, usegmt=True), eu.format_datetime(eu.parsedate_to_datetime("Mon, 20 Nov 2023 22:13:20 +0100")))
print(eu.getaddresses(['"Doe, J." <j@x.org>, Roe <r@y.org>', "undisclosed-recipients:;"]))
print(eu.quote('a "b" \\c'), eu.unquote('"quoted"'), eu.unquote("<angle>"), eu.collapse_rfc2231_value(("utf-8", "", "caf\xc3\xa9")))
print(eu.encode_rfc2231("café", "utf-8"), eu.decode_rfc2231("utf-8''caf%C3%A9"))
