# Subclasses of ExceptionGroup: extra constructor arguments through __new__, derive overridden or
# not (split and subgroup make their parts through derive), nesting rules, except* with them
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code + 1)

e = Errors('errs', [ValueError(1), TypeError(2)], 10)
print(type(e).__name__, e, e.code, e.args, repr(e))
m, r = e.split(ValueError)
print(type(m).__name__, m.code, m, type(r).__name__, r.code, r)

class Plain(ExceptionGroup):
    pass
p = Plain('plain', [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__, repr(m))
print(Plain.__mro__[1:3], isinstance(p, ExceptionGroup), isinstance(p, Exception))
try:
    Plain('bad', [KeyboardInterrupt()])
except TypeError as err:
    print('TypeError:', err)

class Base(BaseExceptionGroup):
    pass
print(type(Base('b', [ValueError()])).__name__, type(Base('b', [SystemExit()])).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError('not a group')
try:
    BadDerive('x', [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as err:
    print('TypeError:', err)

class Mixed(ExceptionGroup, OSError if False else Exception):
    pass
print(Mixed('m', [ValueError()]))

try:
    raise Errors('raised', [ValueError('v'), KeyError('k')], 0)
except* ValueError as caught:
    print('caught', type(caught).__name__, caught.code, caught)
except* KeyError as caught:
    print('caught', type(caught).__name__, caught.code, caught)

import sys
class Tracking(ExceptionGroup):
    made = []
    def derive(self, excs):
        Tracking.made.append(len(excs))
        return Tracking(self.message, excs)
try:
    try:
        raise Tracking('t', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print('values handled')
except Tracking as rest:
    print('rest', type(rest).__name__, rest.exceptions)
print(Tracking.made)
print(sys.getsizeof(ExceptionGroup('a', [ValueError()])), sys.getsizeof(BaseExceptionGroup('a', [SystemExit()])))
