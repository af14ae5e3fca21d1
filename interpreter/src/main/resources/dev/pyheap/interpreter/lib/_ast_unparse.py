"""ast.unparse(): source text for a tree, as CPython 3.11 writes it.

Each expression is written knowing the binding strength (a level of _Prec) its place asks for: a
node whose own operator binds more loosely than that is put in parentheses. A parent records the
level for each child before visiting it (_levels, keyed by the child node); a node without one is
at TEST. Statements go one a line, four spaces an indentation level, a blank line before each
function or class after the first line. String literals pick the quote needing the fewest escapes;
inside an f-string's replacement fields no backslash may appear, so those are written by a second
writer that avoids them.
"""

import sys
from contextlib import contextmanager, nullcontext
from _ast import *
import ast as _ast_module

# an overflowing literal stands for an infinite float, as in CPython's output
_INF = "1e" + repr(sys.float_info.max_10_exp + 1)
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE_QUOTES = ('"""', "'''")


class _Prec:
    """The binding strengths, weakest first."""
    NAMED_EXPR = 0
    TUPLE = 1
    YIELD = 2
    TEST = 3
    OR = 4
    AND = 5
    NOT = 6
    CMP = 7
    EXPR = 8
    BOR = 8
    BXOR = 9
    BAND = 10
    SHIFT = 11
    ARITH = 12
    TERM = 13
    FACTOR = 14
    POWER = 15
    AWAIT = 16
    ATOM = 17


_UNARY = {"Invert": ("~", _Prec.FACTOR), "Not": ("not", _Prec.NOT), "UAdd": ("+", _Prec.FACTOR),
          "USub": ("-", _Prec.FACTOR)}
_BINARY = {"Add": ("+", _Prec.ARITH), "Sub": ("-", _Prec.ARITH), "Mult": ("*", _Prec.TERM),
           "MatMult": ("@", _Prec.TERM), "Div": ("/", _Prec.TERM), "Mod": ("%", _Prec.TERM),
           "LShift": ("<<", _Prec.SHIFT), "RShift": (">>", _Prec.SHIFT), "BitOr": ("|", _Prec.BOR),
           "BitXor": ("^", _Prec.BXOR), "BitAnd": ("&", _Prec.BAND), "FloorDiv": ("//", _Prec.TERM),
           "Pow": ("**", _Prec.POWER)}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
            "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", _Prec.AND), "Or": ("or", _Prec.OR)}


