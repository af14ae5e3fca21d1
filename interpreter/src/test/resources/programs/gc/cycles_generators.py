# a generator holding itself through its frame's locals; exceptions holding their traceback frame
# collectors: generational marksweep
import gc
gc.collect()
def gen():
    me = yield
    yield me
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    return err
e = f()
print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)
del e
print(gc.collect())
