# csv.writer and the dict classes: minimal quoting of delimiters, quotes and line ends,
# QUOTE_ALL/NONNUMERIC/NONE, escapechar, doublequote=False, None and numbers, the single empty
# field, lineterminator, writerows; DictReader (header row, restkey, restval, blank lines,
# fieldnames given) and DictWriter (writeheader, restval, extrasaction) and their errors.
import csv, io

def written(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        return repr(out.getvalue())
    except (csv.Error, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)

sample = [['plain', 'with,comma', 'with "quote"', 'two\nlines', '', None, 3, 2.5, True]]
print(written(sample))
print(written(sample, quoting=csv.QUOTE_ALL))
print(written(sample, quoting=csv.QUOTE_NONNUMERIC))
print(written([['a', 'b c']], quoting=csv.QUOTE_NONE, delimiter=' ', escapechar='\\'))
print(written([['a,b']], quoting=csv.QUOTE_NONE))
print(written([['a"b\\c']], escapechar='\\'))
print(written([['a"b']], doublequote=False))
print(written([['a"b']], doublequote=False, escapechar='\\'))
print(written([[''], [None]]), written([['']], quoting=csv.QUOTE_NONE))
print(written([[], ['x']]), written([['a\rb', 'c']], lineterminator='\n'))
print(written([5]), written([['x']], dialect='unix'))
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
csv.writer(out, delimiter=';').writerows([[1, 2], ('a;b', 'c'), iter(['g', 'h'])])
print(repr(out.getvalue()))

data = "name,age,city\r\nAnn,30,Paris\r\n\r\nBob,25\r\nCid,40,Rome,extra,more\r\n"
reader = csv.DictReader(io.StringIO(data), restval='?')
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(reader.line_num, row)
for row in csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=['a', 'b'], delimiter=';', restkey='rest'):
    print(row)
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['name', 'note', 'n'], restval='-', lineterminator='\n')
writer.writeheader()
writer.writerow({'name': 'x, y', 'note': 'say "hi"', 'n': 1})
writer.writerows([{'name': 'only'}, {'n': 2.5, 'name': 'z'}])
print(out.getvalue(), end='')
try:
    writer.writerow({'name': 'a', 'bogus': 1})
except ValueError as e:
    print("ValueError", e)
quiet = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
quiet.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='maybe')
except ValueError as e:
    print("ValueError", e)
