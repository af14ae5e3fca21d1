# The event loop's own API: call_soon in order, call_later by deadline, run_until_complete, stop,
# close.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
order = []
loop.call_soon(order.append, 'soon 1')
loop.call_later(0.02, order.append, 'later 0.02')
loop.call_later(0.05, order.append, 'later 0.05')
loop.call_soon(order.append, 'soon 2')
h = loop.call_soon(order.append, 'cancelled')
h.cancel()
print(h.cancelled())


async def main():
    await asyncio.sleep(0.1)
    order.append('main')
    return 'result'

print(loop.run_until_complete(main()))
print(order)
t0 = loop.time()
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.time() >= t0)
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.set_event_loop(None)
