# sysconfig and platform values a build script reads on this Linux x86_64 CPython 3.11:
# the scheme names and path keys, get_python_version, get_platform, config vars programs use
# (EXT_SUFFIX, SOABI, Py_DEBUG, SIZEOF_*), platform.python_implementation/version_tuple/system/
# machine/architecture, sys.implementation's name and cache_tag, and the shape of the others
# (only their types, since paths differ between installations).
import platform
import sys
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_platform(), sysconfig.get_default_scheme())
print(sorted(sysconfig.get_scheme_names()))
print(sysconfig.get_path_names())
paths = sysconfig.get_paths()
print(sorted(paths), all(isinstance(v, str) and v.startswith('/') for v in paths.values()))
print(sysconfig.get_paths('posix_user', vars={'userbase': '/u'})['purelib'])
print(sysconfig.get_paths('posix_prefix', vars={'base': '/B', 'platbase': '/P', 'installed_base': '/B', 'installed_platbase': '/P', 'py_version_short': '3.11', 'abiflags': '', 'platlibdir': 'lib'})['stdlib'])
for key in ['EXT_SUFFIX', 'SOABI', 'Py_DEBUG', 'Py_ENABLE_SHARED', 'SIZEOF_VOID_P', 'SIZEOF_LONG',
            'SIZEOF_WCHAR_T', 'WITH_DOC_STRINGS', 'VERSION', 'py_version_nodot', 'abiflags', 'MULTIARCH',
            'SHLIB_SUFFIX', 'HAVE_FORK', 'WITH_PYMALLOC']:
    print(key, repr(sysconfig.get_config_var(key)))
print(sysconfig.get_config_vars('VERSION', 'NO_SUCH_VAR'))
print(type(sysconfig.get_config_vars()).__name__, sysconfig.is_python_build())
print(sysconfig.get_config_h_filename().endswith('pyconfig.h'), sysconfig.get_makefile_filename().endswith('Makefile'))

print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.system(), platform.machine(), platform.architecture()[0], platform.processor() in ('', 'x86_64'))
print(platform.python_branch() in ('', 'v3.11.7', 'main'), type(platform.python_build()).__name__, len(platform.python_build()))
print(type(platform.uname()).__name__, platform.uname()._fields, platform.uname().system)
print(type(platform.node()).__name__, type(platform.release()).__name__, platform.libc_ver()[0])
print(platform.platform().startswith('Linux-'), platform.platform(terse=True).startswith('Linux'))
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2], sys.version_info[:3])
print(sys.platform, sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.float_info.mant_dig, sys.int_info.bits_per_digit,
      sys.hash_info.width, sys.hash_info.algorithm, sys.thread_info.name)
print(platform.freedesktop_os_release().get('ID') is not None if hasattr(platform, 'freedesktop_os_release') else 'n/a')
