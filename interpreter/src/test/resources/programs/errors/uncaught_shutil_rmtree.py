# An uncaught error of shutil.rmtree: the traceback holds rmtree's frame twice (where onerror re-raised,
# then the lstat that failed), as 3.11's fd-based rmtree gives it.
import shutil
shutil.rmtree("/nonexist/x")
