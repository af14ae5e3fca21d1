"""Warnings: warn() reports a condition that is not an error; the filters decide whether a
warning is shown (once per location, per module, always, or once at all), ignored, or raised.

This is CPython's warnings module and its C part (_warnings) in Python, following the C part
where the two differ (the registries' contents, once-per-module keys, the stack level rules):
  filters         list of (action, message, category, module, lineno); message and module are
                  None, a pattern matched at the start (filterwarnings makes them), or a str
                  compared exactly (the default filters)
  __warningregistry__  per module (in its globals): what was shown already
The text shown, to sys.stderr: "FILE:LINE: CATEGORY: MESSAGE\\n  SOURCE LINE\\n".
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_NOT_GIVEN = object()


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default); may be replaced."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as showwarning writes it; may be replaced."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
            linecache = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            tracing = True
            tb = None
        else:
            tracing = tracemalloc.is_tracing()
            try:
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                tb = None
        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
                try:
                    if linecache is not None:
                        line = linecache.getline(frame.filename, frame.lineno)
                    else:
                        line = None
                except Exception:
                    line = None
                if line:
                    s += '    %s\n' % line.strip()
        elif not tracing:
            s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Shows a warning through showwarning if a program replaced it, else directly."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError('warnings.showwarning() must be set to a function or method')
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Formats a warning through formatwarning if a program replaced it, else directly."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter at the front (or the end with append=True): warnings whose text matches the
    regular expression message (ignoring case), of category (or a subclass), raised from a module
    whose name matches the regular expression module, at line lineno (0: any) get action."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    if message or module:
        import re
    if message:
        message = re.compile(message, re.I)
    else:
        message = None
    if module:
        module = re.compile(module)
    else:
        module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every message and module (see filterwarnings)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # an equal filter already there moves to the front (or stays where it is when appending)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (then every warning is shown once per location)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _is_internal_frame(frame):
    """A frame of the import machinery (which stack levels skip)."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: message (a str, or a Warning instance, which then gives the category),
    category (UserWarning by default), attributed to the code stacklevel frames up (1: the
    caller of warn); the filters decide what happens."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    if not isinstance(stacklevel, int):
        stacklevel = _c_int(stacklevel)
    frame = sys._getframe(1)
    if stacklevel <= 1 or _is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = _next_external_frame(frame)
            stacklevel -= 1
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__warningregistry__' in globals:
        registry = globals['__warningregistry__']
    else:
        registry = {}
        globals['__warningregistry__'] = registry
    # the module's name; None (a module being torn down) makes the warning be dropped
    module = globals.get('__name__', _NOT_GIVEN)
    if module is not None and not isinstance(module, str):
        module = '<string>'
    _warn_explicit(category, message, filename, lineno, module, registry, None, source)


_warn_impl = warn  # run by _warnings.warn (below)


def _warn_unawaited_coroutine(coro):
    """Called by the runtime when a coroutine that never ran dies: the RuntimeWarning names it and
    points at the code running when it died; with tracemalloc tracing, where it was made."""
    message = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(message, category=RuntimeWarning, stacklevel=2, source=coro)


def warn_explicit(message, category, filename, lineno, module=_NOT_GIVEN, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to filename:lineno of module (by default its name from
    filename; an explicit None drops the warning), noting it in registry (a dict, or None for
    no registry)."""
    if not isinstance(filename, str):
        raise TypeError('warn_explicit() argument 3 must be str, not %s' % type(filename).__name__)
    lineno = _c_int(lineno)
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    _warn_explicit(category, message, filename, lineno, module, registry, None, source)


_warn_explicit_impl = warn_explicit

# CPython's warn and warn_explicit are C (_warnings): built-in functions running the two above, so
# a warning raised as an error has no traceback entries of this module's frames.
from _warnings import warn, warn_explicit


def _c_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    import operator
    return operator.index(value)


def _already_warned(registry, key, should_set):
    # A registry remembers the filters' version it was filled under; older contents are void.
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    else:
        if registry.get(key):
            return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, value):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == value
    return bool(pattern.match(value))


def _get_filter(category, text, lineno, module):
    if not isinstance(filters, list):
        raise ValueError('_warnings.filters must be a list')
    i = 0
    while i < len(filters):
        item = filters[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError('_warnings.filters item %d isn\'t a 5-tuple' % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and _matches(mod, module) and issubclass(category, cat)
                and (ln == 0 or lineno == ln)):
            return action, item
        i += 1
    if not isinstance(defaultaction, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(defaultaction).__name__)
    return defaultaction, None


def _warn_explicit(category, message, filename, lineno, module, registry, sourceline, source):
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _NOT_GIVEN:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _get_filter(category, text, lineno, module)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action != 'always':
        if registry is not None:
            registry[key] = True
        if action == 'once':
            # the module's registry when there is one, else the process-wide one
            if _already_warned(_onceregistry if registry is None else registry, (text, category), True):
                return
        elif action == 'module':
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != 'default':
            raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %r' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, sourceline, source))


class WarningMessage(object):
    """One warning, as given to showwarning (and recorded by catch_warnings(record=True))."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the filters and showwarning on entry and restores them on
    exit. With record=True, warnings are not shown but appended to the list `with` gives. With
    action (and category, lineno, append), simplefilter is applied on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = '{name!r} is deprecated and slated for removal in Python {remove}'


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that name is deprecated (DeprecationWarning at the caller's caller), or raises
    RuntimeError when the removal version is past."""
    remove_formatted = f'{remove[0]}.{remove[1]}'
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != 'alpha'):
        raise RuntimeError(f'{name!r} was slated for removal after Python {remove_formatted} alpha')
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


def _filters_mutated():
    """Voids the registries (called whenever the filters change)."""
    global _filters_version
    _filters_version += 1


# The defaults of CPython 3.11 (a release build): DeprecationWarning shown for code of __main__
# only; DeprecationWarning, PendingDeprecationWarning, ImportWarning and ResourceWarning ignored
# elsewhere; everything else shown once per location.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_defaultaction = defaultaction
_onceregistry = onceregistry
_filters_version = 0

_processoptions(sys.warnoptions)
