# The gc debug flag values and get_debug/set_debug.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
