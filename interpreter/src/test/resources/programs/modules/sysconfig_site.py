# sysconfig and site describe CPython 3.11 on x86-64 Linux: the version and platform, the install
# schemes' path templates and paths relative to the prefix, build variables, and site's user and
# prefix site-packages directories (checked relative to their bases).
import os
import site
import sys
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.get_scheme_names())
print(sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"), sysconfig.get_path_names())
prefix = sysconfig.get_config_var("prefix")
for name, path in sysconfig.get_paths().items():
    print(name, os.path.relpath(path, prefix))
print(sysconfig.get_paths(expand=False)["purelib"])
print(os.path.relpath(sysconfig.get_path("purelib", "posix_user"), sysconfig.get_config_var("userbase")))
print(sysconfig.get_path("scripts", vars={"base": "/opt/py"}))
for var in ["py_version", "py_version_short", "py_version_nodot", "SOABI", "EXT_SUFFIX", "MULTIARCH", "VERSION",
            "abiflags", "SIZEOF_VOID_P", "Py_DEBUG", "MACHDEP", "SHLIB_SUFFIX", "no_such_variable"]:
    print(var, repr(sysconfig.get_config_var(var)))
print(sysconfig.get_config_vars("VERSION", "nothing"))
print(os.path.relpath(sysconfig.get_config_var("LIBDIR"), prefix), sysconfig.get_config_var("prefix") == prefix)
try:
    sysconfig.get_preferred_scheme("other")
except KeyError as e:
    print("KeyError:", e)

print(site.ENABLE_USER_SITE, type(site.PREFIXES).__name__, len(site.PREFIXES))
print([os.path.relpath(p, site.PREFIXES[0]) for p in site.getsitepackages()])
print(os.path.relpath(site.getusersitepackages(), site.getuserbase()), site.USER_SITE == site.getusersitepackages())
print(site.getuserbase() == sysconfig.get_config_var("userbase"))
print(site.getsitepackages(["/a", "/b", "/a"]))
