# email.utils and email.header: addresses parsed and formatted (quoting, comments, groups,
# encoded names), RFC 5322 dates both ways (parsedate, parsedate_tz with zone names and
# offsets, two-digit years, parsedate_to_datetime, formatdate with usegmt, format_datetime),
# quote/unquote, RFC 2231 parameters, make_msgid's shape; decode_header, make_header and Header
# (chunks in several charsets, str(), encode() folding ASCII and encoded words).
import datetime
import email.utils as u
from email.charset import Charset
from email.header import Header, decode_header, make_header

for addr in ['Joe Q. Public <joe@example.org>', 'joe@example.org (Joe)', '"Doe, Jane" <jd@x.com>',
             'bare', '', '<only@angle>', 'A <a@b>, B <b@c>', 'x @ y . z']:
    print(repr(addr), u.parseaddr(addr))
print(u.getaddresses(['A <a@b>, b@c', 'Group: x@y, z@w;', '"Q, R" <q@r>']))
for pair in [('Doe, Jane', 'jd@x.com'), ('Jé', 'j@x.com'), ('', 'j@x.com'), ('say "hi"', 'h@x'),
             ('plain name', 'p@x')]:
    print(u.formataddr(pair))
try:
    u.formataddr(('x', 'jé@x.com'))
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)

for date in ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 95 19:12 GMT', 'Tue, 3 Jun 2008 11:05:30 GMT',
             '1 Jan 2000 00:00 EST', 'Wed, 01-Jan-70 00:00:00 PST', '5 May 2024 10:00:00 +0530',
             'Thu, 1 Feb 2024 08:30:00 -0000', 'garbage', '', 'Mon, 20 Nov 1995']:
    print(repr(date), u.parsedate(date), u.parsedate_tz(date))
print(u.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'))
print(u.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0000'))
try:
    u.parsedate_to_datetime('nope')
except ValueError as e:
    print(e)
print(u.mktime_tz(u.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(u.formatdate(0), u.formatdate(946728000, usegmt=True), u.formatdate(1e9))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5)))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc), usegmt=True))
print(u.format_datetime(datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))))
try:
    u.format_datetime(datetime.datetime(2020, 1, 2), usegmt=True)
except ValueError as e:
    print(e)
print(u.quote('a"b\\c'), u.unquote('"a\\"b"'), u.unquote('<x>'), u.unquote('x'))
print(u.encode_rfc2231('naïve file.txt', 'utf-8', 'en'), u.encode_rfc2231('plain'))
print(u.decode_rfc2231("utf-8'en'na%C3%AFve"), u.decode_rfc2231('plain'))
print(u.collapse_rfc2231_value(('utf-8', 'en', 'na\xc3\xafve')), u.collapse_rfc2231_value('"q"'))
msgid = u.make_msgid('tag', domain='example.com')
print(msgid.startswith('<'), msgid.endswith('.tag@example.com>'), msgid.count('.'))

for value in ['=?utf-8?q?h=C3=A9llo?= world', 'plain text', '=?utf-8?b?aMOpbGxv?= =?utf-8?q?x?= tail',
              'a =?iso-8859-1?q?p=E9?= b', '=?UTF-8?Q?a_b?=']:
    parts = decode_header(value)
    print(parts, str(make_header(parts)))
h = Header('abc')
h.append('héllo', 'utf-8')
h.append(' x')
print(repr(str(h)), h.encode(), h == 'abc héllo x')
print(Header('héllo wörld', 'utf-8').encode(), Header('abc').encode(), str(Header('héllo', 'utf-8')))
print(Header('pur ascii', 'iso-8859-1').encode(), Header('ça', 'iso-8859-1').encode())
print(repr(Header('x' * 100, header_name='Subject').encode()))
print(repr(Header('word ' * 30, header_name='Subject').encode()))
print(repr(Header('é' * 60, 'utf-8', header_name='Subject').encode()))
print(repr(Header('line one\n two', header_name='X').encode()))
for name in ['utf-8', 'us-ascii', 'latin-1', 'ISO-8859-1', 'ascii']:
    cs = Charset(name)
    print(name, str(cs), cs.header_encoding, cs.body_encoding, cs.get_output_charset(),
          cs.get_body_encoding() if isinstance(cs.get_body_encoding(), str) else cs.get_body_encoding().__name__,
          cs.header_encode('ça'.encode('latin-1').decode('latin-1')) if name != 'us-ascii' and name != 'ascii' else '-')
print(Charset('utf-8') == 'UTF-8', Charset('utf-8').body_encode('é\n'), repr(Charset('latin-1').body_encode('ça va\n')))
