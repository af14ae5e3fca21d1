# generator.throw and close, and GeneratorExit
def g():
    try:
        while True:
            try:
                x = yield
                print('got', x)
            except ValueError as e:
                print('handled', e)
                yield 'after'
    finally:
        print('cleanup')
gen = g()
next(gen)
gen.send(1)
print(gen.throw(ValueError('v')))
next(gen)
gen.close()
try:
    gen.send(2)
except StopIteration:
    print('stopped')
def h():
    yield 1
hg = h()
try:
    hg.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
