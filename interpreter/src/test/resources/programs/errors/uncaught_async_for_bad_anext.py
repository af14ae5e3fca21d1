# Pins down: an uncaught TypeError from 'async for' whose __anext__ is a plain function returning a
# non-awaitable, raised inside a coroutine run by asyncio.run: the traceback goes through
# asyncio's frames (runners, base_events) as CPython prints them.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def consume():
    async for tick in Ticker(2):
        print('tick', tick)

asyncio.run(consume())
