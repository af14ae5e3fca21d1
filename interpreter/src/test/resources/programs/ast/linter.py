# A small linter as people write one: a NodeVisitor that counts names, finds unused imports,
# functions without docstrings, bare excepts and mutable defaults, with line numbers.
import ast
from collections import Counter

SOURCE = '''
import os
import sys, json
from collections import defaultdict as dd

def load(path, cache={}):
    try:
        with open(path) as f:
            return json.load(f)
    except:
        return None

class Store:
    """Keeps things."""
    def put(self, key, value=[]):
        self.items[key] = value
        total = sum(len(v) for v in self.items.values())
        return total

def main():
    s = Store()
    for arg in sys.argv[1:]:
        s.put(arg, load(arg))
    lam = lambda x: x * 2
    print(lam(s))
'''


class Linter(ast.NodeVisitor):
    def __init__(self):
        self.names = Counter()
        self.imported = {}
        self.problems = []
        self.depth = 0

    def visit_Import(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name.split('.')[0]] = node.lineno

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node.lineno

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.names[node.id] += 1
        self.generic_visit(node)

    def visit_Attribute(self, node):
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        if ast.get_docstring(node) is None:
            self.problems.append((node.lineno, f"function {node.name!r} has no docstring"))
        for default in node.args.defaults + node.args.kw_defaults:
            if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                self.problems.append((default.lineno, f"mutable default in {node.name!r} at column {default.col_offset}"))
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.problems.append((node.lineno, "bare except"))
        self.generic_visit(node)

    def visit_Lambda(self, node):
        self.problems.append((node.lineno, f"lambda at depth {self.depth}"))
        self.generic_visit(node)


tree = ast.parse(SOURCE)
linter = Linter()
linter.visit(tree)
for name, line in sorted(linter.imported.items()):
    if name not in linter.names:
        linter.problems.append((line, f"{name!r} imported but unused"))
for line, message in sorted(linter.problems):
    print(f"line {line}: {message}")
print(sorted(linter.names.items()))
kinds = Counter(type(node).__name__ for node in ast.walk(tree))
print(sorted(kinds.items()))
calls = [ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)]
print(sorted(calls))
print([name for name, _ in ast.iter_fields(tree.body[3])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[3])])
