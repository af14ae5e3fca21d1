# sys.excepthook set to None: CPython 3.11 still calls it, so the report is "Error in
# sys.excepthook:" with the TypeError (no traceback: it comes from the call itself), then
# "Original exception was:" and the program's own traceback; the exit status is 1.
import sys

sys.excepthook = None
print("about to fail")
int("not a number")
