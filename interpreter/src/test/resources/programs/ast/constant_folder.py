# A NodeTransformer that folds constant arithmetic, removes dead branches and renames a variable;
# the rewritten tree is compiled and run, and printed with unparse.
import ast
import operator

SOURCE = '''
SECONDS = 60 * 60 * 24
DEBUG = False
def area(r):
    if DEBUG:
        print("debug", r)
    if 2 > 1:
        scale = 3.0 / 2
    else:
        scale = 0
    return scale * 3.14159 * r ** 2 + (1 + 2) * 0
print(SECONDS, area(2), -(-5), not True, 'ab' * 2, 2 ** 10 - 24)
'''

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
       ast.Pow: operator.pow, ast.Gt: operator.gt, ast.Lt: operator.lt}


class Folder(ast.NodeTransformer):
    folded = 0

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) and type(node.op) in OPS:
            value = OPS[type(node.op)](node.left.value, node.right.value)
            self.folded += 1
            return ast.copy_location(ast.Constant(value), node)
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.operand, ast.Constant):
            if isinstance(node.op, ast.USub):
                return ast.copy_location(ast.Constant(-node.operand.value), node)
            if isinstance(node.op, ast.Not):
                return ast.copy_location(ast.Constant(not node.operand.value), node)
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if (len(node.ops) == 1 and type(node.ops[0]) in OPS and isinstance(node.left, ast.Constant)
                and isinstance(node.comparators[0], ast.Constant)):
            value = OPS[type(node.ops[0])](node.left.value, node.comparators[0].value)
            return ast.copy_location(ast.Constant(value), node)
        return node

    def visit_If(self, node):
        self.generic_visit(node)
        if isinstance(node.test, ast.Constant):
            return node.body if node.test.value else (node.orelse or None)
        if isinstance(node.test, ast.Name) and node.test.id == 'DEBUG':
            return None
        return node

    def visit_Name(self, node):
        if node.id == 'scale':
            return ast.copy_location(ast.Name('factor', node.ctx), node)
        return node


tree = ast.parse(SOURCE)
exec(compile(tree, '<original>', 'exec'), {})
folder = Folder()
new = ast.fix_missing_locations(folder.visit(tree))
print('folded', folder.folded)
print(ast.unparse(new))
namespace = {}
exec(compile(new, '<folded>', 'exec'), namespace)
print(sorted(k for k in namespace if not k.startswith('__')))
print(ast.dump(new.body[2].body[0], include_attributes=True))
