# compile, exec and eval with strings, code objects and namespaces
ns = {}
exec('x = 2\ny = x * 3', ns)
print(ns['x'], ns['y'], '__builtins__' in ns)
print(eval('x + y', ns), eval('a * 2', {}, {'a': 21}))
code = compile('z = 10\nprint("in code", z)', '<mine>', 'exec')
print(type(code).__name__, code.co_filename)
exec(code)
e = compile('1 + 2', '<e>', 'eval')
print(eval(e))
s = compile('3 * 3', '<s>', 'single')
exec(s)
g = {'v': 1}; l = {}
exec('w = v + 1', g, l)
print(l, 'w' in g)
try:
    eval('1 +')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno)
try:
    compile('x', '<b>', 'bogus')
except ValueError as err:
    print(err)
