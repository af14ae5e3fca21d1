# pyclbr: readmodule/readmodule_ex over modules written to a temporary folder (classes with bases
# resolved through the modules read, methods by their last definition, nested classes and functions,
# async functions, names imported from other modules and packages, `from ... import *`), packages'
# __path__, built-in modules, a library module, the errors for missing modules and packages, and
# Class/Function built directly with _nest_function/_nest_class.
import os, tempfile
tmp = tempfile.mkdtemp()
FILES = {'base_mod.py': 'class Base:\n    def run(self):\n        pass\n', 'pkg/__init__.py': 'from .inner import Inner\n', 'pkg/inner.py': 'class Inner:\n    pass\ndef helper():\n    pass\n_private = 1\n', 'sample.py': 'import base_mod\nfrom base_mod import Base\nfrom pkg.inner import *\nimport os.path\n\nclass A(Base, object):\n    x = 1\n    def m1(self):\n        def inner():\n            class Local:\n                pass\n        return inner\n    async def m2(self):\n        pass\n    @property\n    def m1(self):\n        return 2\n\nclass B(base_mod.Base, A, Unknown.Thing):\n    class Nested:\n        def nm(self): pass\n\ndef top(a, b):\n    pass\n\nasync def atop():\n    if True:\n        import pkg\n        def hidden(): pass\n\nlam = lambda: 0\n'}
for name, text in FILES.items():
    os.makedirs(os.path.dirname(os.path.join(tmp, name)), exist_ok=True)
    with open(os.path.join(tmp, name), 'w') as f:
        f.write(text)
import pyclbr, sys
def show(ob, ind=0):
    pad = ' ' * ind
    if isinstance(ob, pyclbr.Class):
        sup = [s if isinstance(s, str) else ('<Class %s.%s>' % (s.module, s.name)) for s in ob.super]
        print(pad + 'class', ob.module, ob.name, sup, ob.lineno, ob.end_lineno, ob.methods,
              ob.parent.name if ob.parent else None, ob.file.rsplit('/', 1)[-1])
    else:
        print(pad + 'def', ob.module, ob.name, ob.lineno, ob.end_lineno, ob.is_async,
              ob.parent.name if ob.parent else None)
    for c in ob.children.values():
        show(c, ind + 2)
tree = pyclbr.readmodule_ex('sample', [tmp])
for name, ob in tree.items():
    print(name, '->', end=' ')
    show(ob)
print(sorted(pyclbr.readmodule('sample', [tmp])))
print(sorted(pyclbr.readmodule_ex('pkg', [tmp])))
print(pyclbr.readmodule_ex('pkg', [tmp])['__path__'][0].rsplit('/', 1)[-1])
print(sorted(pyclbr.readmodule_ex('pkg.inner', [tmp])))
print(pyclbr.readmodule_ex('sys'), pyclbr.readmodule('math'))
for bad in ['no_such_module', 'base_mod.x', 'pkg.nothere']:
    try:
        pyclbr.readmodule_ex(bad, [tmp])
    except ImportError as e:
        print(type(e).__name__, e)
print(sorted(k for k, v in pyclbr.readmodule_ex('textwrap').items() if isinstance(v, pyclbr.Class)))
f = pyclbr.Function('m', 'f', 'file.py', 3, end_lineno=5)
c = pyclbr.Class('m', 'C', None, 'file.py', 1)
g = pyclbr._nest_function(c, 'meth', 2, 4, True)
k = pyclbr._nest_class(g, 'K', 3, 3, ['X'])
print(c.super, c.methods, list(c.children), g.is_async, g.parent is c, k.super, k.parent is g, list(g.children))
