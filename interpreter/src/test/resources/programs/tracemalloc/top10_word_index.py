# A tracemalloc "top 10" report of a small application: an inverted word index built
# from generated text, grouped by line and by filename.
import tracemalloc
import linecache

tracemalloc.start()

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()

def make_documents(n):
    docs = []
    for i in range(n):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(20)]
        docs.append(" ".join(words))
    return docs

def build_index(docs):
    index = {}
    for doc_id, text in enumerate(docs):
        for position, word in enumerate(text.split()):
            index.setdefault(word, []).append((doc_id, position))
    return index

docs = make_documents(300)
index = build_index(docs)
snapshot = tracemalloc.take_snapshot()
snapshot = snapshot.filter_traces((
    tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
    tracemalloc.Filter(False, tracemalloc.__file__),
    tracemalloc.Filter(False, linecache.__file__),
))
top = snapshot.statistics("lineno")
print("Top 5 lines")
for stat in top[:5]:
    frame = stat.traceback[0]
    line = linecache.getline(frame.filename, frame.lineno).strip()
    print(f"  line {frame.lineno}: {stat.count} blocks {line}")
files = snapshot.statistics("filename")
print("files:", len(files), files[0].traceback[0].filename.endswith(".py"))
print("index words:", len(index), "postings:", sum(len(v) for v in index.values()))
total = sum(stat.size for stat in top)
print("total equals traced:", total == sum(t.size for t in snapshot.traces))
tracemalloc.stop()
