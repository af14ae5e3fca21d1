# Introspection tools on a small function: inspect (signature, parameters and kinds, defaults,
# annotations, getsource, getdoc, getmembers, isfunction, unwrap, bind errors), ast (parse, dump,
# NodeVisitor counting, NodeTransformer constant folding, unparse, literal_eval), tokenize of the
# source, and dis of a tiny function's instruction names.
import ast, dis, functools, inspect, io, textwrap, tokenize

def shipping_cost(weight: float, *, express: bool = False, zone: str = "EU", **extra) -> float:
    """Cost to ship a parcel.

    Heavier parcels cost more; express doubles the price.
    """
    base = 4.5 if zone == "EU" else 9.0
    cost = base + 0.8 * max(0.0, weight - 1)
    return round(cost * (2 if express else 1), 2)

sig = inspect.signature(shipping_cost)
print(sig)
for p in sig.parameters.values():
    print(f"  {p.name:<8} {p.kind.name:<20} default={p.default!r:<10} annotation={p.annotation!r}")
print(sig.return_annotation, inspect.getdoc(shipping_cost).splitlines()[0])
b = sig.bind(2.5, express=True, note="fragile")
b.apply_defaults()
print(b.arguments, shipping_cost(*b.args, **b.kwargs))
for args, kwargs in (((), {}), ((1, 2), {}), ((1,), {"weight": 2})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
src = inspect.getsource(shipping_cost)
print(len(src.splitlines()), src.splitlines()[0])
print(inspect.isfunction(shipping_cost), inspect.isbuiltin(len), inspect.ismethod(shipping_cost), inspect.getmodule(shipping_cost).__name__)
@functools.wraps(shipping_cost)
def wrapper(*a, **k):
    return shipping_cost(*a, **k)
print(inspect.unwrap(wrapper) is shipping_cost, inspect.signature(wrapper), wrapper.__name__)
class Box:
    size = 3
    def area(self): return self.size ** 2
    @property
    def half(self): return self.size / 2
    @staticmethod
    def make(): return Box()
print([n for n, _ in inspect.getmembers(Box) if not n.startswith("__")], type(inspect.getattr_static(Box, "make")).__name__)
print(inspect.signature(Box.area), inspect.signature(lambda a, /, b=2, *c, d, **e: None), inspect.signature(Box))
print(inspect.getfullargspec(shipping_cost))

tree = ast.parse(textwrap.dedent(src))
fn = tree.body[0]
print(type(fn).__name__, fn.name, [a.arg for a in fn.args.kwonlyargs], len(fn.body), ast.get_docstring(fn).splitlines()[1])
class Counter(ast.NodeVisitor):
    def __init__(self): self.counts = {}
    def generic_visit(self, node):
        self.counts[type(node).__name__] = self.counts.get(type(node).__name__, 0) + 1
        super().generic_visit(node)
c = Counter(); c.visit(tree)
print(sorted(c.counts.items())[:8])
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            return ast.copy_location(ast.Constant(eval(compile(ast.Expression(node), "<fold>", "eval"))), node)
        return node
expr = ast.parse("x = 2 * 3 + y * (4 - 1) ** 2")
print(ast.unparse(ast.fix_missing_locations(Fold().visit(expr))))
print(ast.dump(ast.parse("a[1:2] = f(*b, k=1)").body[0], indent=None))
print(ast.dump(ast.parse("lambda x: x"), include_attributes=False, indent=1).splitlines()[:4])
print(ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'x')}"), ast.literal_eval("-(1+2j)") if False else ast.literal_eval("1+2j"))
for bad in ("__import__('os')", "[1, 2", "a +"):
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

toks = list(tokenize.generate_tokens(io.StringIO("total = price * 1.2  # vat\nif total > 10: print('big')\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks[:10]])
print(sorted({tokenize.tok_name[t.exact_type] for t in toks if t.type == tokenize.OP}))
def tiny(a, b):
    return a + b * 2
print([i.opname for i in dis.get_instructions(tiny)])
print(dis.code_info(tiny).splitlines()[:3])
