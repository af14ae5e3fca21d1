# time.get_clock_info: the POSIX clock behind each of time's functions on Linux, as a
# SimpleNamespace with CPython 3.11's fields in its order, and the errors for an unknown name or a
# name that is not a str.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info)
    print("  ", type(info).__name__, sorted(vars(info)), info.monotonic is not info.adjustable)
for bad in ("nope", "time_ns", 3):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
