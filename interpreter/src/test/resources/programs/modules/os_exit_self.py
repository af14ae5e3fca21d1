# os._exit ends the program at once: what sys.stdout holds is lost (stdout is a pipe here), what
# was flushed and stderr's finished lines stay, no finally block, atexit callback or __del__ runs,
# and the exit status is the argument's low byte.
import atexit, os, sys

class Noisy:
    def __del__(self):
        print("__del__ ran", flush=True)

keep = Noisy()
atexit.register(print, "atexit ran", flush=True)
print("flushed line", flush=True)
sys.stderr.write("stderr line\n")
print("held in the buffer")
sys.stderr.write("partial stderr")
try:
    os._exit(259)
finally:
    print("finally ran", flush=True)
