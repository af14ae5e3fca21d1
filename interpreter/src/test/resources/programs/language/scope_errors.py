# global/nonlocal misuse found by the compiler (SyntaxError) and unbound names at run time
for src in ('def f():\n    x = 1\n    global x\n', 'def f():\n    nonlocal y\n', 'nonlocal z\n',
            'def f(a):\n    global a\n', 'def f():\n    print(x)\n    global x\n',
            'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
            'class C:\n    nonlocal q\n', 'def f():\n    def g():\n        nonlocal v\n    v = 1\n'):
    try:
        compile(src, 'snippet', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(outer())
def local_before():
    try:
        print(w)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    w = 2
local_before()
def deleted():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
deleted()
try:
    undefined_name
except NameError as e:
    print('NameError:', e, e.name)
g = 1
def uses_global():
    global g
    g += 1
    del g
uses_global()
try:
    g
except NameError as e:
    print('NameError:', e)
class K:
    attr = 1
    try:
        print([attr for _ in range(1)])
    except NameError as e:
        print('class scope:', e)
