# stringprep (RFC 3454, bound to Unicode 3.2): every table's verdict over every 13th code point of
# the BMP and a sample of the other planes, as runs of the code points each table holds (A.1's
# unassigned characters of 3.2, B.1, the B.2/B.3 case foldings as digests, C.1 to C.9, D.1/D.2's
# bidi classes of 3.2), the characters whose 3.2 properties differ from 14.0's, and nameprep as
# the idna codec applies it (socket's host names through the codec).
import socket
import stringprep
import zlib

TABLES = sorted(n for n in dir(stringprep) if n.startswith('in_table_'))
POINTS = [p for p in range(0, 0x10000, 13)] + [p for p in range(0x10000, 0x110000, 997)]
POINTS += [0xAD, 0x34F, 0x1806, 0x180E, 0x200B, 0x2060, 0xFEFF, 0xFE0F, 0x221, 0x3400, 0x4DB5,
           0x4DB6, 0xFDD0, 0xFDEF, 0xFFFE, 0x1FFFF, 0x1D173, 0xE0001, 0xE0020, 0x2FF0, 0x2FFB, 0x340,
           0x202A, 0x05D0, 0x0627, 0x0660, 0xD800, 0xDFFF, 0xE000, 0xF8FF, 0x10FFFD, 0x2F868, 0x1D7BB]
for name in TABLES:
    table = getattr(stringprep, name)
    runs = []
    for p in sorted(set(POINTS)):
        if p >= 0xD800 and p <= 0xDFFF and name not in ('in_table_c5', 'in_table_a1'):
            continue
        if table(chr(p)):
            if runs and runs[-1][1] == p - 1:
                runs[-1][1] = p
            else:
                runs.append([p, p])
    text = ' '.join('%X' % a if a == b else '%X-%X' % (a, b) for a, b in runs)
    print(name, len(runs), '%08x' % zlib.crc32(text.encode()), text[:160])

for name in ('map_table_b2', 'map_table_b3'):
    table = getattr(stringprep, name)
    changed = [p for p in POINTS if not 0xD800 <= p <= 0xDFFF and table(chr(p)) != chr(p)]
    mapped = ''.join(table(chr(p)) for p in changed)
    print(name, len(changed), '%08x' % zlib.crc32(mapped.encode('utf-8', 'surrogatepass')))
for c in 'ÄßǰΐΣﬁ\u1e9e\u2126\u212b\u3371\u33c6\U0001d400\u0130\u1fb3\u2160':
    print(ascii(c), ascii(stringprep.map_table_b3(c)), ascii(stringprep.map_table_b2(c)))

ucd = stringprep.unicodedata
print(ucd.unidata_version, ucd.category('\u0221'), ucd.category('\u200b'), ucd.category('\u180e'),
      ucd.bidirectional('\u05d0'), ucd.bidirectional('\u0221'), ascii(ucd.normalize('NFKC', '\u2f868\ufb01\u0221')))
for c in '\u200b\u180e\u0221\U0002f868\u1dc4':
    print('%04X' % ord(c), stringprep.in_table_a1(c), stringprep.in_table_c12(c), stringprep.in_table_c22(c),
          stringprep.in_table_d1(c), stringprep.in_table_d2(c))

for host in ['bücher.invalid', 'a..invalid', 'x' * 64 + '.invalid', 'ﬁ.invalid', '\u0627\u0628.invalid']:
    try:
        socket.getaddrinfo(host, 80)
        print(host, 'resolved')
    except socket.gaierror as e:
        print(ascii(host), 'gaierror', e.errno)
    except UnicodeError as e:
        print(ascii(host), 'UnicodeError', e)
