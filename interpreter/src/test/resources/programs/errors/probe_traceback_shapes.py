# Error case: traceback.format_exc() of caught errors in many expression shapes (a method call in a chain, a subscript in an f-string, a multi-line call, a lambda, a comprehension, a decorator, a binary operation, a call of a call), with 3.11's ^ and ~ markers.
import traceback

class Node:
    def __init__(self, child=None):
        self.child = child
    def get(self):
        return self.child

data = {'users': [{'name': 'ann'}]}
def run(label, f):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        print('==', label)
        print(text.replace(__file__, 'FILE'), end='')

run('method chain', lambda: Node(Node()).get().get().get())
run('f-string subscript', lambda: f"user: {data['users'][1]['name']}")
run('f-string key', lambda: f"{data['usr']}")
def multi():
    return max(
        1,
        'two',
        3,
    )
run('multi-line call', multi)
run('lambda in sorted', lambda: sorted([3, 'a', 1], key=lambda x: x + 1))
run('comprehension', lambda: [1 / x for x in [2, 1, 0]])
run('dict comprehension', lambda: {k: data[k] for k in ['users', 'nope']})
run('generator into sum', lambda: sum(int(s) for s in ['1', 'x']))
def deco(fn):
    return fn.missing_attribute
def define():
    @deco
    def inner():
        pass
run('decorator', define)
run('binary op', lambda: data['users'][0]['name'] + 1 * 2)
run('call of call', lambda: (lambda: None)()())
run('nested subscript', lambda: data['users'][0]['age'])
run('attribute of None', lambda: data.get('x').strip())
def deep(n):
    if n == 0:
        return {}['k']
    return deep(n - 1)
run('recursion 3', lambda: deep(3))
def arith(a, b):
    return (a + b) * (a - b) / (a * 0)
run('division', lambda: arith(2, 1))
run('slice', lambda: [1, 2][1:2:0])
run('unpack', lambda: exec('a, b = range(3)'))
run('assert', lambda: exec('assert 1 == 2, "bad"'))
run('raise from', lambda: exec('try:\n    {}["x"]\nexcept KeyError as e:\n    raise ValueError("v") from e'))
