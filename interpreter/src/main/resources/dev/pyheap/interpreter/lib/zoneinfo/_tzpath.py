"""Where zoneinfo looks for TZif files (TZPATH) and which keys it may look up."""

import os
import sysconfig

__all__ = ['reset_tzpath', 'find_tzfile', 'available_timezones', 'InvalidTZPathWarning', 'TZPATH']


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _relative_paths_message(paths):
    lines = ''.join('\n    ' + path for path in paths if not os.path.isabs(path))
    return 'Paths should be absolute but found the following relative paths:' + lines


def _split_search_path(text):
    if not text:
        return ()
    parts = text.split(os.pathsep)
    kept = tuple(part for part in parts if os.path.isabs(part))
    if len(kept) != len(parts):
        import warnings
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. '
                      + _relative_paths_message(parts), InvalidTZPathWarning)
    return kept


def reset_tzpath(to=None):
    """Set TZPATH to `to`, or else from PYTHONTZPATH, or else to the build's default."""
    global TZPATH
    if to is None:
        from_environment = os.environ.get('PYTHONTZPATH', None)
        source = from_environment if from_environment is not None else sysconfig.get_config_var('TZPATH')
        TZPATH = tuple(_split_search_path(source))
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
    if not all(map(os.path.isabs, to)):
        raise ValueError(_relative_paths_message(to))
    TZPATH = tuple(to)


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    # normpath only shortens a key that has '.', '..', doubled or trailing slashes
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    if not os.path.normpath(os.path.join('_', normal)).startswith('_/'):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def find_tzfile(key):
    """Retrieve the path to a TZif file from a key."""
    _check_key(key)
    for folder in TZPATH:
        candidate = os.path.join(folder, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def _is_tzif(path):
    try:
        with open(path, 'rb') as stream:
            return stream.read(4) == b'TZif'
    except Exception:
        return False


def available_timezones():
    """Returns a set containing all available time zones.

    .. caution::

        This may attempt to open a large number of files, since the best way to
        determine if a given file on the time zone search path is to open it
        and check for the "magic string" at the beginning.
    """
    from importlib import resources
    zones = set()
    try:
        with resources.files('tzdata').joinpath('zones').open('r') as listing:
            zones.update(line.strip() for line in listing if line.strip())
    except (ImportError, FileNotFoundError):
        pass
    for top in TZPATH:
        if not os.path.exists(top):
            continue
        for folder, subfolders, files in os.walk(top):
            if folder == top:
                # right/ (leap seconds counted) and posix/ repeat the zones under other rules
                for special in ('right', 'posix'):
                    if special in subfolders:
                        subfolders.remove(special)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, start=top)
                if key and key not in zones and _is_tzif(path):
                    zones.add(key)
    zones.discard('posixrules')
    return zones


TZPATH = ()
reset_tzpath()
