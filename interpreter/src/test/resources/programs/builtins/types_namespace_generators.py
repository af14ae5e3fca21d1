# The namespaces of generators, coroutines, async generators and their helpers, frames and tracebacks:
# __del__ (tp_finalize), __await__/__aiter__/__anext__, the gi_*/cr_*/ag_*, f_* and tb_* attributes.
import sys, types
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

async def coro():
    pass
async def agen():
    yield 1
c = coro()
a = agen()
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, type(c.__await__()),
          type(a.asend(None)), type(a.athrow(ValueError)), types.FrameType, types.TracebackType):
    listing(t)
c.close()