class _Unparser(_ast_module.NodeVisitor):

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._levels = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # ---- output ----

    def write(self, *text):
        self._source.extend(text)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def interleave(self, between, each, items):
        first = True
        for item in items:
            if not first:
                between()
            first = False
            each(item)

    def items_view(self, each, items):
        if len(items) == 1:
            each(items[0])
            self.write(",")
        else:
            self.interleave(lambda: self.write(", "), each, items)

    @contextmanager
    def buffered(self, buffer=None):
        if buffer is None:
            buffer = []
        saved = self._source
        self._source = buffer
        try:
            yield buffer
        finally:
            self._source = saved

    @contextmanager
    def block(self, *, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        try:
            yield
        finally:
            self._indent -= 1

    @contextmanager
    def delimit(self, start, end):
        self.write(start)
        yield
        self.write(end)

    def delimit_if(self, start, end, condition):
        return self.delimit(start, end) if condition else nullcontext()

    def require_parens(self, level, node):
        return self.delimit_if("(", ")", self.get_precedence(node) > level)

    def get_precedence(self, node):
        return self._levels.get(node, _Prec.TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._levels[node] = level

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    # ---- docstrings and type comments ----

    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or len(node.body) < 1:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"
        return None

    def _body_after_docstring(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring:
            self.fill()
            if docstring.kind == "u":
                self.write("u")
            self._write_str_avoiding_backslashes(docstring.value, quote_types=_TRIPLE_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # ---- modules and statements ----

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f"ignore{ignore.tag}" for ignore in node.type_ignores}
        self._body_after_docstring(node)
        self._type_ignores.clear()

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.argtypes)
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_Prec.YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(_Prec.NAMED_EXPR, node):
            self.set_precedence(_Prec.ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(lambda: self.write(", "), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_Prec.TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(lambda: self.write(", "), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.interleave(lambda: self.write(", "), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(_Prec.AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(_Prec.ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(_Prec.YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(_Prec.ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(_Prec.YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_Prec.ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def _try(self, node):
        self.fill("try")
        with self.block():
            self.traverse(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)
        if node.finalbody:
            self.fill("finally")
            with self.block():
                self.traverse(node.finalbody)

    def visit_Try(self, node):
        outer = self._in_try_star
        self._in_try_star = False
        try:
            self._try(node)
        finally:
            self._in_try_star = outer

    def visit_TryStar(self, node):
        outer = self._in_try_star
        self._in_try_star = True
        try:
            self._try(node)
        finally:
            self._in_try_star = outer

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self._in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", node.bases or node.keywords):
            self.interleave(lambda: self.write(", "), self.traverse, node.bases + node.keywords)
        with self.block():
            self._body_after_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _function(self, node, keyword):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._body_after_docstring(node)

    def visit_For(self, node):
        self._for(node, "for ")

    def visit_AsyncFor(self, node):
        self._for(node, "async for ")

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(_Prec.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # an else holding a lone if is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            with self.block():
                self.traverse(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.interleave(lambda: self.write(", "), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(lambda: self.write(", "), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # ---- strings ----

    def _str_literal_helper(self, string, *, quote_types=_QUOTES, escape_special_whitespace=False):
        """(the literal's body, the quotes it can use): few escapes, the preferred quote first."""
        def escaped(c):
            if not escape_special_whitespace and c in "\n\t":
                return c
            if c == "\\" or not c.isprintable():
                return c.encode("unicode_escape").decode("ascii")
            return c

        body = "".join(map(escaped, string))
        quotes = list(quote_types)
        if "\n" in body:
            quotes = [q for q in quotes if q in _TRIPLE_QUOTES]
        quotes = [q for q in quotes if q not in body]
        if not quotes:
            text = repr(string)
            quote = next((q for q in quote_types if text[0] in q), text[0])
            return text[1:-1], [quote]
        if body:
            # a quote that would touch the same character at the end goes last
            quotes.sort(key=lambda q: q[0] == body[-1])
            if quotes[0][0] == body[-1]:
                body = body[:-1] + "\\" + body[-1]
        return body, quotes

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_QUOTES):
        body, quotes = self._str_literal_helper(string, quote_types=quote_types)
        self.write(f"{quotes[0]}{body}{quotes[0]}")

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            with self.buffered() as buffer:
                self._fstring_inner(node)
            return self._write_str_avoiding_backslashes("".join(buffer))
        parts = []
        for value in node.values:
            with self.buffered() as buffer:
                self._fstring_inner(value)
            parts.append(("".join(buffer), isinstance(value, Constant)))
        quotes = list(_QUOTES)
        bodies = []
        for text, literal in parts:
            text, quotes = self._str_literal_helper(text, quote_types=quotes, escape_special_whitespace=literal)
            bodies.append(text)
        self.write(f"{quotes[0]}{''.join(bodies)}{quotes[0]}")

    def _fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace("{", "{{").replace("}", "}}"))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_Prec.TEST + 1, node.value)
        text = inner.visit(node.value)
        with self.delimit("{", "}"):
            if "\\" in text:
                raise ValueError("Unable to avoid backslash in f-string expression part")
            if text.startswith("{"):
                self.write(" ")
            self.write(text)
            if node.conversion != -1:
                self.write(f"!{chr(node.conversion)}")
            if node.format_spec:
                self.write(":")
                self._fstring_inner(node.format_spec)

    # ---- expressions ----

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INF).replace("nan", f"({_INF}-{_INF})"))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.elts)

    def _comprehension(self, node, start, end):
        with self.delimit(start, end):
            if isinstance(node, DictComp):
                self.traverse(node.key)
                self.write(": ")
                self.traverse(node.value)
            else:
                self.traverse(node.elt)
            for generator in node.generators:
                self.traverse(generator)

    def visit_ListComp(self, node):
        self._comprehension(node, "[", "]")

    def visit_GeneratorExp(self, node):
        self._comprehension(node, "(", ")")

    def visit_SetComp(self, node):
        self._comprehension(node, "{", "}")

    def visit_DictComp(self, node):
        self._comprehension(node, "{", "}")

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(_Prec.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_Prec.TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(" if ")
            self.traverse(condition)

    def visit_IfExp(self, node):
        with self.require_parens(_Prec.TEST, node):
            self.set_precedence(_Prec.TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(_Prec.TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self.interleave(lambda: self.write(", "), self.traverse, node.elts)
        else:
            # {} is a dict: the empty set is written as an unpacked empty tuple
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write("**")
                self.set_precedence(_Prec.EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)

        with self.delimit("{", "}"):
            self.interleave(lambda: self.write(", "), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")", len(node.elts) == 0 or self.get_precedence(node) > _Prec.TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[node.op.__class__.__name__]
        with self.require_parens(level, node):
            self.write(symbol)
            if level != _Prec.FACTOR:
                self.write(" ")
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[node.op.__class__.__name__]
        with self.require_parens(level, node):
            # ** groups to the right, the others to the left
            right_assoc = symbol == "**"
            self.set_precedence(level + 1 if right_assoc else level, node.left)
            self.traverse(node.left)
            self.write(f" {symbol} ")
            self.set_precedence(level if right_assoc else level + 1, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(_Prec.CMP, node):
            self.set_precedence(_Prec.CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(" " + _COMPARE[op.__class__.__name__] + " ")
                self.traverse(right)

    def visit_BoolOp(self, node):
        word, level = _BOOL[node.op.__class__.__name__]
        current = level

        def operand(value):
            nonlocal current
            current += 1
            self.set_precedence(current, value)
            self.traverse(value)

        with self.require_parens(level, node):
            self.interleave(lambda: self.write(f" {word} "), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(_Prec.ATOM, node.value)
        self.traverse(node.value)
        # "3.real" would read as a float: an int gets a space before the dot
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_Prec.ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(_Prec.ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(_Prec.EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        first = True

        def separator():
            nonlocal first
            if not first:
                self.write(", ")
            first = False

        for index, (a, default) in enumerate(zip(positional, defaults), 1):
            separator()
            self.traverse(a)
            if default:
                self.write("=")
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            separator()
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if default:
                self.write("=")
                self.traverse(default)
        if node.kwarg:
            separator()
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(_Prec.TEST, node):
            self.write("lambda")
            with self.buffered() as buffer:
                self.traverse(node.args)
            if buffer:
                self.write(" ", *buffer)
            self.write(": ")
            self.set_precedence(_Prec.TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    # ---- patterns ----

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self.interleave(lambda: self.write(", "), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write(f"*{node.name or '_'}")

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(": ")
            self.traverse(pattern)

        with self.delimit("{", "}"):
            self.interleave(lambda: self.write(", "), pair, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self.write(", ")
                self.write(f"**{node.rest}")

    def visit_MatchClass(self, node):
        self.set_precedence(_Prec.ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit("(", ")"):
            self.interleave(lambda: self.write(", "), self.traverse, node.patterns)
            if node.kwd_attrs:
                def keyword(item):
                    attr, pattern = item
                    self.write(f"{attr}=")
                    self.traverse(pattern)
                if node.patterns:
                    self.write(", ")
                self.interleave(lambda: self.write(", "), keyword,
                                zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(_Prec.TEST, node):
                self.set_precedence(_Prec.BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.require_parens(_Prec.BOR, node):
            self.set_precedence(_Prec.BOR + 1, *node.patterns)
            self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)


def unparse(ast_obj):
    return _Unparser().visit(ast_obj)
