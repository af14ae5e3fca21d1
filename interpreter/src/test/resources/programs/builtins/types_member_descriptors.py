# The member and getset descriptors of built-in types read the attribute as the instance does:
# T.__dict__[name].__get__(obj) == getattr(obj, name); their reprs; storing through a read-only one.
import types
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
def f(a, b=2):
    return a
class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
g, c, a = gen(), coro(), agen()
cases = [(slice(1, 5, 2), ('start', 'stop', 'step')), (range(2, 9, 3), ('start', 'stop', 'step')),
         (C.__dict__['p'], ('fget', 'fset', 'fdel', '__isabstractmethod__')), (C().m, ('__func__',)),
         (f.__code__, ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_flags',
                       'co_consts', 'co_names', 'co_name', 'co_qualname', 'co_firstlineno', 'co_varnames',
                       'co_cellvars', 'co_freevars')),
         (g, ('gi_code', '__name__', '__qualname__', 'gi_running', 'gi_suspended', 'gi_yieldfrom')),
         (c, ('cr_code', '__name__', '__qualname__', 'cr_running', 'cr_suspended', 'cr_await', 'cr_origin')),
         (a, ('ag_code', '__name__', '__qualname__', 'ag_running', 'ag_await')),
         (tb, ('tb_lasti', 'tb_lineno', 'tb_next')),
         (classmethod(f), ('__func__', '__wrapped__', '__isabstractmethod__')),
         (staticmethod(f), ('__func__', '__wrapped__', '__isabstractmethod__'))]
for obj, names in cases:
    t = type(obj)
    for n in names:
        d = t.__dict__[n]
        v = d.__get__(obj, t)
        print(t.__name__, n, type(d).__name__, v == getattr(obj, n), repr(d) == f"<{'member' if type(d).__name__ == 'member_descriptor' else 'attribute'} '{n}' of '{t.__name__}' objects>")
print(slice.__dict__['start'].__get__(None, slice) is slice.__dict__['start'])
for obj, n in ((slice(1), 'start'), (range(3), 'stop'), (g, 'gi_running'), (g, 'gi_code')):
    try:
        setattr(obj, n, 5)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    slice.__dict__['start'].__get__(range(3))
except TypeError as e:
    print('TypeError:', e)
c.close()
