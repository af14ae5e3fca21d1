"""Deprecated (since 3.11): the names of the regular expression engine's codes."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from _sre_constants import *
from _sre_constants import _NamedIntConstant, error, MAGIC, MAXGROUPS, MAXREPEAT
