# compile() of trees: built by hand, parsed, or changed after parsing; the mode must match the
# root; CPython's checks of a malformed tree (missing fields, wrong types) and the validator's.
import ast

tree = ast.parse("total = sum(range(n))\nprint('total', total)")
n = 10
exec(compile(tree, "<parsed>", "exec"))
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(value=6, lineno=1, col_offset=0),
                                     op=ast.Mult(),
                                     right=ast.Constant(value=7, lineno=1, col_offset=4),
                                     lineno=1, col_offset=0))
code = compile(expr, "<built>", "eval")
print(eval(code), code.co_filename, code.co_name)
single = compile(ast.parse("40 + 2", mode="single"), "<single>", "single")
exec(single)
print(compile(tree, "<x>", "exec", ast.PyCF_ONLY_AST) is tree)
print(type(compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(type(compile(b"a + b", "<s>", "exec", flags=ast.PyCF_ONLY_AST)).__name__)


def attempt(label, node, mode="exec"):
    try:
        compile(node, "<ast>", mode)
        print(label, "compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, type(e).__name__ + ":", e)


def pos(node, line=1):
    node.lineno, node.col_offset = line, 0
    return node


name_load = pos(ast.Name('x', ast.Load()))
attempt("no lineno", ast.Module(body=[ast.Expr(value=ast.Name('x', ast.Load()))], type_ignores=[]))
attempt("expr no lineno", ast.Module(body=[pos(ast.Expr(value=ast.Name('x', ast.Load())))], type_ignores=[]))
attempt("int as expr", ast.Module(body=[pos(ast.Expr(value=1))], type_ignores=[]))
attempt("id not str", ast.Module(body=[pos(ast.Expr(value=pos(ast.Name(1, ast.Load()))))], type_ignores=[]))
attempt("no ctx", ast.Module(body=[pos(ast.Expr(value=pos(ast.Name('x'))))], type_ignores=[]))
attempt("bad ctx", ast.Module(body=[pos(ast.Expr(value=pos(ast.Name('x', 3))))], type_ignores=[]))
attempt("body not list", ast.Module(body=pos(ast.Pass()), type_ignores=[]))
attempt("no type_ignores", ast.Module(body=[]))
attempt("no body", ast.Module(type_ignores=[]))
attempt("Expression in exec", ast.Expression(body=name_load))
attempt("Module in eval", ast.Module(body=[], type_ignores=[]), "eval")
attempt("list constant", ast.Module(body=[pos(ast.Expr(value=pos(ast.Constant([1]))))], type_ignores=[]))
attempt("str lineno", ast.Module(body=[pos(ast.Expr(value=ast.Constant(1, lineno='a', col_offset=0)))], type_ignores=[]))
attempt("level omitted", ast.Module(body=[pos(ast.ImportFrom(module='os', names=[pos(ast.alias('sep'))]))], type_ignores=[]))
attempt("Load target", ast.Module(body=[pos(ast.Assign(targets=[pos(ast.Name('x', ast.Load()))],
                                                       value=pos(ast.Constant(1))))], type_ignores=[]))
attempt("None statement", ast.Module(body=[None], type_ignores=[]))
attempt("empty If body", ast.Module(body=[pos(ast.If(test=name_load, body=[], orelse=[]))], type_ignores=[]))
attempt("int type_ignore", ast.Module(body=[], type_ignores=[1]))
attempt("empty Dict keys", ast.Expression(body=pos(ast.Dict(keys=[pos(ast.Constant(1))], values=[]))), "eval")
attempt("not a node", 5)
attempt("a str", "x = 1")
attempt("identifier None", ast.Module(body=[pos(ast.Expr(value=pos(ast.Name(None, ast.Load()))))], type_ignores=[]))
attempt("bad compare", ast.Expression(body=pos(ast.Compare(left=name_load, ops=[], comparators=[]))), "eval")
attempt("fixed", ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                                                                                  [ast.Constant('hi')], []))],
                                                      type_ignores=[])))
try:
    compile(ast.Module(body=[ast.Expr(value=1)], type_ignores=[]), "<ast>", "exec")
except TypeError as e:
    print(type(e).__name__, e.__traceback__.tb_next)
