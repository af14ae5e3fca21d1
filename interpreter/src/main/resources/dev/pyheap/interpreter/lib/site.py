"""Where third-party packages live: the site-packages directories of the prefixes and of the
user (PEP 370), as CPython 3.11's site module reports them on Linux.

CPython imports this module at start-up and its main() puts those directories on sys.path and
runs the .pth files found there. This interpreter runs no start-up hooks: importing the module
computes the names below and changes nothing; addsitedir() adds a directory and the paths its .pth
files list, but does not run their 'import' lines.
"""

import os
import sys

PREFIXES = [getattr(sys, 'prefix', None) or '/usr/local', getattr(sys, 'exec_prefix', None) or '/usr/local']
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None

__all__ = []


def makepath(*paths):
    """The joined path made absolute, and its case-normalized form."""
    path = os.path.abspath(os.path.join(*paths))
    return path, os.path.normcase(path)


def check_enableusersite():
    """False when the user site is disabled (-s) or the process runs with another effective
    user or group than its real one; else True."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, 'getuid') and hasattr(os, 'geteuid') and os.geteuid() != os.getuid():
        return None
    if hasattr(os, 'getgid') and hasattr(os, 'getegid') and os.getegid() != os.getgid():
        return None
    return True


def _getuserbase():
    env = os.environ.get('PYTHONUSERBASE', None)
    if env:
        return env
    return os.path.expanduser(os.path.join('~', '.local'))


def getuserbase():
    """The user base directory (PYTHONUSERBASE, else ~/.local)."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def _get_path(userbase):
    return f'{userbase}/lib/python{sys.version_info[0]}.{sys.version_info[1]}/site-packages'


def getusersitepackages():
    """The user's site-packages directory."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def getsitepackages(prefixes=None):
    """The site-packages directories of the prefixes (PREFIXES by default), each once."""
    sitepackages = []
    seen = set()
    if prefixes is None:
        prefixes = PREFIXES
    for prefix in prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = ['lib']
        for libdir in libdirs:
            sitepackages.append(os.path.join(prefix, libdir, 'python%d.%d' % sys.version_info[:2],
                                             'site-packages'))
    return sitepackages


def _init_pathinfo():
    known = set()
    for item in sys.path:
        try:
            if os.path.exists(item):
                known.add(makepath(item)[1])
        except TypeError:
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Adds the existing directories a .pth file lists (its 'import' lines are not run)."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    try:
        with open(fullname, 'rb') as f:
            lines = f.read().decode().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith('#') or line.startswith(('import ', 'import\t')) or not line.strip():
            continue
        directory, dircase = makepath(sitedir, line.rstrip())
        if dircase not in known_paths and os.path.exists(directory):
            sys.path.append(directory)
            known_paths.add(dircase)
    return None if reset else known_paths


def addsitedir(sitedir, known_paths=None):
    """Adds sitedir to sys.path, then what its .pth files list (in name order)."""
    reset = known_paths is None
    if reset:
        known_paths = _init_pathinfo()
    sitedir, sitedircase = makepath(sitedir)
    if sitedircase not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(sitedircase)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    return None if reset else known_paths


ENABLE_USER_SITE = check_enableusersite()
getusersitepackages()
