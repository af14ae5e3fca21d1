# except* misuse: the compiler's SyntaxErrors and the TypeErrors CHECK_EG_MATCH raises at run time
sources = [
    'try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
    'for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n',
    'for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'try:\n    pass\nexcept*:\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n',
    'try:\n    pass\nexcept* ValueError:\n    def g():\n        return 2\n',
    'try:\n    pass\nx = 1\n',
    'try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n',
    'try:\n    pass\nexcept *ValueError:\n    pass\n',
]
for src in sources:
    try:
        compile(src, 'snippet', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

for clause in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 'x')):
    try:
        try:
            raise ValueError('v')
        except* clause:
            print('handled')
    except TypeError as e:
        print('TypeError:', e, '| context:', repr(e.__context__))

class MyGroup(ExceptionGroup):
    pass
try:
    try:
        raise ValueError(1)
    except* MyGroup:
        pass
except TypeError as e:
    print('TypeError:', e)
