# csv.Sniffer: the dialect sniffed from quoted fields (quote, delimiter, doubled quotes, spaces after the
# delimiter) or from per-line character counts (the preferred list on ties), has_header's column vote, errors.
import csv, io
samples = ["a,b,c\n1,2,3\n4,5,6\n", "name;age;city\nAnn;30;Paris\nBob;25;Rome\n", 'x\ty\n"a b"\t2\n"c"\t3\n',
           'id, "name", "note"\n1, "Ann", "hi"\n2, "Bob", "yo"\n', "a|b|c\n1|2|3\n", 'title,year\n"Say ""hi""",2001\n"Plain",1999\n',
           "one two three\nfour five six\n", "k:v\nx:1\ny:2\n", "a,b;c\n1,2;3\n4,5;6\n", "'a','b'\n'c','d'\n",
           "h1,h2\n1,2\n3,4\nfoo,bar\n", "12,34\n56,78\n", "name,score\nann,12\nbob,7\n"]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == "\r\n", d.quoting, d._name if hasattr(d, "_name") else "")
        print("   rows:", list(csv.reader(io.StringIO(s), d))[:2], csv.Sniffer().has_header(s))
    except csv.Error as e: print("Error:", e)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter, csv.Sniffer().preferred)
try: csv.Sniffer().sniff("abc\ndef\n")
except csv.Error as e: print("Error:", e)
try: csv.Sniffer().sniff("")
except csv.Error as e: print("Error:", e)
