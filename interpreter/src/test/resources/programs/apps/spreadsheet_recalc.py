# A whole application: a spreadsheet with cells holding numbers, text and formulas (=A1+B2*2,
# =SUM(A1:A5), =IF(...), =AVG, =MAX, =CONCAT), a formula compiler through the ast module (a
# NodeVisitor collecting references, a whitelist of nodes), a dependency graph with topological
# recalculation, cycle detection (#CYCLE!), error values (#DIV/0!, #REF!, #NAME?) and a rendered grid.
import ast
import math
import re
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError

REF = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE = re.compile(r"\b([A-Z])([1-9][0-9]?):([A-Z])([1-9][0-9]?)\b")


class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def expand(m):
    c1, r1, c2, r2 = m[1], int(m[2]), m[3], int(m[4])
    cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    return "[" + ", ".join(cells) + "]"


class RefCollector(ast.NodeVisitor):
    ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load, ast.Constant, ast.Call, ast.List,
               ast.Compare, ast.operator, ast.unaryop, ast.cmpop, ast.BoolOp, ast.boolop)

    def __init__(self):
        self.refs = set()

    def generic_visit(self, node):
        if not isinstance(node, self.ALLOWED):
            raise CellError("#SYNTAX!")
        super().generic_visit(node)

    def visit_Name(self, node):
        if REF.fullmatch(node.id):
            self.refs.add(node.id)
        elif node.id not in FUNCS:
            raise CellError("#NAME?")

    def visit_Call(self, node):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCS:
            raise CellError("#NAME?")
        for a in node.args:
            self.visit(a)


def flat(args):
    for a in args:
        if isinstance(a, list):
            yield from flat(a)
        elif isinstance(a, (int, float)):
            yield a


FUNCS = {
    "SUM": lambda *a: sum(flat(a)),
    "AVG": lambda *a: (lambda v: sum(v) / len(v) if v else math.nan)(list(flat(a))),
    "MAX": lambda *a: max(flat(a)),
    "MIN": lambda *a: min(flat(a)),
    "COUNT": lambda *a: len(list(flat(a))),
    "IF": lambda c, t, f: t if c else f,
    "ROUND": lambda x, n=0: round(x, int(n)),
    "CONCAT": lambda *a: "".join(str(x) for x in a),
    "ABS": abs,
    "SQRT": lambda x: math.sqrt(x) if x >= 0 else (_ for _ in ()).throw(CellError("#NUM!")),
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.code = {}
        self.deps = {}
        self.values = {}
        self.recalcs = 0

    def set(self, ref, text):
        self.raw[ref] = text
        self.code.pop(ref, None)
        self.deps[ref] = set()
        if isinstance(text, str) and text.startswith("="):
            src = RANGE.sub(expand, text[1:]).replace("^", "**").replace("<>", "!=")
            try:
                tree = ast.parse(src, mode="eval")
                rc = RefCollector()
                rc.visit(tree)
                self.deps[ref] = rc.refs
                self.code[ref] = compile(tree, ref, "eval")
            except SyntaxError:
                self.code[ref] = CellError("#SYNTAX!")
            except CellError as exc:
                self.code[ref] = exc
        self.recalculate()

    def dependents(self):
        rev = defaultdict(set)
        for cell, ds in self.deps.items():
            for d in ds:
                rev[d].add(cell)
        return rev

    def recalculate(self):
        self.recalcs += 1
        ts = TopologicalSorter({c: d & set(self.raw) for c, d in self.deps.items()})
        try:
            order = list(ts.static_order())
            cyclic = set()
        except CycleError as exc:
            cyclic = set(exc.args[1])
            rev = self.dependents()
            queue = deque(cyclic)
            while queue:
                for d in rev[queue.popleft()]:
                    if d not in cyclic:
                        cyclic.add(d)
                        queue.append(d)
            order = list(TopologicalSorter({c: d & set(self.raw) for c, d in self.deps.items() if c not in cyclic}).static_order())
        self.values = {c: "#CYCLE!" for c in cyclic}
        for cell in order:
            if cell in cyclic:
                continue
            self.values[cell] = self.evaluate(cell)

    def evaluate(self, cell):
        raw = self.raw.get(cell)
        code = self.code.get(cell)
        if code is None:
            if isinstance(raw, str):
                try:
                    return float(raw) if "." in raw else int(raw)
                except ValueError:
                    return raw
            return raw
        if isinstance(code, CellError):
            return code.code
        env = dict(FUNCS)
        for ref in self.deps[cell]:
            v = self.values.get(ref, 0)
            if v is None:
                v = 0
            if isinstance(v, str) and v.startswith("#"):
                return v
            env[ref] = v
        try:
            v = eval(code, {"__builtins__": {}}, env)
        except ZeroDivisionError:
            return "#DIV/0!"
        except CellError as exc:
            return exc.code
        except TypeError:
            return "#VALUE!"
        return round(v, 10) if isinstance(v, float) else v

    def render(self, cols="ABCDE", rows=range(1, 9)):
        width = 10
        lines = ["    " + "".join(c.center(width) for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}")
                text = "" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v)
                cells.append(text[:width - 1].rjust(width - 1) + " ")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)


