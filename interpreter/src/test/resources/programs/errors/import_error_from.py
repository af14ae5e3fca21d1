# ImportError from "from module import name" with a missing name, plus a caught ModuleNotFoundError.
try:
    import not_a_real_module_xyz
except ModuleNotFoundError as e:
    print("caught:", e, "name:", e.name)
from sys import argv, arg_v
