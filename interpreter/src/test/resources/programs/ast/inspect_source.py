# Trees of live functions and classes: inspect.getsource then ast.parse, a decorator that rewrites
# a function's tree and recompiles it, and dis of code compiled from a tree.
import ast
import dis
import inspect
import textwrap


def compute(values, limit=10):
    """Sum the small values."""
    total = 0
    for v in values:
        if v < limit:
            total += v
    return total


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


source = inspect.getsource(compute)
tree = ast.parse(source)
func = tree.body[0]
print(func.name, [a.arg for a in func.args.args], ast.get_docstring(func), func.lineno, func.end_lineno)
print(sorted({n.id for n in ast.walk(func) if isinstance(n, ast.Name)}))
method = ast.parse(textwrap.dedent(inspect.getsource(Shape.describe)))
print(ast.unparse(method))
print([type(n).__name__ for n in ast.parse(inspect.getsource(Shape)).body[0].body])


def swap_comparisons(fn):
    """Recompiles fn with every < made >."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    tree.body[0].decorator_list = []

    class Swap(ast.NodeTransformer):
        def visit_Lt(self, node):
            return ast.Gt()

    tree = Swap().visit(tree)
    namespace = {}
    exec(compile(tree, inspect.getsourcefile(fn) or '<swapped>', 'exec'), namespace)
    return namespace[fn.__name__]


@swap_comparisons
def big_ones(values, limit=10):
    return [v for v in values if v < limit]


print(compute([1, 5, 20, 30]), big_ones([1, 5, 20, 30]))
code = compile(ast.parse("a = b + 1\nprint(a)"), "<tree>", "exec")
dis.dis(code)
print([i.opname for i in dis.get_instructions(compile(ast.parse("x * 2", mode="eval"), "<e>", "eval"))])
