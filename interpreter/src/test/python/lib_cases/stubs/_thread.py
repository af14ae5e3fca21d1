"""Stand-in for the Java _thread module: exactly the names the library asks of it."""
from _cpython__thread import (start_new_thread, allocate_lock, LockType, RLock, get_ident,
                              get_native_id, stack_size, _set_sentinel, _local, error,
                              TIMEOUT_MAX, _excepthook, _ExceptHookArgs)
