"""The platform module, as CPython 3.11's for what programs ask on Linux: uname (and system, node,
release, version, machine, processor), platform(), architecture, python_version,
python_version_tuple, python_implementation, python_build, python_compiler, python_branch,
python_revision, libc_ver, freedesktop_os_release. The machine's facts come from the kernel's
/proc/sys/kernel files (what uname(2) answers), the C library's version from `getconf`, the
Python ones from sys.version, as CPython parses its own."""

import collections
import os
import sys

__version__ = '1.0.8'


def _kernel(name):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """A uname() result: the five fields of uname(2) and processor, computed when asked."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def _all(self):
        return (self.system, self.node, self.release, self.version, self.machine, self.processor)

    def __iter__(self):
        return iter(self._all())

    def __getitem__(self, key):
        return self._all()[key]

    def __len__(self):
        return len(self._fields)

    def __reduce__(self):
        return uname_result, self._all()[:len(self._fields) - 1]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        machine = _kernel('arch') or os.environ.get('HOSTTYPE', '')
        _uname_cache = uname_result(_kernel('ostype') or 'Linux', _kernel('hostname'), _kernel('osrelease'),
                                    _kernel('version'), machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    return bits, linkage or 'ELF'


_libc_cache = None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) as the C library reports it (getconf GNU_LIBC_VERSION)."""
    global _libc_cache
    if _libc_cache is None:
        _libc_cache = (lib, version)
        try:
            import subprocess
            out = subprocess.run(['getconf', 'GNU_LIBC_VERSION'], capture_output=True, text=True).stdout.split()
            if len(out) == 2 and out[0] == 'glibc':
                _libc_cache = ('glibc', out[1])
        except Exception:
            pass
    return _libc_cache


def _sys_version():
    """(implementation, version, branch, revision, buildno, builddate, compiler) from sys.version."""
    text = sys.version
    version = text.split()[0]
    buildno = builddate = compiler = ''
    if '(' in text and ')' in text:
        inside = text[text.index('(') + 1:text.index(')')]
        parts = [p.strip() for p in inside.split(',')]
        buildno = parts[0] if parts else ''
        builddate = ' '.join(parts[1:3]) if len(parts) > 1 else ''
    if '[' in text and ']' in text:
        compiler = text[text.index('[') + 1:text.index(']')]
    return 'CPython', version, '', '', buildno, builddate, compiler


def python_implementation():
    return _sys_version()[0]


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    return _sys_version()[4:6]


def python_compiler():
    return _sys_version()[6]


_platform_cache = {}


def platform(aliased=False, terse=False):
    result = _platform_cache.get((aliased, terse))
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    # on Linux CPython names the C library whatever terse says
    lib, libversion = libc_ver()
    parts = [system, release, machine, processor, 'with', lib + libversion]
    result = '-'.join(x.strip() for x in parts if x)
    for c in ' /\\:;"()':
        result = result.replace(c, '_' if c == ' ' else '-')
    result = result.replace('unknown', '')
    while '--' in result:
        result = result.replace('--', '-')
    if result.endswith('-'):
        result = result[:-1]
    _platform_cache[(aliased, terse)] = result
    return result


_os_release_cache = None


def freedesktop_os_release():
    global _os_release_cache
    if _os_release_cache is None:
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except OSError:
                continue
            info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
            import shlex
            for line in lines:
                if '=' not in line or line.lstrip().startswith('#'):
                    continue
                key, _, value = line.partition('=')
                if key.isidentifier() or key.replace('_', 'A').isalnum():
                    try:
                        info[key] = shlex.split(value)[0] if value else ''
                    except (ValueError, IndexError):
                        info[key] = value
            _os_release_cache = info
            break
        else:
            raise OSError(2, 'No such file or directory', '/etc/os-release')
    return _os_release_cache.copy()
