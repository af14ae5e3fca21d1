# os._exit inside an atexit callback: the callbacks registered before it (run after it) do not
# run, the status is its argument, and sys.stdout's buffer, flushed only after the callbacks, is lost.
import atexit, os

atexit.register(print, "registered first, never runs", flush=True)
atexit.register(os._exit, 6)
atexit.register(print, "registered last, runs first", flush=True)
print("held in the buffer")
