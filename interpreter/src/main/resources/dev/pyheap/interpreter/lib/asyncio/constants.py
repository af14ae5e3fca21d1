"""The constants asyncio's modules share."""

import enum

# how many times a write to a closed transport is ignored silently before it is logged
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# seconds accept() waits after running out of descriptors (EMFILE)
ACCEPT_RETRY_DELAY = 1

# how many frames of a coroutine's creation debug mode keeps
DEBUG_STACK_DEPTH = 10

SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

# the chunk sendfile's fallback reads and writes at a time
SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256

FLOW_CONTROL_HIGH_WATER_SSL_READ = 256
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512

THREAD_JOIN_TIMEOUT = 300


class _SendfileMode(enum.Enum):
    UNSUPPORTED = enum.auto()
    TRY_NATIVE = enum.auto()
    FALLBACK = enum.auto()
