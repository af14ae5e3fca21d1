"""staggered_race: coroutine functions started one after another at a delay, the first to succeed
wins and the others are cancelled (the Happy Eyeballs connection race)."""

__all__ = 'staggered_race',

import contextlib

from . import events
from . import exceptions as exceptions_mod
from . import locks
from . import tasks


async def staggered_race(coro_fns, delay, *, loop=None):
    """(winner's result, winner's index, exceptions per started function): each function starts
    when the previous one failed or `delay` seconds after it started, whichever is first."""
    loop = loop or events.get_running_loop()
    enum_coro_fns = enumerate(coro_fns)
    winner_result = None
    winner_index = None
    exceptions = []
    running_tasks = []

    async def run_one_coro(previous_failed):
        if previous_failed is not None:
            with contextlib.suppress(exceptions_mod.TimeoutError):
                await tasks.wait_for(previous_failed.wait(), delay)
        try:
            this_index, coro_fn = next(enum_coro_fns)
        except StopIteration:
            return
        this_failed = locks.Event()
        next_task = loop.create_task(run_one_coro(this_failed))
        running_tasks.append(next_task)
        assert len(running_tasks) == this_index + 2
        exceptions.append(None)
        assert len(exceptions) == this_index + 1
        try:
            result = await coro_fn()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            exceptions[this_index] = e
            this_failed.set()
        else:
            nonlocal winner_index, winner_result
            assert winner_index is None
            winner_index = this_index
            winner_result = result
            for i, t in enumerate(running_tasks):
                if i != this_index:
                    t.cancel()

    first_task = loop.create_task(run_one_coro(None))
    running_tasks.append(first_task)
    try:
        done_count = 0
        while done_count != len(running_tasks):
            done, _ = await tasks.wait(running_tasks)
            done_count = len(done)
            if __debug__:
                for d in done:
                    if d.done() and not d.cancelled() and d.exception():
                        raise d.exception()
        return winner_result, winner_index, exceptions
    finally:
        for t in running_tasks:
            t.cancel()
