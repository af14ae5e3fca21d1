"""Helpers of the built-in functions about coroutines that are simplest written in Python."""


async def anext_default(awaitable, default):
    """anext(iterator, default)'s awaitable: the next item, or default when the iterator is exhausted."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
