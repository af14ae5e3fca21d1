# A whole application: a templating engine built on re and string: a compiler that turns
# "{{ expr | filter }}", "{% for %}", "{% if/elif/else %}", "{% set %}" and "{# comments #}" into a
# tree of node objects and renders it against nested contexts (ChainMap scopes, dotted lookups
# through attributes, keys and indexes), with filters, auto-escaping, string.Template and
# string.Formatter for the simple cases, and template errors naming the line.
import html
import re
import string
from collections import ChainMap
from dataclasses import dataclass

TOKEN = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)


class TemplateError(Exception):
    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


class Markup(str):
    def __html__(self):
        return self


FILTERS = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "length": len,
    "join": lambda v, sep=", ": sep.join(map(str, v)), "default": lambda v, d="": v if v not in (None, "") else d,
    "round": lambda v, n=0: round(v, int(n)), "money": lambda v: f"${v:,.2f}",
    "safe": Markup, "truncate": lambda v, n=10: v if len(v) <= int(n) else v[:int(n) - 3] + "...",
    "sum": sum, "sort": sorted, "reverse": lambda v: list(reversed(v)), "first": lambda v: v[0],
    "center": lambda v, w=10: str(v).center(int(w), "*"),
}


def lookup(ctx, path, line):
    if re.fullmatch(r"-?\d+(\.\d+)?", path):
        return float(path) if "." in path else int(path)
    if path[:1] in "'\"":
        return path[1:-1]
    head, *rest = path.split(".")
    if head not in ctx:
        raise TemplateError(f"undefined name {head!r}", line)
    value = ctx[head]
    for part in rest:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif part.isdigit() and isinstance(value, (list, tuple)):
            value = value[int(part)]
        elif hasattr(value, part):
            value = getattr(value, part)
            if callable(value):
                value = value()
        else:
            raise TemplateError(f"{path!r}: no {part!r} in {type(value).__name__}", line)
    return value


def evaluate(expr, ctx, line):
    parts = [p.strip() for p in expr.split("|")]
    value = lookup(ctx, parts[0], line)
    for f in parts[1:]:
        name, _, args = f.partition(":")
        if name not in FILTERS:
            raise TemplateError(f"unknown filter {name!r}", line)
        argv = [lookup(ctx, a.strip(), line) for a in args.split(",")] if args else []
        value = FILTERS[name](value, *argv)
    return value


COMPARE = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
           "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, "in": lambda a, b: a in b}


def test(cond, ctx, line):
    m = re.fullmatch(r"(not\s+)?(.+?)(?:\s*(==|!=|>=|<=|>|<|in)\s*(.+))?", cond.strip())
    neg, left, op, right = m.groups()
    a = evaluate(left, ctx, line)
    if op:
        b = evaluate(right, ctx, line)
        a = COMPARE[op](a, b)
    return not a if neg else bool(a)


@dataclass
class Text:
    text: str
    def render(self, ctx, out):
        out.append(self.text)


@dataclass
class Expr:
    expr: str
    line: int
    def render(self, ctx, out):
        v = evaluate(self.expr, ctx, self.line)
        out.append(v if isinstance(v, Markup) else html.escape(str(v)))


@dataclass
class For:
    var: str
    seq: str
    body: list
    empty: list
    line: int
    def render(self, ctx, out):
        items = list(evaluate(self.seq, ctx, self.line))
        if not items:
            for n in self.empty:
                n.render(ctx, out)
        names = [v.strip() for v in self.var.split(",")]
        for i, item in enumerate(items):
            scope = {"loop": {"index": i + 1, "first": i == 0, "last": i == len(items) - 1, "length": len(items)}}
            if len(names) == 1:
                scope[names[0]] = item
            else:
                scope.update(zip(names, item))
            for n in self.body:
                n.render(ctx.new_child(scope), out)


@dataclass
class If:
    branches: list
    line: int
    def render(self, ctx, out):
        for cond, body in self.branches:
            if cond is None or test(cond, ctx, self.line):
                for n in body:
                    n.render(ctx, out)
                return


@dataclass
class Set:
    name: str
    expr: str
    line: int
    def render(self, ctx, out):
        ctx.maps[0][self.name] = evaluate(self.expr, ctx, self.line)


