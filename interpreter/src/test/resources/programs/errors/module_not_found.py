# Importing a module that does not exist raises ModuleNotFoundError naming it.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("caught:", e, e.name)
import another_missing_module
