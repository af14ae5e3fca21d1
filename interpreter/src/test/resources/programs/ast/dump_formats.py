# ast.dump's forms: annotate_fields, include_attributes, indent (number or string), missing and
# None fields, lists, nodes built by hand.
import ast

tree = ast.parse("def f(a, *, b=None):\n    return [a, b] if a else {}\n")
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0].body[0], indent='..', include_attributes=True))
print(ast.dump(tree, indent=0))
print(ast.dump(ast.parse('x'), indent=4, annotate_fields=False))
print(ast.dump(ast.Name(ctx=ast.Load())), ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
print(ast.dump(ast.Raise(cause=ast.Name('c'))), ast.dump(ast.Constant(None)), ast.dump(ast.Constant(value=None, kind='u')))
print(ast.dump(ast.Name('x', lineno=None, end_lineno=None), include_attributes=True))
print(ast.dump(ast.Call(ast.Name('f'), [ast.Constant(1), ast.Constant(2)], [ast.keyword('k', ast.Constant(3))])))
print(ast.dump(ast.List([ast.Constant([1, 2]), 'text', 3])))
print(ast.dump(ast.parse("match x:\n case {1: [a, *_]}: pass"), indent=1))
try:
    ast.dump([ast.Name('x')])
except TypeError as e:
    print('TypeError:', e)
