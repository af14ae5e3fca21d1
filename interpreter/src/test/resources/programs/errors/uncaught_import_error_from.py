# ImportError from a module that exists with a "Did you mean" (3.12 only; 3.11 gives none), and ModuleNotFoundError names
try:
    from sys import argvv
except ImportError as e:
    print(type(e).__name__, e, "|", e.name, e.path is None or e.path.endswith(".so") or True)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "|", e.name)
try:
    import os.nope
except ModuleNotFoundError as e:
    print(e)
try:
    from itertools import chainn
except ImportError as e:
    print(e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
import importlib
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
from sys import getrefcont
