# compile() of trees with None where a node, a name or a number belongs: which the conversion
# refuses (and with which message), which the validator refuses, and which are fine.
import ast
def pos(n): n.lineno=1; n.col_offset=0; return n
for t in [ast.Module([pos(ast.Expr(pos(ast.Name(None, None))))], []), ast.Module([pos(ast.Expr(pos(ast.Name(None, ast.Load()))))], []),
  ast.Module([pos(ast.Expr(ast.Name('x', ast.Load(), lineno=None, col_offset=0)))], []),
  ast.Module([pos(ast.Expr(pos(ast.Attribute(None, None, ast.Load()))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Attribute(None, 'a', ast.Load()))))], []),
  ast.Module([pos(ast.Expr(None))], []),
  ast.Module([pos(ast.Return(None))], []),
  ast.Module([pos(ast.AnnAssign(pos(ast.Name('x', ast.Store())), pos(ast.Name('int', ast.Load())), None, None))], []),
  ast.Module([pos(ast.AnnAssign(pos(ast.Name('x', ast.Store())), pos(ast.Name('int', ast.Load())), None, 1))], []),
  ast.Module([pos(ast.Expr(pos(ast.FormattedValue(pos(ast.Name('x', ast.Load())), None, None))))], []),
  ast.Module([pos(ast.FunctionDef('f', None, [pos(ast.Pass())], [], None))], []),
  ast.Module([pos(ast.Expr(pos(ast.Call(pos(ast.Name('f', ast.Load())), [], [None]))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Call(pos(ast.Name('f', ast.Load())), [None], []))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Dict([None], [pos(ast.Name('f', ast.Load()))]))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Dict([pos(ast.Name('f', ast.Load()))], [None]))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Lambda(ast.arguments([], [], None, [], [], None, []), None))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Lambda(ast.arguments([], [], None, [pos(ast.arg('k'))], [None], None, []), pos(ast.Constant(1))))))], []),
  ast.Module([pos(ast.Import([None]))], []),
  ast.Module([pos(ast.With([ast.withitem(None)], [pos(ast.Pass())]))], []),
  ast.Module([pos(ast.Match(pos(ast.Name('x', ast.Load())), [ast.match_case(None, None, [pos(ast.Pass())])]))], []),
  ast.Module([pos(ast.Expr(pos(ast.Compare(pos(ast.Name('x', ast.Load())), [ast.Lt()], [None]))))], []),
  ast.Module([pos(ast.Expr(pos(ast.JoinedStr([None]))))], []),
  ast.Module([pos(ast.Expr(pos(ast.Constant(1, 2))))], []),
  ast.Module([pos(ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0, end_lineno=None)))], []),
  ]:
  try: compile(t, '', 'exec'); print('ok')
  except Exception as e: print(type(e).__name__, e)
