# An exception raised while handling another prints both, joined by "During handling of the
# above exception, another exception occurred:".
def cleanup():
    raise RuntimeError("cleanup failed")

try:
    [][0]
except IndexError:
    cleanup()
