# Positions: fix_missing_locations, copy_location, increment_lineno; get_source_segment (UTF-8
# columns, padding, CRLF); get_docstring.
import ast

src = "x = 1\nif x:\n    y = (1 +\n         2)\nz = '\u00e9\u00e9' + w\n"
tree = ast.parse(src)
print(repr(ast.get_source_segment(src, tree.body[1].body[0].value)))
print(repr(ast.get_source_segment(src, tree.body[1].body[0], padded=True)))
print(repr(ast.get_source_segment(src, tree.body[1].body[0], padded=False)))
print(repr(ast.get_source_segment(src, tree.body[2].value.right)), tree.body[2].value.right.col_offset)
print(ast.get_source_segment(src, ast.Name('q')), ast.get_source_segment(src, tree.body[1]))
crlf = "a = 1\r\nb = [2,\r\n  3]\r\n"
print(repr(ast.get_source_segment(crlf, ast.parse(crlf).body[1])))

new = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
ast.copy_location(new, tree.body[0].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name('p', ast.Load(), lineno=7, col_offset=2)
ast.copy_location(new, partial)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
print(ast.copy_location(ast.arguments(), partial).__dict__)

expression = ast.Expression(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))
ast.fix_missing_locations(expression)
print(ast.dump(expression, include_attributes=True))
exec(compile(expression, '<fixed>', 'eval'))
module = ast.Module([ast.If(ast.Constant(True), [ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant(2)], [],
                                                                    lineno=5, col_offset=4))], [],
                            lineno=4, col_offset=0)], [])
ast.fix_missing_locations(module)
print(ast.dump(module, include_attributes=True))

ast.increment_lineno(tree, 5)
print(tree.body[0].lineno, tree.body[1].body[0].value.end_lineno, tree.body[1].lineno)
try:
    exec(compile(ast.parse("1 / 0"), "<moved>", "exec"))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
moved = ast.parse("1 / 0")
ast.increment_lineno(moved, 41)
try:
    exec(compile(moved, "<moved>", "exec"))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)

doc = '''"""Module doc."""
def f(x):
    """First line.

        Indented more.
    Back."""
    return x
class C:
    "One line."
async def g():
    pass
def h():
    x = "not a docstring"
'''
m = ast.parse(doc)
print(repr(ast.get_docstring(m)), repr(ast.get_docstring(m.body[1])), repr(ast.get_docstring(m.body[1], clean=False)))
print(repr(ast.get_docstring(m.body[2])), ast.get_docstring(m.body[3]), ast.get_docstring(m.body[4]))
try:
    ast.get_docstring(m.body[1].body[1])
except TypeError as e:
    print('TypeError:', e)
