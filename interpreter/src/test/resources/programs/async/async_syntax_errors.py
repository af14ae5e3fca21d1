# The compiler's errors about async forms, as compile() reports them.
cases = {
    'await at module level': 'await x',
    'await in a function': 'def f():\n    await x',
    'await in a lambda': 'lambda: await x',
    'async with in a function': 'def f():\n    async with x:\n        pass',
    'async for in a function': 'def f():\n    async for i in x:\n        pass',
    'async comprehension in a function': 'def f():\n    return [i async for i in x]',
    'yield from in async def': 'async def f():\n    yield from x',
    'return value in async generator': 'async def f():\n    yield 1\n    return 2',
    'await in class body': 'async def f():\n    class C:\n        await x',
    'async comprehension at module level': '[i async for i in x]',
}
for name, src in cases.items():
    try:
        compile(src, 'prog.py', 'exec')
        print(name, 'compiles')
    except SyntaxError as e:
        print(f'{name}: {e.msg} (line {e.lineno})')

ok = ['async def f():\n    return [await g() for g in x]',
      'async def f():\n    yield 1\n    return',
      'async def f():\n    return (i async for i in x)',
      'def f():\n    return (i async for i in x)']
for src in ok:
    code = compile(src, 'prog.py', 'exec')
    inner = code.co_consts[0]
    print(inner.co_name, hex(inner.co_flags))
