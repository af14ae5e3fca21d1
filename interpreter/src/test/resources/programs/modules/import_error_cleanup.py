# A failing import removes the half-made module from sys.modules, and sys.modules, sys and builtins
# survive collections made during and after it, though no frame refers to them (the interpreter
# holds its own references to them, as CPython's interpreter state does).
import gc
for attempt in range(2):
    try:
        import import_error_module
    except NameError as e:
        print(attempt, e)
    gc.collect()
import sys
print("import_error_module" in sys.modules, sys.modules["sys"] is sys, sys.modules["builtins"].__name__)
import operator
print(operator.add(1, 2), "operator" in sys.modules)
