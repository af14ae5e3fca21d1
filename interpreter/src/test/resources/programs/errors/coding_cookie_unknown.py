# -*- coding: klingon -*-
# A coding cookie (PEP 263) naming no codec: python3 FILE reports it before anything runs, as a
# SyntaxError with no location (no traceback, no file line).
print("never printed")
