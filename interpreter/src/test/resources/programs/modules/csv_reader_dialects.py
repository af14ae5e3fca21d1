# csv.reader: quoting, doubled quotes, escapechar, skipinitialspace, quotes inside fields,
# embedded newlines across lines, line_num, QUOTE_NONNUMERIC floats, QUOTE_NONE, custom
# delimiters and quotechars, registered dialects and Dialect subclasses, strict mode errors,
# field_size_limit, and csv.Error's messages.
import csv, io

def rows(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        return [(r.line_num, row) for row in r]
    except (csv.Error, ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)

print(rows(['a,b,c', '1,"two, three",4', '"say ""hi""",x,', '', ',,']))
print(rows(io.StringIO('name,notes\n"Ann","line one\nline two"\nBob,"ok"\n')))
print(rows(['a, b,  "c"'], skipinitialspace=True))
print(rows(['a\\,b,c\\\\d'], escapechar='\\'))
print(rows(['"a\\"b",c'], escapechar='\\', doublequote=False))
print(rows(['1,"2",3.5,x'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['1,2.5,-3e2'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['"a",b'], quoting=csv.QUOTE_NONE))
print(rows(["'a;b';c"], delimiter=';', quotechar="'"))
print(rows(['a\tb\t"c\td"'], dialect='excel-tab'))
print(rows(['a,"b"c'], strict=True), rows(['a,"b"c']))
print(rows(['a,"b'], strict=True), rows(['a,"b']))
print(rows(['a,b\rc']), rows([b'bytes']))

class Semicolons(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('semi', Semicolons)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(rows(['x;"y;z"'], dialect='semi'), rows(['p|q'], dialect='pipes'))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n', d.quoting, d.strict)
csv.unregister_dialect('pipes')
for bad in (lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes')):
    try:
        bad()
    except csv.Error as e:
        print("csv.Error", e)

class Incomplete(csv.Dialect):
    delimiter = ';'
try:
    Incomplete()
except csv.Error as e:
    print("csv.Error", e)

for kw in (dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar=''),
           dict(quotechar=1), dict(quoting=7), dict(quoting='a'), dict(lineterminator=None),
           dict(escapechar='ab'), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(foo=1),
           dict(dialect='nope')):
    try:
        print(kw, csv.reader([], **kw).dialect.quoting)
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__, e)
print(csv.reader([], quotechar=None).dialect.quoting)
old = csv.field_size_limit(5)
print(old, rows(['abcdef']), rows(['abcde']))
csv.field_size_limit(old)
print(csv.Error, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
