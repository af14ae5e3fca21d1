"""The installation's configuration as CPython 3.11 on x86-64 Linux describes it: the install
schemes and their paths, the build's configuration variables, the platform and version.

A path is a scheme's template ('{base}/lib/python{py_version_short}/site-packages') filled from
the configuration variables. The prefix is sys.prefix when the interpreter has one, else
'/usr/local', the prefix CPython's configure uses by default. The build variables are those of a
shared-library CPython 3.11 build for x86_64-linux-gnu with gcc (CPython reads them from the
_sysconfigdata module its build wrote); the paths among them follow the prefix.
"""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt_venv': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot_plat}',
        'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
        'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/Python{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_PY_VERSION = '%d.%d.%d' % sys.version_info[:3]
_PY_VERSION_SHORT = '%d.%d' % sys.version_info[:2]
_PY_VERSION_SHORT_NO_DOT = '%d%d' % sys.version_info[:2]
_PREFIX = os.path.normpath(getattr(sys, 'prefix', None) or '/usr/local')
_EXEC_PREFIX = os.path.normpath(getattr(sys, 'exec_prefix', None) or _PREFIX)
_BASE_PREFIX = os.path.normpath(getattr(sys, 'base_prefix', None) or _PREFIX)
_BASE_EXEC_PREFIX = os.path.normpath(getattr(sys, 'base_exec_prefix', None) or _EXEC_PREFIX)

_MULTIARCH = 'x86_64-linux-gnu'

_CONFIG_VARS = None


def _build_vars(prefix):
    """The build's variables (the values _sysconfigdata holds), paths under prefix."""
    libdir = prefix + '/lib'
    libdest = libdir + '/python' + _PY_VERSION_SHORT
    include = prefix + '/include/python' + _PY_VERSION_SHORT
    config = '%s/config-%s-%s' % (libdest, _PY_VERSION_SHORT, _MULTIARCH)
    soabi = 'cpython-%s-%s' % (_PY_VERSION_SHORT_NO_DOT, _MULTIARCH)
    return {
        'ABIFLAGS': '', 'SOABI': soabi, 'EXT_SUFFIX': '.' + soabi + '.so', 'SHLIB_SUFFIX': '.so',
        'MULTIARCH': _MULTIARCH, 'MACHDEP': 'linux', 'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'CC': 'gcc', 'CXX': 'g++', 'AR': 'ar', 'ARFLAGS': 'rcs', 'CCSHARED': '-fPIC',
        'OPT': '-DNDEBUG -g -fwrapv -O3 -Wall', 'CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall',
        'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4, 'SIZEOF_SIZE_T': 8,
        'SIZEOF_DOUBLE': 8, 'SIZEOF_FLOAT': 4, 'SIZEOF_SHORT': 2, 'SIZEOF_LONG_LONG': 8,
        'SIZEOF_WCHAR_T': 4, 'SIZEOF_OFF_T': 8, 'SIZEOF_TIME_T': 8, 'SIZEOF_PID_T': 4,
        'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 1, 'Py_TRACE_REFS': 0, 'WITH_DOC_STRINGS': 1,
        'WITH_PYMALLOC': 1, 'HAVE_FORK': 1, 'ANDROID_API_LEVEL': 0,
        'LDLIBRARY': 'libpython%s.so' % _PY_VERSION_SHORT,
        'LIBRARY': 'libpython%s.a' % _PY_VERSION_SHORT,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
        'VERSION': _PY_VERSION_SHORT, 'EXE': '', 'SYSLIBS': '-lm', 'MODLIBS': '',
        'prefix': prefix, 'exec_prefix': prefix, 'LIBDIR': libdir, 'BINDIR': prefix + '/bin',
        'LIBDEST': libdest, 'BINLIBDEST': libdest, 'DESTLIB': libdest, 'SCRIPTDIR': libdir,
        'INCLUDEDIR': prefix + '/include', 'INCLUDEPY': include, 'CONFINCLUDEPY': include,
        'LIBPL': config, 'LIBPC': libdir + '/pkgconfig', 'MANDIR': prefix + '/share/man',
    }


def _user_base():
    env = os.environ.get('PYTHONUSERBASE', None)
    if env:
        return env
    return os.path.expanduser('~/.local')


def get_config_vars(*args):
    """The configuration variables as a dict; with names, a list of their values (None if unknown)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        found = _build_vars(_PREFIX)
        found.update({
            'prefix': _PREFIX, 'exec_prefix': _EXEC_PREFIX,
            'py_version': _PY_VERSION, 'py_version_short': _PY_VERSION_SHORT,
            'py_version_nodot': _PY_VERSION_SHORT_NO_DOT,
            'installed_base': _BASE_PREFIX, 'base': _PREFIX,
            'installed_platbase': _BASE_EXEC_PREFIX, 'platbase': _EXEC_PREFIX,
            'projectbase': os.path.dirname(_PREFIX + '/bin/python3'),
            'platlibdir': 'lib', 'abiflags': '', 'py_version_nodot_plat': '',
            'userbase': _user_base(),
            'srcdir': '%s/lib/python%s/config-%s-%s' % (_PREFIX, _PY_VERSION_SHORT, _PY_VERSION_SHORT,
                                                       _MULTIARCH),
        })
        found['SO'] = found['EXT_SUFFIX']
        _CONFIG_VARS = found
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def get_scheme_names():
    """The install schemes' names, sorted."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """The names of the paths a scheme defines."""
    return _SCHEME_KEYS


def get_preferred_scheme(key):
    """The scheme for 'prefix', 'home' or 'user' installations."""
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def get_default_scheme():
    return get_preferred_scheme('prefix')


def _expand(template, local_vars):
    """A template's '{name}' fields filled from local_vars, then os.environ; unknown ones raise."""
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c == '{':
            close = template.find('}', i)
            name = template[i + 1:close]
            if name in local_vars:
                out.append(str(local_vars[name]))
            elif name in os.environ:
                out.append(os.environ[name])
            else:
                raise AttributeError('{%s}' % name)
            i = close + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The scheme's paths by name, filled from the configuration variables (and vars)."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    local = dict(get_config_vars())
    if vars:
        local.update(vars)
    result = {}
    for key, template in templates.items():
        path = _expand(template, local)
        if os.name == 'posix':
            path = os.path.normpath(os.path.expanduser(path))
        result[key] = path
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    """One path of the scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform as distutils names it: 'linux-x86_64'."""
    import platform
    uname = platform.uname()
    machine = uname.machine.replace(' ', '_').replace('/', '-')
    return '%s-%s' % (uname.system.lower().replace('/', ''), machine)


def get_python_version():
    return _PY_VERSION_SHORT


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """The #define and #undef lines of a pyconfig.h file as a dict (numbers as ints)."""
    if vars is None:
        vars = {}
    for line in fp:
        line = line.strip()
        if line.startswith('#define '):
            parts = line.split(None, 2)
            if len(parts) >= 2:
                value = parts[2] if len(parts) == 3 else '1'
                try:
                    value = int(value)
                except ValueError:
                    pass
                vars[parts[1]] = value
        elif line.startswith('/* #undef '):
            parts = line.split()
            if len(parts) >= 3:
                vars[parts[2]] = 0
    return vars
