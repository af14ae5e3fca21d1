# How EmailPolicy folds headers on output: long unstructured text split at spaces, a header
# moved to the next line when it fits there, non-ASCII words as UTF-8 encoded words (merged
# when close), address lists folded between addresses, long MIME parameters as RFC 2231
# sections, max_line_length, utf8, refold_source, and parsed headers written back unchanged.
from email import policy
from email.message import EmailMessage
from email.parser import Parser
from email.headerregistry import Address
import random

random.seed(7)  # the generator's multipart boundaries come from random

def show(text):
    for line in text.splitlines():
        if not line:
            break
        print("|" + line)

msg = EmailMessage()
msg["Subject"] = "Status of the migration: all services moved except the reporting cluster and the archive"
msg["X-One-Long"] = "x" * 75
msg["X-Words"] = "Prêt à porter, déjà vu, naïve café and a plain tail of ordinary words to fold at the end"
msg["To"] = [Address("Ånne Øster", "anne", "example.no"), Address("Ben", "ben", "example.com"),
             Address("Carla Longname-Withhyphen", "carla.longname", "subdomain.example.org"),
             "dave@example.net"]
msg["Cc"] = '"Smith, John" <js@example.com>, "Ünal, Ece" <ece@example.com.tr>'
msg["Message-ID"] = "<20240313.1234567890.abcdefghij.klmnopqrst.uvwxyz@mail.example.com>"
msg["References"] = " ".join("<ref%d@example.com>" % i for i in range(6))
msg.set_content("body\n")
msg.add_attachment(b"data", maintype="application", subtype="pdf",
                   filename="Quarterly report for the board of directors, final version (2).pdf")
msg.add_attachment(b"data", maintype="application", subtype="pdf", filename="Übersicht über alle Änderungen.pdf")
show(msg.as_string())
for part in msg.iter_attachments():
    show(part.as_string())
    print(part.get_filename())

narrow = policy.default.clone(max_line_length=40)
print("-- 40 columns")
show(msg.as_string(policy=narrow))
print("-- utf8")
show(msg.as_string(policy=policy.SMTPUTF8).replace("\r\n", "\n"))
print("-- no limit")
show(msg.as_string(policy=policy.default.clone(max_line_length=None)))

raw = ("Subject: a parsed subject that is kept exactly as it came even though\n"
       " it was folded by someone else\n"
       "X-Short: keep   these    spaces\n"
       "X-Long: " + "word " * 20 + "\n\nbody\n")
parsed = Parser(policy=policy.default).parsestr(raw)
print(repr(parsed["subject"]), repr(parsed["x-short"]))
show(parsed.as_string())
print("-- refold all")
show(parsed.as_string(policy=policy.default.clone(refold_source="all")))
print("-- refold none")
show(parsed.as_string(policy=policy.default.clone(refold_source="none")))
