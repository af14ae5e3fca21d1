# The node classes: fields, attributes, defaults, docs, construction and its errors, the deprecated
# aliases and their isinstance tests, copying and pickling nodes.
import ast
import copy
import pickle

print(ast.AST, ast.Name, [c.__name__ for c in ast.Name.__mro__])
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.arguments._fields, ast.arguments._attributes, ast.alias._attributes, ast.comprehension._fields)
print(ast.match_case._fields, ast.MatchClass._fields, ast.TypeIgnore._fields, ast.withitem._fields)
print(ast.Load.__doc__, '|', ast.cmpop.__doc__, '|', ast.comprehension.__doc__, '|', ast.Pass.__doc__)
print(ast.stmt.__doc__)
print(ast.pattern.__doc__)
print(ast.expr_context.__doc__, ast.Name.__doc__, ast.Constant.__doc__)

n = ast.Name('x')
print(n.__dict__, hasattr(n, 'ctx'), n.id)
print(ast.Constant(1).kind, ast.Constant.kind, ast.expr.end_lineno, ast.stmt.end_col_offset)
print(hasattr(ast.pattern, 'end_lineno'), hasattr(ast.expr, 'lineno'), ast.Return().value, ast.ImportFrom().level)
for make in [lambda: ast.Name(1, 2, 3), lambda: ast.Pass(1), lambda: ast.Expr(1, 2), lambda: ast.AST(1),
             lambda: ast.keyword('a', 1, 2)]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
node = ast.Name(id='y', ctx=ast.Load(), lineno=3, extra='anything')
print(node.lineno, node.extra, sorted(node.__dict__))
print(isinstance(node, ast.expr), isinstance(node, ast.AST), issubclass(ast.Add, ast.operator))
print(type(ast.Load()) is ast.Load, ast.Load() is ast.Load())

# the 3.7 names, kept as Constant in disguise
print(type(ast.Num(5)).__name__, ast.Num(5).value, ast.Num(n=3).n, ast.Str('x').s, type(ast.Bytes(b'b')).__name__)
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(2.5j), ast.Num), isinstance(ast.Constant('s'), ast.Num))
print(isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(b's'), ast.Bytes),
      isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(False), ast.NameConstant),
      isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name('x'), ast.Num))
print(ast.Num.__doc__, type(ast.Num).__name__, ast.Ellipsis().value)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print('TypeError:', e)
print(ast.Index(5), ast.dump(ast.ExtSlice([ast.Name('x'), ast.Slice()])), issubclass(ast.Suite, ast.mod),
      issubclass(ast.Param, ast.expr_context), issubclass(ast.Index, ast.slice))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

tree = ast.parse("x = [1, 2]\nprint(x)")
clone = copy.deepcopy(tree)
print(ast.dump(clone, include_attributes=True) == ast.dump(tree, include_attributes=True), clone.body[0] is tree.body[0])
print(ast.dump(pickle.loads(pickle.dumps(tree))))
print(ast.Name('z').__reduce__()[1:], ast.AST().__reduce__()[1:])
# parse() shares one instance of each context and operator
print(tree.body[0].targets[0].ctx is ast.parse("y = 2").body[0].targets[0].ctx)
match tree.body[0]:
    case ast.Assign([ast.Name(id=name)], ast.List(elts)):
        print('matched', name, [e.value for e in elts])
