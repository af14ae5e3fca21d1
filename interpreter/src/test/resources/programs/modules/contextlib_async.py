# contextlib's async forms: asynccontextmanager (as a context and as a decorator, an exception thrown in,
# a generator that never yields), AsyncExitStack with sync and async callbacks, aclosing over an async generator.
import asyncio, contextlib, os, tempfile
@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
async def agen():
    try:
        for i in range(3): yield i
    finally: print("agen closed")
async def main():
    async with resource("db") as r: print("using", r)
    try:
        async with resource("net"): raise ValueError("boom")
    except ValueError as e: print("caught", e)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(resource("a"))
        b = await st.enter_async_context(resource("b"))
        st.callback(print, "sync callback")
        async def acb(x): print("async callback", x)
        st.push_async_callback(acb, 1)
        print(a, b)
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print(v)
            if v == 1: break
    @resource("deco")
    async def work(): print("working")
    await work()
    @contextlib.asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield(): pass
    except RuntimeError as e: print(e)
asyncio.run(main())
