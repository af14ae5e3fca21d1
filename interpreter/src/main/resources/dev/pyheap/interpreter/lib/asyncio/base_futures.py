"""What Future and Task share: the states, isfuture(), and the parts of their reprs."""

__all__ = ()

import reprlib

from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is a Future: an instance of a class with _asyncio_future_blocking (duck typing,
    so that other implementations of the protocol are accepted)."""
    return hasattr(obj.__class__, '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


def _format_callbacks(cb):
    """'cb=[...]', the first and last callbacks named and the ones between counted."""
    size = len(cb)
    shown = [format_helpers._format_callback_source(callback, ()) for callback, _ in cb]
    if size > 2:
        shown = [shown[0], f'<{size - 2} more>', shown[-1]]
    return 'cb=[' + ', '.join(shown) + ']'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        frame = future._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


@reprlib.recursive_repr()
def _future_repr(future):
    return '<{} {}>'.format(future.__class__.__name__, ' '.join(_future_repr_info(future)))
