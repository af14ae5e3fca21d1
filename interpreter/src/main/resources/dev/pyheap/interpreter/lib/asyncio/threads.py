"""asyncio.to_thread: a function run in the loop's default executor, with the caller's context."""

__all__ = 'to_thread',

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a thread of the default executor and await its result; the
    context variables are the calling task's."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
