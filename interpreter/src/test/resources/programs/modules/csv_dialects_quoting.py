# Exchanging CSV files with other tools: writer/reader with each quoting mode, a custom dialect
# (delimiter, quotechar, escapechar, doublequote, lineterminator, skipinitialspace, strict),
# DictReader/DictWriter (restkey, restval, extrasaction), Sniffer, field_size_limit, and the
# csv.Error messages of bad rows and bad dialects.
import csv
import io

rows = [["id", "name", "note", "price"], [1, "Widget", 'says "hi"', 2.5], [2, "Gadget, large", "multi\nline", None], [3, "", " lead", -0.0]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=q).writerows(rows)
    print(q, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "plain"])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
csv.register_dialect("pipes", delimiter="|", quotechar="'", escapechar="\\", doublequote=False, lineterminator="\n", skipinitialspace=True)
print(sorted(n for n in csv.list_dialects() if n in ("excel", "excel-tab", "unix", "pipes")))
data = "id| name| note\n1| 'Ann | Lee'| it\\'s\n2|Bob|  plain \n"
for row in csv.reader(io.StringIO(data), "pipes"):
    print(row)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, repr(d.lineterminator), d.quoting, d.skipinitialspace, d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["x|y", "it's", 3])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)
text = 'name,qty,price\nbolt,10,0.25\nnut,5\nwasher,100,0.01,extra,more\n'
for row in csv.DictReader(io.StringIO(text), restkey="rest", restval="?"):
    print(dict(row))
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num, next(r), r.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "qty"], restval="0", extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerows([{"name": "a", "qty": 1, "junk": 9}, {"name": "b"}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
for bad in ['a,"b\n', 'a,"b"c\n', 'x\0y\n']:
    try:
        print(list(csv.reader(io.StringIO(bad), strict=True)))
    except csv.Error as e:
        print("csv.Error:", e)
print(list(csv.reader(io.StringIO('a,"b"c,d\n'))), list(csv.reader(['1,2', '', '3'])), list(csv.reader(io.StringIO(' "x" , y'), skipinitialspace=True)))
print(list(csv.reader(io.StringIO("1,2.5,'x'\n"), quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
try:
    list(csv.reader(io.StringIO("1,abc\n"), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
for kw in [{"delimiter": ""}, {"delimiter": "ab"}, {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"lineterminator": 5}, {"quoting": 9}]:
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sample = "a;b;c\n1;2;3\n4;5;6\n"
sn = csv.Sniffer()
dia = sn.sniff(sample)
print(dia.delimiter, repr(dia.quotechar), dia.skipinitialspace, sn.has_header(sample), sn.has_header("name,age\nann,31\nbob,25\n"))
old = csv.field_size_limit()
csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("csv.Error:", e)
print(csv.field_size_limit(old), csv.field_size_limit() == old)
