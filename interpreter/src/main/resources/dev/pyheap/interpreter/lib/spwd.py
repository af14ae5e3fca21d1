"""The Unix shadow password database: getspnam(name) and getspall() give struct_spwd entries
(sp_namp, sp_pwdp, sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire, sp_flag: two strs, then
ints, -1 where a field is empty). Reading the database needs root."""

# CPython's spwd is written in C and warns as it is made; here the functions are _pyheap_spwd's
import warnings as _warnings
_warnings._deprecated(__name__, remove=(3, 13))
del _warnings

from _pyheap_spwd import getspall, getspnam, struct_spwd
