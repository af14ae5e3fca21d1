"""Interface to the Expat non-validating XML parser."""
import sys

from pyexpat import *

# the submodules are reachable under this package's name too
sys.modules['xml.parsers.expat.model'] = model
sys.modules['xml.parsers.expat.errors'] = errors
