"""Deprecated (since 3.11): the names of the regular expression engine's codes."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from re._constants import *
from re._constants import _NamedIntConstant, error, MAGIC, MAXGROUPS, MAXREPEAT
