# csv on seeded random text: what the reader makes of random lines under several dialects
# (including its errors), what the writer writes for random rows, and that reading back what
# was written gives the rows again.
import csv, io, random

rng = random.Random(4242)
alphabet = ['a', 'b', ',', '"', '\\', ' ', '\n', '\r', '\t', "'", '1', '.']
dialects = [{}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'},
            {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'skipinitialspace': True},
            {'strict': True}, {'delimiter': '\t'}, {'quotechar': "'"},
            {'quoting': csv.QUOTE_ALL}, {'lineterminator': '\n'}, {'quoting': csv.QUOTE_NONE}]

def attempt(f):
    try:
        return repr(f())
    except (csv.Error, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)

for trial in range(120):
    lines = [''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
             for _ in range(rng.randint(1, 3))]
    kw = rng.choice(dialects)
    print(trial, kw, repr(lines), attempt(lambda: list(csv.reader(lines, **kw))))
for trial in range(80):
    row = [''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
           for _ in range(rng.randint(1, 4))]
    kw = rng.choice(dialects)
    out = io.StringIO()
    text = attempt(lambda: csv.writer(out, **kw).writerow(row) and out.getvalue())
    back = attempt(lambda: list(csv.reader(io.StringIO(out.getvalue(), newline=''), **kw)))
    print(trial, kw, repr(row), text, back)
