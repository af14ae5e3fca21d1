# Error case: errors of state rather than arguments: containers changed during iteration or sort, generators already executing or closed, re-entrant iterators, frozen dataclasses, closed files, deleted names and unbound locals, exhausted and reused objects: caught messages.
import dataclasses, io

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label:34} {type(e).__name__}: {e}")
    else:
        print(f"{label:34} ok {r!r}")

def dict_grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
show("dict changed size", dict_grow)
def dict_keys_changed():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0
show("dict keys changed", dict_keys_changed)
def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
show("set changed size", set_grow)
def list_sort_mutate():
    l = [3, 2, 1]
    l.sort(key=lambda x: l.append(x) or x)
show("list modified during sort", list_sort_mutate)
def deque_mutate():
    import collections
    d = collections.deque([1, 2])
    for x in d:
        d.append(x)
show("deque mutated", deque_mutate)
def dict_values_iter():
    d = {1: 1}
    it = iter(d.values())
    d[2] = 2
    next(it)
show("dict values changed", dict_values_iter)
def gen_running():
    def g():
        yield next(me)
    me = g()
    next(me)
show("generator already executing", gen_running)
def gen_closed():
    def g():
        yield 1
    x = g()
    x.close()
    return next(x, 'exhausted'), x.send(None)
show("closed generator send", gen_closed)
def gen_ignores_exit():
    def g():
        try:
            yield 1
        except GeneratorExit:
            pass
        yield 2
    x = g()
    next(x)
    x.close()
show("generator ignored GeneratorExit", gen_ignores_exit)
def gen_throw_bad():
    def g():
        yield 1
    x = g()
    x.throw(1)
show("throw non-exception", gen_throw_bad)
def coro_reuse():
    async def c():
        return 1
    co = c()
    try:
        co.send(None)
    except StopIteration:
        pass
    co.send(None)
show("coroutine reused", coro_reuse)
def await_bad():
    async def c():
        await 1
    c().send(None)
show("await int", await_bad)
def async_for_bad():
    async def c():
        async for x in [1]:
            pass
    c().send(None)
show("async for list", async_for_bad)
def async_with_bad():
    async def c():
        async with object():
            pass
    c().send(None)
show("async with object", async_with_bad)
def with_bad():
    with 1:
        pass
show("with int", with_bad)
def with_no_exit():
    class A:
        def __enter__(self):
            return self
    with A():
        pass
show("with no __exit__", with_no_exit)
@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
show("frozen dataclass set", lambda: setattr(Point(1), 'x', 2))
show("frozen dataclass del", lambda: delattr(Point(1), 'y'))
show("dataclass missing arg", lambda: Point())
show("dataclass extra kw", lambda: Point(1, z=2))
show("dataclass mutable default", lambda: dataclasses.make_dataclass('D', [('a', list, dataclasses.field(default=[]))]))
show("dataclass order", lambda: dataclasses.dataclass(order=True, eq=False)(type('E', (), {})))
show("dataclasses.fields(1)", lambda: dataclasses.fields(1))
show("asdict(1)", lambda: dataclasses.asdict(1))
show("replace bad field", lambda: dataclasses.replace(Point(1), z=3))
def closed_stringio():
    s = io.StringIO()
    s.close()
    s.write('x')
show("closed StringIO", closed_stringio)
def bytesio_exported():
    b = io.BytesIO(b'abc')
    m = b.getbuffer()
    b.write(b'x')
show("BytesIO with export", bytesio_exported)
def bytearray_exported():
    b = bytearray(b'abc')
    m = memoryview(b)
    b.append(1)
show("bytearray with export", bytearray_exported)
def memoryview_released():
    m = memoryview(b'abc')
    m.release()
    m[0]
show("released memoryview", memoryview_released)
show("memoryview readonly", lambda: memoryview(b'abc').__setitem__(0, 1))
show("memoryview bad index", lambda: memoryview(b'abc')[5])
show("memoryview cast", lambda: memoryview(b'abc').cast('i'))
def unbound():
    if False:
        value = 1
    return value
show("unbound local", unbound)
def free_unbound():
    def inner():
        return cell
    r = inner()
    cell = 1
    return r
show("free variable unbound", free_unbound)
def deleted():
    x = 1
    del x
    return x
show("deleted local", deleted)
def del_twice():
    x = 1
    del x
    del x
show("del twice", del_twice)
def global_missing():
    global no_such_global_here
    return no_such_global_here
show("global missing", global_missing)
show("del missing global", lambda: exec('del no_such_name_here'))
def iter_exhausted():
    it = iter([1])
    list(it)
    return list(it), next(it, 'done')
show("exhausted iterator", iter_exhausted)
def set_iter_after_clear():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.clear()
    next(it)
show("set cleared while iterating", set_iter_after_clear)
def property_recursion_free():
    class A:
        @property
        def p(self):
            raise AttributeError('inner message')
        def __getattr__(self, name):
            return 'fallback ' + name
    return A().p
show("property raising AttributeError", property_recursion_free)
