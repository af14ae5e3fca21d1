# A task still pending when it dies is reported: "Task was destroyed but it is pending!". The task
# is in a cycle with the future it waits for (its wakeup callback), so gc.collect() finds it.
# refcount: expect asyncio_task_destroyed_pending.refcount.err
# Under marksweep the finalizers of the cycle run in the order its marking left the survivors in:
# the coroutine (reached first since the loop holds its async generator hooks only while it runs)
# before the task, as CPython's list of creation order has them, so the task's report sees the
# coroutine done under marksweep as under generational.
import asyncio
import gc


async def forever():
    await asyncio.Event().wait()


loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
print(t.done())
loop.close()
del t
gc.collect()
print('end')
