# A code-metrics tool over a source string: ast.NodeVisitor counting functions, branches and
# a cyclomatic-complexity estimate, docstrings (get_docstring), a NodeTransformer folding
# constant arithmetic and renaming a variable, ast.unparse of the result, fix_missing_locations
# and compile of the new tree, ast.literal_eval and its errors, tokenize counting comments and
# names, and ast.dump of a small expression.
import ast
import io
import tokenize
from collections import Counter

SOURCE = '''
"""Module doc."""
import math

RATE = 60 * 60 * 24  # seconds per day

def area(r):
    """Area of a circle."""
    return math.pi * r ** 2

def classify(n, limit=10 + 5):
    # decide the label
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for i in range(2, n):
        if n % i == 0 and i < limit:
            return "composite"
    while False:
        pass
    return "prime" if n > 1 else "unit"

class Shape:
    sides = 2 * 2
    def describe(self, scale=1.5 * 2):
        try:
            return f"{self.sides} sides x{scale}"
        except Exception:
            return None
'''

tree = ast.parse(SOURCE)
print(ast.get_docstring(tree), [type(n).__name__ for n in tree.body])

class Metrics(ast.NodeVisitor):
    def __init__(self):
        self.funcs = {}
        self.current = None
    def visit_FunctionDef(self, node):
        outer, self.current = self.current, node.name
        self.funcs[node.name] = {"complexity": 1, "args": [a.arg for a in node.args.args],
                                 "doc": ast.get_docstring(node), "lines": (node.lineno, node.end_lineno)}
        self.generic_visit(node)
        self.current = outer
    def _branch(self, node):
        if self.current:
            self.funcs[self.current]["complexity"] += 1
        self.generic_visit(node)
    visit_If = visit_For = visit_While = visit_IfExp = visit_ExceptHandler = _branch
    def visit_BoolOp(self, node):
        if self.current:
            self.funcs[self.current]["complexity"] += len(node.values) - 1
        self.generic_visit(node)

m = Metrics()
m.visit(tree)
for name, info in m.funcs.items():
    print(f"{name:10} {info}")
print(Counter(type(n).__name__ for n in ast.walk(tree)).most_common(6))

class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            return ast.copy_location(ast.Constant(value), node)
        return node
    def visit_Name(self, node):
        if node.id == "n":
            return ast.copy_location(ast.Name("number", node.ctx), node)
        return node
    def visit_arg(self, node):
        if node.arg == "n":
            node.arg = "number"
        return node

new = ast.fix_missing_locations(Fold().visit(ast.parse(SOURCE)))
text = ast.unparse(new)
print(text)
ns = {}
exec(compile(new, "<folded>", "exec"), ns)
print(ns["RATE"], ns["classify"](7), ns["classify"](9), ns["classify"](-3), round(ns["area"](2), 4), ns["Shape"]().describe())
print(ast.dump(ast.parse("x + 2 * y", mode="eval")))
print(ast.dump(ast.parse("f(a, *b, k=1)").body[0].value, indent=1))
for text in ["{'a': [1, 2.5, (3, None)], 'b': {True, -4}}", "1 + 2j", "-(3)", "b'x' 'y'", "__import__('os')", "[1, 2", "1 +"]:
    try:
        print(repr(ast.literal_eval(text)))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", str(e).split(" object at ")[0])
tokens = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
kinds = Counter(tokenize.tok_name[t.type] for t in tokens)
print(sorted(kinds.items()))
print([t.string for t in tokens if t.type == tokenize.COMMENT])
print(Counter(t.string for t in tokens if t.type == tokenize.NAME).most_common(4))
ast.parse("def broken(:\n    pass\n")
