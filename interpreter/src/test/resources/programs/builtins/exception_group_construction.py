# BaseExceptionGroup/ExceptionGroup construction: the class picked, argument errors, str and repr,
# the exceptions tuple, readonly attributes, class_getitem, the hierarchy
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
e = BaseExceptionGroup('all exceptions', [ValueError(1), TypeError(2)])
print(type(e).__name__, isinstance(e, Exception), str(e), repr(e))
b = BaseExceptionGroup('has base', [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception), b)
one = ExceptionGroup('one', (ValueError('x'),))
print(str(one), repr(one), one.args, one.exceptions, type(one.exceptions).__name__)
lst = [ValueError(1)]
from_list = ExceptionGroup('from list', lst)
lst.append(TypeError(2))
print(len(from_list.exceptions), repr(from_list), from_list.args[1] is lst)
print(ExceptionGroup('gen', tuple(ValueError(i) for i in range(3))))
nested = ExceptionGroup('n', [ExceptionGroup('m', [ValueError()])])
print(nested, nested.exceptions[0])
for make in (lambda: ExceptionGroup('x'), lambda: ExceptionGroup(), lambda: ExceptionGroup('x', [], 3),
             lambda: ExceptionGroup(b'x', [ValueError()]), lambda: ExceptionGroup('x', {ValueError()}),
             lambda: ExceptionGroup('x', {'k': ValueError()}), lambda: ExceptionGroup('x', ()),
             lambda: ExceptionGroup('x', [ValueError(), 'no']), lambda: ExceptionGroup('x', [SystemExit()]),
             lambda: ExceptionGroup('x', [ValueError()], extra=1), lambda: ExceptionGroup('x', None),
             lambda: BaseExceptionGroup('x', [ValueError], )):
    try:
        r = make()
        print('made', repr(r))
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
for attr in ('message', 'exceptions'):
    try:
        setattr(one, attr, 'new')
    except AttributeError as err:
        print('AttributeError:', err)
one.other = 5
print(one.other, one.__dict__)
print(ExceptionGroup[ValueError], BaseExceptionGroup[int])
print(one.derive([KeyError(1)]), type(one.derive([KeyError(1)])).__name__, type(one.derive([GeneratorExit()])).__name__)
print(one.with_traceback(None) is one, one.__traceback__)
