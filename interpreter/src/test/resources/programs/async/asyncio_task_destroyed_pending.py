# A task still pending when it dies is reported: "Task was destroyed but it is pending!". The task
# is in a cycle with the future it waits for (its wakeup callback), so gc.collect() finds it.
# refcount: expect asyncio_task_destroyed_pending.refcount.err
# Under marksweep the finalizers of the cycle run in the order its marking left the survivors in
# (the task, reached first, before its coroutine), so the task's report still sees the coroutine
# running; CPython's list keeps creation order and closes the coroutine first.
# marksweep: expect asyncio_task_destroyed_pending.marksweep.err
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
