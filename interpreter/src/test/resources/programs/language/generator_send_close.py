# send() resumes a generator with a value; throw() raises inside it; close() raises GeneratorExit.
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    except GeneratorExit:
        print("closing with total", total)
        raise
    return total

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
acc.close()
acc2 = accumulator()
next(acc2)
acc2.send(1)
try:
    acc2.send(None)
except StopIteration as e:
    print("returned", e.value)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)

c = catcher()
next(c)
c.throw(ValueError("thrown in"))
try:
    accumulator().send(3)
except TypeError as e:
    print("TypeError:", e)
