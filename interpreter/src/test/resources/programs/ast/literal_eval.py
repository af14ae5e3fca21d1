# ast.literal_eval: the literals it accepts, from text or a tree, and its errors.
import ast

print(ast.literal_eval("[1, -2, (3.5, 'a'), {'k': {1, 2}}, b'x', None, True, -1+2j, set(), ...]"))
print(ast.literal_eval("  \t 42"), ast.literal_eval("'a' 'b'"), ast.literal_eval("{'a': [1, {'b': ()}]}"))
print(ast.literal_eval(ast.parse("(1, 2)", mode='eval')), ast.literal_eval(ast.Constant(3)))
print(ast.literal_eval("1-2j"), ast.literal_eval("-3.5+0j"), ast.literal_eval("+5"), ast.literal_eval("-0x10"))
for bad in ["1 + x", "f()", "{**a}", "[1, 2] + [3]", "'a' * 3", "--1", "1+2", "x", "2j+1", "+'s'", "{1: 2}[1]"]:
    try:
        print(repr(bad), ast.literal_eval(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', str(e).split(': <')[0])
for bad in ["1 +", "x = 1", "\n1"]:
    try:
        print(repr(bad), ast.literal_eval(bad))
    except SyntaxError as e:
        print(repr(bad), 'SyntaxError:', e)
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print('ValueError:', str(e).split(': <')[0])
