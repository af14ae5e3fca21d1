# Error case: AttributeError and NameError messages: str(e) never has 3.11's "Did you mean" (the traceback adds it), e.name and e.obj, then an uncaught one with its suggestion.
import traceback

class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
    def connect(self):
        pass

cfg = Config()
for name in ['verbos', 'timout', 'conect', 'xyz', 'verbose_', 'Timeout', 'conn']:
    try:
        getattr(cfg, name)
    except AttributeError as e:
        print(repr(str(e)), e.name, type(e.obj).__name__)
        print('  tb:', traceback.format_exception_only(type(e), e)[-1].rstrip())

for expr in ['[].apend', '"".uper', '{}.iterms', '(1).real_', 'None.x', 'len.__nam__', 'int.frm_bytes', 'print.x']:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, '->', e)
        print('  tb:', traceback.format_exception_only(type(e), e)[-1].rstrip())

import math
for name in ['sqr', 'pi_', 'floorr', 'tau2']:
    try:
        getattr(math, name)
    except AttributeError as e:
        print('math.' + name, '->', e)
        print('  tb:', traceback.format_exception_only(type(e), e)[-1].rstrip())

counter = 1
def f():
    local_value = 2
    return local_valu
for src in ['countr', 'lenn', 'prnt', 'Nonee', 'zzz_unknown', 'f()', 'Tru']:
    try:
        eval(src)
    except NameError as e:
        print(src, '->', e, '| name:', e.name)
        print('  tb:', traceback.format_exception_only(type(e), e)[-1].rstrip())

class Slots:
    __slots__ = ('alpha', 'beta')
s = Slots()
try:
    s.alpha
except AttributeError as e:
    print('slot unset ->', e)
try:
    s.gamma = 1
except AttributeError as e:
    print('slot missing ->', e)
try:
    del s.beta
except AttributeError as e:
    print('slot del ->', e)
try:
    (1).real = 2
except AttributeError as e:
    print('readonly ->', e)
try:
    del [].append
except AttributeError as e:
    print('del method ->', e)
try:
    object().x = 1
except AttributeError as e:
    print('object set ->', e)
try:
    Config.missing
except AttributeError as e:
    print('class ->', e)
try:
    math.missing = 1
    del math.missing
    del math.missing
except AttributeError as e:
    print('module del ->', e)
class P:
    @property
    def ro(self):
        return 1
try:
    P().ro = 2
except AttributeError as e:
    print('property set ->', e)
try:
    del P().ro
except AttributeError as e:
    print('property del ->', e)
try:
    e = AttributeError('m', name='n', obj=3)
    print(e.name, e.obj, e.args)
    NameError('x', name='y').name
    print(NameError('x', name='y').name)
    AttributeError('m', bad=1)
except TypeError as e:
    print('kw ->', e)
cfg.timout
