"""Processes with threading's API, over "spawn": Process, Pool, queues, pipes, locks, shared
values and arrays, managers. A child is a new interpreter that imports the parent's main module as
__mp_main__ (guard the program's start with ``if __name__ == '__main__':``); see context, spawn
and _hub for how processes start and share objects."""

import sys

from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# Objects pickled by a child whose class its __mp_main__ defines are found in the parent's __main__.
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
