"""The classes of the objects site puts in builtins: Quitter (exit, quit), _Printer (copyright,
credits, license) and _Helper (help).

The interpreter makes those objects at start-up, before any Python code runs, so the classes are
its own and this module only names them.
"""

import sys
import builtins as _builtins

Quitter = type(_builtins.exit)
_Printer = type(_builtins.license)
_Helper = type(_builtins.help)

del _builtins
