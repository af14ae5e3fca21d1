# A whole application: a line-based text editor buffer with the command pattern: insert, delete,
# replace-all (re), indent and join commands as classes with do/undo, an undo/redo history with
# grouping (a context manager), snapshots through copy.deepcopy and a memento, marks kept as
# weakrefs to line objects, a diff of versions with difflib, and searching with re flags.
import copy
import difflib
import re
import textwrap
import weakref
from abc import ABC, abstractmethod
from contextlib import contextmanager


class Line:
    __slots__ = ("text", "__weakref__")

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Line({self.text!r})"

    def __eq__(self, other):
        return isinstance(other, Line) and other.text == self.text

    __hash__ = None


class Command(ABC):
    @abstractmethod
    def do(self, buf): ...

    @abstractmethod
    def undo(self, buf): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    def __init__(self, at, texts):
        self.at, self.texts = at, list(texts)

    def do(self, buf):
        buf.lines[self.at:self.at] = [Line(t) for t in self.texts]

    def undo(self, buf):
        del buf.lines[self.at:self.at + len(self.texts)]


class Delete(Command):
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
        self._saved = None

    def do(self, buf):
        if not 0 <= self.start < self.stop <= len(buf.lines):
            raise IndexError(f"cannot delete lines {self.start}:{self.stop} of {len(buf.lines)}")
        self._saved = buf.lines[self.start:self.stop]
        del buf.lines[self.start:self.stop]

    def undo(self, buf):
        buf.lines[self.start:self.start] = self._saved


class ReplaceAll(Command):
    def __init__(self, pattern, repl, flags=0):
        self.pattern, self.repl, self.flags = pattern, repl, flags
        self._before = []

    def do(self, buf):
        rx = re.compile(self.pattern, self.flags)
        self._before = []
        for i, line in enumerate(buf.lines):
            new, n = rx.subn(self.repl, line.text)
            if n:
                self._before.append((i, line.text))
                line.text = new
        return len(self._before)

    def undo(self, buf):
        for i, text in self._before:
            buf.lines[i].text = text


class Indent(Command):
    def __init__(self, start, stop, width=4):
        self.start, self.stop, self.width = start, stop, width

    def do(self, buf):
        for line in buf.lines[self.start:self.stop]:
            line.text = " " * self.width + line.text

    def undo(self, buf):
        for line in buf.lines[self.start:self.stop]:
            line.text = line.text[self.width:]


class Join(Command):
    def __init__(self, at):
        self.at = at
        self._second = None

    def do(self, buf):
        first, self._second = buf.lines[self.at], buf.lines.pop(self.at + 1)
        self._first_text = first.text
        first.text = first.text.rstrip() + " " + self._second.text.lstrip()

    def undo(self, buf):
        buf.lines[self.at].text = self._first_text
        buf.lines.insert(self.at + 1, self._second)


class Group(Command):
    def __init__(self, name):
        self.name, self.commands = name, []

    def do(self, buf):
        for c in self.commands:
            c.do(buf)

    def undo(self, buf):
        for c in reversed(self.commands):
            c.undo(buf)

    def __repr__(self):
        return f"Group({self.name!r}, {len(self.commands)} commands)"


class Buffer:
    def __init__(self, text=""):
        self.lines = [Line(t) for t in text.splitlines()]
        self.undo_stack, self.redo_stack = [], []
        self.marks = {}
        self._group = None

    def run(self, cmd):
        result = cmd.do(self)
        if self._group is not None:
            self._group.commands.append(cmd)
        else:
            self.undo_stack.append(cmd)
            self.redo_stack.clear()
        return result

    @contextmanager
    def group(self, name):
        self._group = Group(name)
        try:
            yield self._group
        except Exception:
            self._group.undo(self)
            self._group = None
            raise
        else:
            g, self._group = self._group, None
            self.undo_stack.append(g)
            self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            return None
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return cmd

    def redo(self):
        if not self.redo_stack:
            return None
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return cmd

    def mark(self, name, index):
        self.marks[name] = weakref.ref(self.lines[index])

    def where(self, name):
        line = self.marks[name]()
        if line is None:
            return None
        return next((i for i, l in enumerate(self.lines) if l is line), None)

    def text(self):
        return "\n".join(l.text for l in self.lines)

    def snapshot(self):
        return copy.deepcopy(self.lines)

    def find(self, pattern, flags=0):
        rx = re.compile(pattern, flags)
        return [(i, m.start(), m.group()) for i, l in enumerate(self.lines) for m in rx.finditer(l.text)]


SOURCE = """def greet(name):
print("hello", name)
return name.upper()

def farewell(name):
print("bye", name)
# TODO: translate
return None"""

buf = Buffer(SOURCE)
v0 = buf.text()
buf.mark("farewell", 4)
buf.mark("todo", 6)
print(f"{len(buf.lines)} lines; farewell at {buf.where('farewell')}, todo at {buf.where('todo')}")
buf.run(Indent(1, 3))
buf.run(Indent(5, 8))
print("replaced:", buf.run(ReplaceAll(r"\bname\b", "who")))
buf.run(Insert(0, ['"""Greetings."""', ""]))
print("farewell now at", buf.where("farewell"), "undo depth", len(buf.undo_stack))
with buf.group("cleanup") as g:
    buf.run(Delete(8, 9))
    buf.run(ReplaceAll(r"print\((.*)\)", r"log(\1)"))
print("group:", g, "todo mark:", buf.where("todo"), "(line deleted but kept by the undo history)")
v1 = buf.text()
print(v1)
print("".join(difflib.unified_diff(v0.splitlines(True), v1.splitlines(True), "v0", "v1", n=1)))
try:
    with buf.group("failing"):
        buf.run(Insert(0, ["# header"]))
        buf.run(Delete(50, 60))
except IndexError as exc:
    print("IndexError:", exc, "| first line still:", buf.lines[0].text, "| undo depth", len(buf.undo_stack))
snap = buf.snapshot()
print("undo:", buf.undo(), "->", buf.where("todo"))
print("undo:", buf.undo())
print("undo:", buf.undo(), "| redo:", buf.redo())
print("snapshot equal now?", snap == buf.lines, "snapshot shares lines?", any(a is b for a, b in zip(snap, buf.lines)))
while buf.undo():
    pass
print("fully undone equals v0:", buf.text() == v0, "redo depth", len(buf.redo_stack))
while buf.redo():
    pass
print("fully redone equals v1:", buf.text() == v1)
buf.run(Join(2))
print("after join:", buf.lines[2].text, "| redo cleared:", buf.redo_stack == [])
print("find:", buf.find(r"WHO|log", re.I)[:4])
print("matcher ratio:", round(difflib.SequenceMatcher(None, v0, v1).ratio(), 4),
      difflib.get_close_matches("farewel", ["farewell", "fare", "welfare", "greet"]))
print(textwrap.indent(textwrap.dedent("""\
    a
      b
    c"""), "> "))
memento = copy.copy(buf)
print("shallow copy shares lines:", memento.lines is buf.lines, "deepcopy doesn't:", copy.deepcopy(buf).lines is buf.lines)
del buf.undo_stack[:], buf.redo_stack[:]
print("marks after history cleared:", {k: buf.where(k) for k in buf.marks})
try:
    Command()
except TypeError as exc:
    print("TypeError:", exc)
print(hash(Line("x")))
