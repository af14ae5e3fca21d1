"""The node classes of Python 3.11's abstract syntax (CPython's _ast, written in C there), made from
the grammar below, and the conversion between node objects and the interpreter's tree.

Each line of _GRAMMAR is a type: a sum ('stmt = A(...) | B'), or a product ('arguments(...)'),
and a sum may name position attributes ('attributes (int lineno, ...)'). A field's kind is its
type's name with '*' for a list and '?' for an optional value. Each constructor becomes a class
whose base is its sum's class; a product is a class of its own; all derive from AST. Optional
fields and optional attributes are None on the class, so a node made without them reads None;
a required field is simply absent until set.

The interpreter's parser and compiler (module _pyheap_ast) see a tree as tuples: (name, field...,
attribute...) in the grammar's order, a one-item tuple for an operator or a context, lists for
sequences. compile() of a node tree checks it here, with CPython's messages, while making the
tuples; the compiler then validates what the tree means.
"""

import _pyheap_ast

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass
    | Break
    | Continue
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg(identifier arg, expr? annotation, string? type_comment)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword(identifier? arg, expr value)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias(identifier name, identifier? asname)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
"""

# the types whose values are not nodes
_BUILTIN_TYPES = frozenset(('identifier', 'string', 'int', 'constant'))


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

# name -> class; name -> ((field, type, quantifier), ...) for fields then attributes
_classes = {'AST': AST}
_layout = {}
# sum name -> its constructors' names; sum name -> its attributes' layout
_sums = {}
# the one instance parse() gives of each operator and context
_singletons = {}


def _parse_fields(text):
    text = text.strip()
    if not text:
        return ()
    out = []
    for part in text.split(','):
        kind, name = part.split()
        quant = kind[-1] if kind[-1] in '*?' else ''
        out.append((name, kind.rstrip('*?'), quant))
    return tuple(out)


def _signature(name, fields):
    if not fields:
        return name
    return name + '(' + ', '.join(f'{t}{q} {n}' for n, t, q in fields) + ')'


def _make(name, base, fields, attributes, doc):
    ns = {'__module__': 'ast', '__doc__': doc,
          '_fields': tuple(f[0] for f in fields),
          '__match_args__': tuple(f[0] for f in fields)}
    if attributes is not None:
        ns['_attributes'] = tuple(a[0] for a in attributes)
        for a, _, q in attributes:
            if q == '?':
                ns[a] = None
    for f, _, q in fields:
        if q == '?':
            ns[f] = None
    cls = type(name, (base,), ns)
    _classes[name] = cls
    return cls


def _build():
    types = []
    for line in _GRAMMAR.strip().splitlines():
        line = line.strip()
        if line.startswith('attributes'):
            types[-1][2] = _parse_fields(line[line.index('(') + 1:-1])
        elif line.startswith('|'):
            types[-1][1].extend(c.strip() for c in line[1:].split('|'))
        elif ' = ' in line:
            name, rest = line.split(' = ')
            types.append([name, [c.strip() for c in rest.split('|')], (), True])
        else:
            types.append([line, [line], (), False])
    for name, ctors, attributes, is_sum in types:
        if not is_sum:
            i = name.index('(')
            tname = name[:i]
            fields = _parse_fields(name[i + 1:-1])
            _make(tname, AST, fields, attributes, _signature(tname, fields))
            _layout[tname] = fields + attributes
            continue
        parsed = []
        for c in ctors:
            if '(' in c:
                parsed.append((c[:c.index('(')], _parse_fields(c[c.index('(') + 1:-1])))
            else:
                parsed.append((c, ()))
        simple = all(not f for _, f in parsed)
        if simple:
            doc = name + ' = ' + ' | '.join(n for n, _ in parsed)
        else:
            doc = name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(_signature(n, f) for n, f in parsed)
        base = _make(name, AST, (), attributes, doc)
        _sums[name] = [n for n, _ in parsed]
        _layout[name] = attributes
        for cname, fields in parsed:
            _make(cname, base, fields, None, _signature(cname, fields))
            _layout[cname] = fields + attributes
            if simple:
                _singletons[cname] = None


_build()
globals().update(_classes)


# ---- the deprecated classes 3.11 still has (ast.Num, ast.Index, ...) ----

class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _c in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _c.__module__ = 'ast'


def _n_getter(self):
    """Deprecated. Use value instead."""
    return self.value


def _n_setter(self, value):
    self.value = value


Constant.n = property(_n_getter, _n_setter)
Constant.s = property(_n_getter, _n_setter)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _constant_kinds.get(cls)
        if kinds is not None:
            try:
                value = inst.value
            except AttributeError:
                return False
            excluded = _constant_kinds_excluded.get(cls, ())
            return isinstance(value, kinds) and not isinstance(value, excluded)
        return type.__instancecheck__(cls, inst)


_ABC.__module__ = 'ast'


def _deprecated_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _constant_kinds:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _deprecated_new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _deprecated_new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _deprecated_new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _deprecated_new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


for _c in (Num, Str, Bytes, NameConstant, Ellipsis):
    _c.__module__ = 'ast'
del _c

_constant_kinds = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_constant_kinds_excluded = {
    Num: (bool,),
}


# ---- the interpreter's tree (tuples) to node objects: CPython's ast2obj ----

def _from_tuple(t):
    name = t[0]
    if name in _singletons:
        node = _singletons[name]
        if node is None:
            node = _singletons[name] = _classes[name]()
        return node
    cls = _classes[name]
    node = cls.__new__(cls)
    i = 1
    for fname, ftype, quant in _layout[name]:
        value = t[i]
        i += 1
        if ftype not in _BUILTIN_TYPES and value is not None:
            if quant == '*':
                value = [None if v is None else _from_tuple(v) for v in value]
            else:
                value = _from_tuple(value)
        setattr(node, fname, value)
    return node


# ---- node objects to the interpreter's tree: CPython's obj2ast, with its checks ----

_MISSING = object()


def _to_tuple(obj, tname):
    """The tuple of the node obj, which must be of the type tname. A sum with constructors taking
    fields accepts None (an absent node, which the constructor of its parent may refuse) and reads
    its attributes first; an operator or context must be one; a product reads its fields first."""
    if tname in _sums:
        constructors = _sums[tname]
        if constructors[0] in _singletons:
            for cname in constructors:
                if isinstance(obj, _classes[cname]):
                    return (cname,)
            raise TypeError(f"expected some sort of {tname}, but got {obj!r}")
        if obj is None:
            return None
        attrs = _attributes_of(obj, tname, _layout[tname])
        for cname in constructors:
            if isinstance(obj, _classes[cname]):
                break
        else:
            raise TypeError(f"expected some sort of {tname}, but got {obj!r}")
        fields = _layout[cname][:len(_layout[cname]) - len(attrs)]
    else:
        cname = tname
        layout = _layout[tname]
        count = len(_classes[tname]._attributes)
        fields = layout[:len(layout) - count]
        attrs = None
    out = [cname]
    absent = None
    for fname, ftype, quant in fields:
        value = getattr(obj, fname, _MISSING)
        if value is _MISSING or (value is None and quant == '*'):
            if quant == '?':
                out.append(None)
                continue
            raise TypeError(f'required field "{fname}" missing from {cname}')
        if value is None and quant == '?':
            out.append(None)
            continue
        if quant == '*':
            if not isinstance(value, list):
                raise TypeError(f'{cname} field "{fname}" must be a list, not a {type(value).__name__}')
            n = len(value)
            items = []
            for v in value:
                items.append(_convert(v, ftype))
                if len(value) != n:
                    raise RuntimeError(f'{cname} field "{fname}" changed size during iteration')
            value = items
        else:
            value = _convert(value, ftype, quant)
            if value is None and quant == '' and ftype != 'constant' and absent is None:
                absent = fname
        out.append(value)
    if attrs is None:
        attrs = _attributes_of(obj, cname, layout[len(fields):])
    if absent is not None:
        # the node's constructor refuses a required field that is None
        raise ValueError(f"field '{absent}' is required for {cname}")
    out.extend(attrs)
    return tuple(out)


def _attributes_of(obj, owner, layout):
    attrs = []
    for aname, atype, quant in layout:
        value = getattr(obj, aname, _MISSING)
        if value is _MISSING and quant != '?':
            raise TypeError(f'required field "{aname}" missing from {owner}')
        if quant == '?' and (value is _MISSING or value is None):
            # an end position left out is the start's
            value = attrs[0] if aname == 'end_lineno' else attrs[1]
        else:
            value = _check_builtin(value, atype, quant)
        attrs.append(value)
    return attrs


def _convert(value, ftype, quant=''):
    if ftype in _BUILTIN_TYPES:
        return _check_builtin(value, ftype, quant)
    return _to_tuple(value, ftype)


def _check_builtin(value, ftype, quant):
    if value is None and (ftype != 'int' or quant == '?'):
        return None
    if ftype == 'int':
        if not isinstance(value, int):
            raise ValueError(f"invalid integer value: {value!r}")
        return int(value)
    if ftype == 'identifier':
        if not isinstance(value, str):
            raise TypeError("AST identifier must be of type str")
        return str(value)
    if ftype == 'string':
        if not isinstance(value, str):
            raise TypeError("AST string must be of type str")
        return str(value)
    return value


_MODE_NODES = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive', 'func_type': 'FunctionType'}


def _compile(source, filename, mode, flags, optimize):
    """compile() of a tree, or compile() asked for a tree (PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        if flags & PyCF_ONLY_AST:
            return source
        wanted = _MODE_NODES[mode]
        if not isinstance(source, _classes[wanted]):
            raise TypeError(f"expected {wanted} node, got {type(source).__name__}")
        return _pyheap_ast.compile(_to_tuple(source, 'mod'), filename, mode, optimize)
    if not isinstance(source, (str, bytes, bytearray)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if not flags & PyCF_ONLY_AST:
        return compile(source, filename, mode, flags & ~PyCF_ONLY_AST, optimize=optimize)
    if isinstance(source, bytearray):
        source = bytes(source)
    return _from_tuple(_pyheap_ast.parse(source, filename, mode))