def compile_template(src):
    root = []
    stack = [("root", root, None)]
    line = 1
    for piece in TOKEN.split(src):
        here = line
        line += piece.count("\n")
        if not piece:
            continue
        body = stack[-1][1]
        if piece.startswith("{#"):
            continue
        if piece.startswith("{{"):
            body.append(Expr(piece[2:-2].strip(), here))
            continue
        if not piece.startswith("{%"):
            body.append(Text(piece))
            continue
        tag = piece[2:-2].strip()
        word, _, rest = tag.partition(" ")
        match word:
            case "for":
                m = re.fullmatch(r"(.+?)\s+in\s+(.+)", rest)
                if not m:
                    raise TemplateError(f"bad for: {tag!r}", here)
                node = For(m[1], m[2], [], [], here)
                body.append(node)
                stack.append(("for", node.body, node))
            case "empty" if stack[-1][0] == "for":
                stack[-1] = ("for", stack[-1][2].empty, stack[-1][2])
            case "endfor" if stack[-1][0] == "for":
                stack.pop()
            case "if":
                node = If([(rest, [])], here)
                body.append(node)
                stack.append(("if", node.branches[0][1], node))
            case "elif" | "else" if stack[-1][0] == "if":
                node = stack[-1][2]
                node.branches.append((rest if word == "elif" else None, []))
                stack[-1] = ("if", node.branches[-1][1], node)
            case "endif" if stack[-1][0] == "if":
                stack.pop()
            case "set":
                name, _, expr = rest.partition("=")
                body.append(Set(name.strip(), expr.strip(), here))
            case _:
                raise TemplateError(f"unexpected tag {word!r} inside {stack[-1][0]}", here)
    if len(stack) > 1:
        raise TemplateError(f"unclosed {stack[-1][0]}", stack[-1][2].line)
    return root


def render(src, **ctx):
    out = []
    scope = ChainMap({}, ctx)
    for n in compile_template(src):
        n.render(scope, out)
    return "".join(out)


class Product:
    def __init__(self, name, price, tags):
        self.name, self.price, self.tags = name, price, tags

    def label(self):
        return f"{self.name} <{len(self.tags)} tags>"


PAGE = """\
{# an invoice #}
Invoice for {{ customer.name | title }} ({{ customer.email | default:'no email' }})
{% set total = 0 %}
{% for p in products %}{{ loop.index }}/{{ loop.length }} {{ p.name | upper }} {{ p.price | money }}{% if p.price > 100 %} (premium){% elif p.price < 5 %} (cheap){% else %}{% endif %} tags: {{ p.tags | sort | join:'; ' }}{% if not loop.last %}
{% endif %}{% empty %}nothing bought{% endfor %}
Labels: {% for p in products %}{{ p.label }}{% if not loop.last %}, {% endif %}{% endfor %}
Raw: {{ note }} | Safe: {{ note | safe }}
{% for name, qty in lines %}[{{ name | center:9 }}={{ qty }}]{% endfor %}
{% if customer.vip == 1 %}VIP{% else %}regular{% endif %} {% if 'b' in letters %}has b{% endif %} {{ letters | reverse | join:'' }} {{ customer.tags.1 | truncate:6 }}
"""

products = [Product("lamp", 24.5, ["home", "light"]), Product("sofa", 899, ["home", "big", "soft"]),
            Product("pencil", 0.99, [])]
print(render(PAGE, customer={"name": "ada lovelace", "email": "", "vip": 1, "tags": ["x", "analytical"]},
             products=products, note="<b>bold & \"quoted\"</b>", lines=[("a", 1), ("bb", 22)], letters="abc"))
print(render("{% for x in items %}{{ x }}{% empty %}(none){% endfor %}", items=[]))
print(render("{% for r in rows %}{% for c in r %}{{ c }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}",
             rows=[[1, 2], [3], []]))
print(render("{{ n | round:2 }} {{ xs | sum }} {{ xs | first }} {{ xs | length }}", n=3.14159, xs=[4, 5, 6]))

for bad in ["{{ missing }}", "{% for x in %}", "{% endif %}", "line1\n{% if a %}\nno end", "{{ a | shout }}",
            "{{ a.b.c }}", "{% for a in b %}{% endif %}", "x\ny\n{{ d.q }}"]:
    try:
        render(bad, a={"b": 5}, b=[1], d=products[0])
    except TemplateError as exc:
        print(f"TemplateError {bad!r}: {exc}")

t = string.Template("$who likes ${what}s, costs $$5; $missing")
print(t.safe_substitute(who="tim", what="kipper"))
try:
    t.substitute(who="tim", what="kipper")
except KeyError as exc:
    print("KeyError", exc)
try:
    string.Template("bad $ sign").substitute()
except ValueError as exc:
    print("ValueError", exc)


class AtTemplate(string.Template):
    delimiter = "@"
    idpattern = r"[a-z]+"


print(AtTemplate("@greeting, @name! (@@ stays)").substitute(greeting="hi", name="you"), AtTemplate("@x").get_identifiers())
f = string.Formatter()
print(f.format("{0:>8}|{name:^7}|{x[1]:03d}|{p.price:.1f}", "right", name="mid", x=[7, 42], p=products[0]))
print([(lit, field, spec, conv) for lit, field, spec, conv in f.parse("a{0!r:>5}b{}c")])
print(string.capwords("hello   wide world"), string.ascii_letters[20:30], string.punctuation[:10], repr(string.whitespace))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;&gt;"))
print(re.sub(r"{{\s*(\w+)\s*}}", lambda m: m[1].upper(), "{{a}} and {{ bee }}"), TOKEN.split("a{{b}}c{%d%}e"))
