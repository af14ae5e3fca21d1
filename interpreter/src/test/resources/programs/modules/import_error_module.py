# A module whose body fails after a collection: run as a program it ends with the NameError's
# traceback; modules/import_error_cleanup.py imports it.
import gc
made = [gc]
made.append(made)
gc.collect()
undefined_name
