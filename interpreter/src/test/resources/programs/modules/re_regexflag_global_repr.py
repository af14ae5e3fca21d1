# re.RegexFlag as CPython 3.11's global_enum IntFlag with the KEEP boundary: reprs name the module (re.X)
# in the members' definition order (ASCII first), ~flag is the other flags (a positive int), bits no
# member names print as a number, str is the repr, and a Pattern's repr keeps sre's own order.
import re
print(repr(re.U | re.M), repr(re.A | re.I), repr(re.T | re.DEBUG | re.X), int(~re.I), repr(~re.NOFLAG), repr(~(re.I | re.A)), repr(re.RegexFlag(1024 | 2)), str(~re.M))
print(repr(~re.I & re.M), int(~re.A), ~re.I | re.I, type(~re.I).__name__, re.compile("x", re.I | re.U).flags)