sheet = Sheet()
data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
        "A2": "apples", "B2": "12", "C2": "0.5", "D2": "=B2*C2",
        "A3": "pears", "B3": "7", "C3": "0.75", "D3": "=B3*C3",
        "A4": "figs", "B4": "30", "C4": "0.2", "D4": "=B4*C4",
        "A5": "melons", "B5": "2", "C5": "3.1", "D5": "=B5*C5",
        "A6": "sum", "B6": "=SUM(B2:B5)", "D6": "=SUM(D2:D5)",
        "A7": "avg", "B7": "=AVG(B2:B5)", "D7": "=ROUND(D6/B6, 4)",
        "E2": "=IF(D2>5, CONCAT(A2, '!'), 'small')", "E6": "=MAX(D2:D5)-MIN(D2:D5)", "E7": "=COUNT(A1:D5)",
        "A8": "=SQRT(B6)^2", "B8": "=2^10", "C8": "=B6<>48 or B7>=12"}
for ref, text in data.items():
    sheet.set(ref, text)
print(sheet.render())
print("recalcs:", sheet.recalcs, "deps of D6:", sorted(sheet.deps["D6"]), "dependents of B2:", sorted(sheet.dependents()["B2"]))

print("\n-- change B2 to 100")
sheet.set("B2", "100")
print({k: sheet.values[k] for k in ("D2", "B6", "D6", "D7", "E2", "E6")})

print("\n-- errors")
for ref, text in [("E3", "=1/0"), ("E4", "=E3+1"), ("E5", "=FOO(1)"), ("E8", "=B2 +"), ("C7", "=SQRT(-4)"),
                  ("C6", "=A2*2"), ("B8", "=__import__('os')"), ("A8", "=[x for x in B2]")]:
    sheet.set(ref, text)
    print(f"  {ref} {text:<20} -> {sheet.values[ref]}")

print("\n-- cycle")
sheet.set("A9", "=B9+1")
sheet.set("B9", "=C9*2")
sheet.set("C9", "=A9")
sheet.set("D9", "=C9+B2")
sheet.set("E9", "=B2")
print({k: sheet.values[k] for k in ("A9", "B9", "C9", "D9", "E9")})
sheet.set("C9", "5")
print("broken cycle:", {k: sheet.values[k] for k in ("A9", "B9", "C9", "D9")})
print(sheet.render(cols="ABCDE", rows=range(6, 10)))
tree = ast.parse(RANGE.sub(expand, "SUM(A1:B2)*C3"), mode="eval")
print(ast.dump(tree.body.left, annotate_fields=False)[:80])
print(sorted(n.id for n in ast.walk(tree) if isinstance(n, ast.Name)))
print(list(TopologicalSorter({"b": {"a"}, "c": {"a", "b"}, "d": {"c"}}).static_order()))
try:
    list(TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except CycleError as exc:
    print("CycleError:", exc.args[0], sorted(set(exc.args[1])))
