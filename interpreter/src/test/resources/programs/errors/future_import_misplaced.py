# A future statement after other code: a SyntaxError the compiler (not the parser) finds, so it
# carries no source text of its own and the report reads the line from the file, as CPython does.
import os
from __future__ import annotations
print("never")
