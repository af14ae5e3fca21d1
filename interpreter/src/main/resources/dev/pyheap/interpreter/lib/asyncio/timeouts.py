"""asyncio.timeout(): an async context manager that cancels the task running its block at a
deadline and turns that cancellation into TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks


# the names its repr and errors show for each state
_TIMEOUT_STATES = {'CREATED': 'created', 'ENTERED': 'active', 'EXPIRING': 'expiring', 'EXPIRED': 'expired',
                   'EXITED': 'finished'}


class Timeout:
    """An async context manager that cancels the task running its block at a deadline, which it
    turns into TimeoutError."""

    def __init__(self, when):
        self._state = 'CREATED'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'ENTERED':
            if self._state == 'CREATED':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {_TIMEOUT_STATES[self._state]} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('EXPIRING', 'EXPIRED')

    def __repr__(self):
        info = ['']
        if self._state == 'ENTERED':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        return f"<Timeout [{_TIMEOUT_STATES[self._state]}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state != 'CREATED':
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'ENTERED'
        self._task = task
        # cancellations requested before the block are not this timeout's
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'EXPIRING':
            self._state = 'EXPIRED'
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'ENTERED':
            self._state = 'EXITED'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'EXPIRING'
        self._timeout_handler = None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
