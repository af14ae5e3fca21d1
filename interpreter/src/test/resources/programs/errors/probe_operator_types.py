# Error case: every binary, unary, augmented and comparison operator between unsupported types: caught messages.
import operator

class Plain:
    pass

values = [1, 1.5, 'a', b'b', [1], None, Plain(), {1}, 1j]
binops = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']
seen = set()
for op in binops:
    for a in values:
        for b in values:
            try:
                eval(f"a {op} b")
            except TypeError as e:
                msg = str(e)
                if msg not in seen:
                    seen.add(msg)
                    print(op, type(a).__name__, type(b).__name__, '->', msg)
            except Exception as e:
                print(op, type(a).__name__, type(b).__name__, '->', type(e).__name__, e)
print(len(seen), 'distinct binary messages')

for op in ['-', '+', '~']:
    for a in values:
        try:
            eval(f"{op}a")
        except TypeError as e:
            print('unary', op, type(a).__name__, '->', e)

aug = ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']
for op in aug:
    for a, b in [(1, 'a'), ([1], 1), ('a', None), (None, None), ((1,), [2]), ({1}, [1])]:
        ns = {'x': a, 'y': b}
        try:
            exec(f"x {op} y", ns)
        except TypeError as e:
            print('aug', op, type(a).__name__, type(b).__name__, '->', e)

for op in ['<', '<=', '>', '>=']:
    for a, b in [(1, 'a'), ('a', 1), ([1], (1,)), (None, None), (Plain(), Plain()), (1j, 1j), ({1: 2}, {}), (b'a', 'a')]:
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print('cmp', op, type(a).__name__, type(b).__name__, '->', e)

for f in [operator.add, operator.lt, operator.neg, operator.index, operator.inv, operator.truth]:
    try:
        f('a') if f in (operator.neg, operator.index, operator.inv, operator.truth) else f('a', 1)
    except TypeError as e:
        print('operator.' + f.__name__, '->', e)

for a, b in [(1, 2), (1, None), ('a', ['a']), (1, 'abc'), ([1], 'abc'), (1, Plain()), (1, 5.0)]:
    try:
        print(a in b)
    except TypeError as e:
        print('in', type(a).__name__, type(b).__name__, '->', e)

for obj in [1, None, Plain(), 1.5, len, Plain, {1}, (i for i in [])]:
    try:
        obj[0]
    except TypeError as e:
        print('subscript', type(obj).__name__, '->', e)
    try:
        obj[0] = 1
    except TypeError as e:
        print('store', type(obj).__name__, '->', e)
    try:
        del obj[0]
    except TypeError as e:
        print('delete', type(obj).__name__, '->', e)

for obj in [1, None, 'a', [1], Plain(), (1,)]:
    try:
        obj()
    except TypeError as e:
        print('call', type(obj).__name__, '->', e)

for obj in [1, None, Plain()]:
    for f in (len, iter, reversed, abs, hash, int, float, complex, bool, str):
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, type(obj).__name__, '->', e)
