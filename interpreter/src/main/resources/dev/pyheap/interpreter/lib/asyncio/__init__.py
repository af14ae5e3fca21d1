"""The asyncio package: an event loop on a selector, coroutines run as tasks, streams, subprocesses
and synchronization primitives, as CPython 3.11's asyncio has them (see each submodule)."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ + futures.__all__ +
           locks.__all__ + protocols.__all__ + runners.__all__ + queues.__all__ + streams.__all__ +
           subprocess.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__)

from .unix_events import *
__all__ += unix_events.__all__
