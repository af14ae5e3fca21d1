# Tools that read code: inspect.signature/getsource/getmembers/getdoc/cleandoc, ast parse/walk/NodeVisitor/NodeTransformer/unparse/literal_eval, dis.get_instructions opnames, tokenize of a snippet with token names.
import ast
import dis
import inspect
import io
import textwrap
import tokenize

def shipping_cost(weight: float, *, express: bool = False, zone: str = "EU", **extra) -> float:
    """Cost of sending a parcel.

        weight  -- kilograms
    """
    base = 4.5 + weight * 1.25
    if express:
        base *= 2
    return round(base + (3 if zone != "EU" else 0), 2)

class Parcel:
    """A parcel."""
    size = "M"
    def __init__(self, w): self.w = w
    @property
    def heavy(self): return self.w > 20
    @staticmethod
    def units(): return "kg"
    @classmethod
    def small(cls): return cls(1)

sig = inspect.signature(shipping_cost)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:<8} {p.kind.name:<22} default={p.default!r} annotation={p.annotation!r}")
print(sig.return_annotation, sig.bind(2.0, express=True).arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(shipping_cost))
print(inspect.cleandoc("  first\n      indented\n    back"))
print(inspect.getsource(Parcel.units).strip())
print(inspect.getsourcelines(shipping_cost)[1], len(inspect.getsourcelines(shipping_cost)[0]))
print([n for n, _ in inspect.getmembers(Parcel, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Parcel) if not n.startswith("_")])
print(inspect.isclass(Parcel), inspect.ismethod(Parcel.small), inspect.isfunction(Parcel.units),
      inspect.isdatadescriptor(Parcel.__dict__["heavy"]), inspect.getmodule(Parcel).__name__)
print(inspect.getattr_static(Parcel, "small").__class__.__name__, inspect.getfullargspec(shipping_cost).kwonlyargs)
print(inspect.signature(Parcel), inspect.signature(lambda a, /, b=2, *c: 0), inspect.signature(len))

src = textwrap.dedent(inspect.getsource(shipping_cost))
tree = ast.parse(src)
fn = tree.body[0]
print(type(fn).__name__, fn.name, [a.arg for a in fn.args.args], [a.arg for a in fn.args.kwonlyargs], fn.lineno)
print(sorted({type(n).__name__ for n in ast.walk(fn) if isinstance(n, ast.expr)}))
class Calls(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Call(self, node):
        self.names.append(ast.unparse(node.func)); self.generic_visit(node)
c = Calls(); c.visit(tree); print(c.names)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
new = ast.fix_missing_locations(Double().visit(ast.parse("x = 1 + 2.5 * y if True else 3")))
print(ast.unparse(new))
print(ast.dump(ast.parse("a[1:2] = b or c", mode="exec").body[0], indent=1))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {True, -4j}}"), ast.get_docstring(fn))
for bad in ("__import__('os')", "1 +", "[1, 2"):
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" <")[0])

ops = [i.opname for i in dis.get_instructions(shipping_cost)]
print(ops.count("LOAD_FAST"), "RETURN_VALUE" in ops, shipping_cost.__code__.co_varnames, shipping_cost.__code__.co_argcount,
      shipping_cost.__code__.co_kwonlyargcount)
print(dis.opname[dis.opmap["LOAD_CONST"]], dis.hasconst[:1] != [], shipping_cost.__code__.co_consts[0][:20])
for tok in tokenize.generate_tokens(io.StringIO("total = price * 1.2  # vat\nif total>10: print(f'{total}')\n").readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start)
