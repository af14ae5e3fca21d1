"""ctypes.util.find_library on Linux: the shared object's name (its soname, e.g. 'libc.so.6') as
the dynamic loader's cache lists it (`ldconfig -p`), else as found in LD_LIBRARY_PATH."""

import os
import re
import subprocess

__all__ = ['find_library']


def _machine_tag():
    """How ldconfig -p marks this machine's libraries (x86-64: 'libc6,x86-64')."""
    import platform
    machine = platform.machine()
    return {'x86_64': 'libc6,x86-64', 'aarch64': 'libc6,AArch64', 'ppc64le': 'libc6,64bit',
            's390x': 'libc6,64bit'}.get(machine, 'libc6')


def _from_ldconfig(name):
    pattern = re.compile(r'\s+(lib%s\.[^\s]+)\s+\(%s' % (re.escape(name), re.escape(_machine_tag())))
    env = dict(os.environ)
    env['LC_ALL'] = 'C'
    env['LANG'] = 'C'
    for ldconfig in ('/sbin/ldconfig', '/usr/sbin/ldconfig', 'ldconfig'):
        try:
            out = subprocess.run([ldconfig, '-p'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env=env).stdout
        except OSError:
            continue
        m = pattern.search(os.fsdecode(out))
        return m.group(1) if m else None
    return None


def _from_library_path(name):
    prefix = 'lib%s.so' % name
    for folder in os.environ.get('LD_LIBRARY_PATH', '').split(':'):
        if not folder or not os.path.isdir(folder):
            continue
        for entry in sorted(os.listdir(folder)):
            if entry == prefix or entry.startswith(prefix + '.'):
                return entry
    return None


def find_library(name):
    return _from_ldconfig(name) or _from_library_path(name)


def test():
    print(find_library('m'))
    print(find_library('c'))
    print(find_library('bz2'))
