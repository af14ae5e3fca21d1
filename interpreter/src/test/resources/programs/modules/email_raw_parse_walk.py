# Parsing a raw multipart message from bytes with policy.default: header objects (addresses,
# groups, dates, MIME parameters, MIME-Version, encoded words in q and b), walk, get_body,
# iter_attachments, iter_parts, get_content of text, bytes and message/rfc822 parts, defects, email.iterators.
from email import message_from_bytes, policy
from email.headerregistry import Address

RAW = b"""\
From: =?utf-8?b?SsO2cmcgTcO8bGxlcg==?= <joerg@example.de>
To: team: ann@example.com, "Bob, Jr." <bob@example.com>;, carol@example.net
Cc: Dave (the boss) <dave@example.org>
Subject: =?utf-8?q?Quarterly_r=C3=A9view?= and =?iso-8859-1?q?caf=E9?= notes
Date: Wed, 13 Mar 2024 16:45:10 +0530
Message-ID: <q1-review.42@example.de>
MIME-Version: 1.0 (built by hand)
Content-Type: multipart/mixed; boundary="outer"

This is the preamble.
--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello team,
the numbers are in: caf=C3=A9 sales up 12%.
--inner
Content-Type: text/html; charset="utf-8"

<p>Hello team,</p><p>caf\xc3\xa9 sales up <b>12%</b>.</p>
--inner--
--outer
Content-Type: text/csv; name="q1.csv"
Content-Disposition: attachment; filename="q1.csv"

region,sales
north,120
--outer
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.bin
Content-Transfer-Encoding: base64

AAECAwQF
--outer
Content-Type: message/rfc822

From: nested@example.com
Subject: forwarded

inner body
--outer--
epilogue text
"""

msg = message_from_bytes(RAW, policy=policy.default)
print(type(msg).__name__, msg.get_content_type(), msg.is_multipart(), repr(msg.preamble), repr(msg.epilogue))
frm = msg["From"]
print(repr(str(frm)), type(frm).__name__, frm.addresses[0].display_name, frm.addresses[0].username)
to = msg["To"]
print(str(to))
for g in to.groups:
    print("  group", repr(g.display_name), [str(a) for a in g.addresses])
print([a.addr_spec for a in to.addresses])
cc = msg["cc"]
print(cc.addresses, cc.addresses[0] == Address("Dave", "dave", "example.org"))
print(repr(str(msg["subject"])))
date = msg["date"]
print(date.datetime, date.datetime.utcoffset(), date.datetime.isoformat())
print(msg["MIME-Version"].version, msg["mime-version"].major, msg["mime-version"].minor)
ct = msg["content-type"]
print(ct.content_type, ct.maintype, ct.subtype, dict(ct.params))
print(msg["message-id"], msg.get("X-Nothing"), msg.get_all("Received"))
print(len(msg), msg.keys())

for part in msg.walk():
    print(" ", part.get_content_type(), part.get_content_disposition(), part.get_filename(),
          part.get_content_charset(), part.is_attachment())

body = msg.get_body()
print("body:", body.get_content_type())
print(repr(msg.get_body(("plain",)).get_content()))
print(repr(msg.get_body(("html", "plain")).get_content()))
for att in msg.iter_attachments():
    content = att.get_content()
    kind = type(content).__name__
    if kind == "EmailMessage":
        print("attachment message:", content["subject"], repr(content.get_content()))
    else:
        print("attachment:", att.get_filename(), kind, content)
print([p.get_content_type() for p in msg.iter_parts()])
alt = next(msg.iter_parts())
print([p.get_content_type() for p in alt.iter_attachments()], alt.get_body(("plain",)).get_content_type())
print(msg.defects, msg["to"].defects)
from email.iterators import _structure, body_line_iterator, typed_subpart_iterator
_structure(msg)
_structure(msg, include_default=True, level=1)
print([p.get_content_subtype() for p in typed_subpart_iterator(msg)], list(typed_subpart_iterator(msg, "text", "csv"))[0].get_filename())
print(list(body_line_iterator(msg))[:3], len(list(body_line_iterator(msg, decode=True))))
