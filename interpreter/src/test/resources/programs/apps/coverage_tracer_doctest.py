# A whole application: a line-coverage tool and a call profiler for a small library compiled from
# source text: sys.settrace records the lines each call runs (call/line/return/exception events),
# the report annotates the source with hit counts and lists missed lines (from the code objects'
# co_lines), sys.setprofile builds a call graph with call counts (C calls included), and the
# library's docstring examples run under doctest with one failing example reported.
import doctest
import sys
import types
from collections import Counter, defaultdict

LIBRARY = '''
"""Small text utilities.

>>> slugify("Hello, World!")
'hello-world'
"""


def slugify(text, sep="-"):
    """Lower-case words joined by sep.

    >>> slugify("  A  B ")
    'a-b'
    >>> slugify("x", sep="_")
    'x'
    """
    words = []
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch.lower()
        elif word:
            words.append(word)
            word = ""
    if word:
        words.append(word)
    return sep.join(words)


def wrap(text, width):
    """Greedy wrapping.

    >>> wrap("aaa bb c", 4)
    ['aaa', 'bb c']
    >>> wrap("toolongword", 3)
    ['toolongword']
    >>> wrap("", 5)
    []
    """
    lines, current = [], ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def parse_int(text, default=None):
    """Parse or fall back.

    >>> parse_int("42")
    42
    >>> parse_int("x", default=0)
    0
    >>> parse_int("7") + 1
    9
    """
    try:
        return int(text)
    except ValueError:
        if default is None:
            raise
        return default


class Counter2:
    """Counts things.

    >>> c = Counter2()
    >>> c.add("a"); c.add("a"); c.top()
    ('a', 2)
    """

    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1

    def top(self):
        if not self.counts:
            return None
        return max(self.counts.items(), key=lambda kv: kv[1])


def never_called():
    return "dead code"
'''

mod = types.ModuleType("textutil")
mod.__file__ = "textutil.py"
code = compile(LIBRARY, "textutil.py", "exec")
exec(code, mod.__dict__)
sys.modules["textutil"] = mod


class Coverage:
    def __init__(self, filename):
        self.filename = filename
        self.hits = Counter()
        self.events = Counter()
        self.exceptions = []

    def tracer(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        self.events[event] += 1
        if event == "line":
            self.hits[frame.f_lineno] += 1
        elif event == "exception":
            self.exceptions.append((frame.f_code.co_name, arg[0].__name__, frame.f_lineno))
        return self.tracer

    def __enter__(self):
        sys.settrace(self.tracer)
        return self

    def __exit__(self, *exc):
        sys.settrace(None)
        return False


def executable_lines(code):
    lines = set()
    stack = [code]
    while stack:
        co = stack.pop()
        for _, _, line in co.co_lines():
            if line is not None and line != co.co_firstlineno:
                lines.add(line)
        stack.extend(c for c in co.co_consts if isinstance(c, types.CodeType))
    return lines


with Coverage("textutil.py") as cov:
    mod.slugify("  Hello,   brave new   World!! ")
    mod.wrap("the quick brown fox jumps over the lazy dog", 10)
    mod.parse_int("12")
    mod.parse_int("zz", default=-1)
    try:
        mod.parse_int("zz")
    except ValueError:
        pass
    c = mod.Counter2()
    for k in "abcab":
        c.add(k)
    c.top()

possible = executable_lines(code)
src_lines = LIBRARY.splitlines()
print("events:", sorted(cov.events.items()))
print("exceptions seen:", cov.exceptions)
print("executable lines:", len(possible), "hit:", len(possible & set(cov.hits)), f"coverage {len(possible & set(cov.hits)) / len(possible):.1%}")
print("missed:", sorted(possible - set(cov.hits)))
for n in range(17, 31):
    mark = f"{cov.hits[n]:>4}" if n in cov.hits else (">>>>" if n in possible else "    ")
    print(f"{mark} {n:3d}  {src_lines[n - 1]}")

calls = Counter()
edges = Counter()
stack = ["<top>"]


def profiler(frame, event, arg):
    if event == "call":
        name = frame.f_code.co_name
        calls[name] += 1
        edges[stack[-1], name] += 1
        stack.append(name)
    elif event == "return":
        if len(stack) > 1:
            stack.pop()
    elif event == "c_call":
        calls["C:" + arg.__name__] += 1


sys.setprofile(profiler)
mod.wrap(mod.slugify("One two three four five six seven", sep=" "), 12)
sorted(["b", "a"], key=mod.slugify)
sys.setprofile(None)
print("calls:", sorted(calls.items()))
print("edges:", sorted((a, b, n) for (a, b), n in edges.items()))
print("trace/profile now:", sys.gettrace(), sys.getprofile())

finder = doctest.DocTestFinder()
tests = finder.find(mod)
print("doctests:", sorted((t.name, len(t.examples)) for t in tests))
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.ELLIPSIS)
out = []
for t in sorted(tests, key=lambda t: t.name):
    runner.run(t, out=out.append)
report = "".join(out)
print(report.replace("\n\n", "\n"))
print(runner.summarize(verbose=False))
results = doctest.testmod(mod, verbose=False, report=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("testmod:", results, type(results).__name__)
ex = doctest.Example("1 + 1\n", "2\n")
print(ex.source.strip(), ex.want.strip(), ex.lineno, doctest.OutputChecker().check_output("[1, ...]\n", "[1, 2, 3]\n", doctest.ELLIPSIS))
parser = doctest.DocTestParser()
parts = parser.parse(">>> x = 5\n>>> x * 2\n10\ntext\n")
print([type(p).__name__ if not isinstance(p, str) else repr(p) for p in parts])
