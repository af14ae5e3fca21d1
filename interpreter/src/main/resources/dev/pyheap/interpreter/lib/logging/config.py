"""Configuring logging from data: dictConfig (a dict, schema version 1) and
fileConfig (an INI file read by configparser).

dictConfig, step by step
------------------------
1. The dict is wrapped so that reading any value converts it on the way:
   nested dicts, lists and tuples are wrapped the same way, and strings
   ``ext://module.name`` (an importable object) and ``cfg://path.to[key]``
   (another place of the same configuration) are replaced by what they name.
2. Without ``incremental``: every existing handler is flushed, closed and
   forgotten; then formatters, filters and handlers are built in that order
   (handlers in sorted name order; a MemoryHandler whose target is not built
   yet is built after the others), each stored back under its name; a
   ``'()'`` key names a factory to call with the other keys instead of the
   standard class.
3. The named loggers get their level, handlers, filters and propagate flag.
   Loggers that existed before and are not named are disabled (unless
   ``disable_existing_loggers`` is false), except the children of named
   loggers, which are reset to pass everything to their parents.
4. The root logger is configured last.
With ``incremental``, only the levels of existing handlers and the loggers'
levels and propagate flags change.

Any failure is reported as ValueError("Unable to configure <kind> <name>")
with the original exception as its cause.

Not here: listen()/stopListening() (configuration over a socket).
"""

import io
import logging
import logging.handlers
import os
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name leads to, importing modules on the way."""
    pieces = name.split('.')
    path = pieces[0]
    found = __import__(path)
    for piece in pieces[1:]:
        path += '.' + piece
        if not hasattr(found, piece):
            __import__(path)
        found = getattr(found, piece)
    return found


def _names(listing):
    return [name.strip() for name in listing.split(',')]


def _clearExistingHandlers():
    """Flushes, closes and forgets every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    # loggers of the old configuration that the new one does not name: the
    # children of named loggers go back to passing everything up, the rest
    # are disabled (or left alone)
    manager = logging.root.manager
    for name in existing:
        logger = manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _take_named(existing, name, child_loggers):
    # name leaves `existing`; its descendants already there are remembered
    if name not in existing:
        return
    below = name + '.'
    child_loggers.extend(other for other in existing[existing.index(name) + 1:]
                         if other.startswith(below))
    existing.remove(name)


# ---------------------------------------------------------------------------
# fileConfig
# ---------------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from an INI file (a name, a file object or a
    ConfigParser) with [loggers], [handlers], [formatters] sections listing
    `keys`, and a [logger_NAME], [handler_NAME] or [formatter_NAME] section
    for each key."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as error:
            raise RuntimeError(f'{fname} is invalid: {error}')

    formatters = _file_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _file_handlers(parser, formatters)
        _file_loggers(parser, handlers, disable_existing_loggers)


def _file_formatters(parser):
    keys = parser['formatters']['keys']
    made = {}
    if not keys:
        return made
    for key in _names(keys):
        section = 'formatter_%s' % key
        factory = logging.Formatter
        class_name = parser[section].get('class')
        if class_name:
            factory = _resolve(class_name)
        made[key] = factory(parser.get(section, 'format', raw=True, fallback=None),
                            parser.get(section, 'datefmt', raw=True, fallback=None),
                            parser.get(section, 'style', raw=True, fallback='%'))
    return made


def _file_handlers(parser, formatters):
    keys = parser['handlers']['keys']
    made = {}
    if not keys:
        return made
    targets = []
    for key in _names(keys):
        section = parser['handler_%s' % key]
        # class, args and kwargs are Python expressions over the logging namespace
        try:
            handler_class = eval(section['class'], vars(logging))
        except (AttributeError, NameError):
            handler_class = _resolve(section['class'])
        args = eval(section.get('args', '()'), vars(logging))
        kwargs = eval(section.get('kwargs', '{}'), vars(logging))
        handler = handler_class(*args, **kwargs)
        handler.name = key
        if 'level' in section:
            handler.setLevel(section['level'])
        formatter = section.get('formatter', '')
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(handler_class, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if target:
                targets.append((handler, target))
        made[key] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _file_loggers(parser, handlers, disable_existing):
    names = _names(parser['loggers']['keys'])
    names.remove('root')

    root = logging.root
    section = parser['logger_root']
    if 'level' in section:
        root.setLevel(section['level'])
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    if section['handlers']:
        for key in _names(section['handlers']):
            root.addHandler(handlers[key])

    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = parser['logger_%s' % name]
        qualified = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qualified)
        _take_named(existing, qualified, child_loggers)
        if 'level' in section:
            logger.setLevel(section['level'])
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        logger.propagate = propagate
        logger.disabled = 0
        if section['handlers']:
            for key in _names(section['handlers']):
                logger.addHandler(handlers[key])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---------------------------------------------------------------------------
# dictConfig: converting containers (step 1)
# ---------------------------------------------------------------------------

class ConvertingMixin(object):
    """Converts a value read from the container with the configurator, and
    keeps the converted value (with a link back) for the next read."""

    def convert_with_key(self, key, value, replace=True):
        converted = self.configurator.convert(value)
        if converted is not value:
            if replace:
                self[key] = converted
            if type(converted) in _CONVERTING:
                converted.parent = self
                converted.key = key
        return converted

    def convert(self, value):
        converted = self.configurator.convert(value)
        if converted is not value and type(converted) in _CONVERTING:
            converted.parent = self
        return converted


class ConvertingDict(dict, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


_CONVERTING = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Conversion of values (step 1) and building objects from factories."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object a dotted name leads to; ValueError when an import fails."""
        pieces = s.split('.')
        path = pieces[0]
        try:
            found = self.importer(path)
            for piece in pieces[1:]:
                path += '.' + piece
                try:
                    found = getattr(found, piece)
                except AttributeError:
                    self.importer(path)
                    found = getattr(found, piece)
            return found
        except ImportError as error:
            raise ValueError('Cannot resolve %r: %s' % (s, error)) from error

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follows 'name', then '.attr' and '[key]' steps through the
        configuration ('[3]' tries the integer first)."""
        first = self.WORD_PATTERN.match(value)
        if first is None:
            raise ValueError('Unable to convert %r' % value)
        place = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step:
                place = place[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if not step:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = step.group(1)
                if self.DIGIT_PATTERN.match(key):
                    try:
                        place = place[int(key)]
                    except TypeError:
                        place = place[key]
                else:
                    place = place[key]
            rest = rest[step.end():]
        return place

    def convert(self, value):
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            value = ConvertingTuple(value)
        elif isinstance(value, str):
            found = self.CONVERT_PATTERN.match(value)
            if found:
                method = self.value_converters.get(found.group('prefix'))
                if method:
                    return getattr(self, method)(found.group('suffix'))
            return value
        else:
            return value
        value.configurator = self
        return value

    def configure_custom(self, config):
        """Calls the '()' factory with the other identifier keys; then sets
        the attributes of the '.' dict on the result."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        made = factory(**{key: config[key] for key in config
                          if key != '.' and valid_ident(key)})
        attributes = config.pop('.', None)
        if attributes:
            for name, value in attributes.items():
                setattr(made, name, value)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dict (steps 2-4 of the module's essay)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incrementally(config)
            else:
                self._configure_afresh(config)

    @staticmethod
    def _unable(what, step, *args):
        try:
            return step(*args)
        except Exception as error:
            raise ValueError('Unable to configure %s' % what) from error

    def _configure_incrementally(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            self._unable('handler %r' % name, self._relevel_handler,
                         logging._handlers[name], handlers[name])
        loggers = config.get('loggers', {})
        for name in loggers:
            self._unable('logger %r' % name, self.configure_logger, name, loggers[name], True)
        root = config.get('root', None)
        if root:
            self._unable('root logger', self.configure_root, root, True)

    @staticmethod
    def _relevel_handler(handler, handler_config):
        level = handler_config.get('level', None)
        if level:
            handler.setLevel(logging._checkLevel(level))

    def _configure_afresh(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()

        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = self._unable('formatter %r' % name,
                                            self.configure_formatter, formatters[name])
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = self._unable('filter %r' % name,
                                         self.configure_filter, filters[name])

        handlers = config.get('handlers', {})
        waiting = []
        for name in sorted(handlers):
            try:
                self._build_handler(handlers, name)
            except Exception as error:
                if 'target not configured yet' not in str(error.__cause__):
                    raise ValueError('Unable to configure handler %r' % name) from error
                waiting.append(name)
        for name in waiting:
            self._unable('handler %r' % name, self._build_handler, handlers, name)

        existing = sorted(logging.root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            _take_named(existing, name, child_loggers)
            self._unable('logger %r' % name, self.configure_logger, name, loggers[name])
        _handle_existing_loggers(existing, child_loggers, disable_existing)

        root = config.get('root', None)
        if root:
            self._unable('root logger', self.configure_root, root)

    def _build_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as error:
                if "'format'" not in str(error):
                    raise
                # a Formatter subclass as the factory: its argument is fmt
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        class_name = config.get('class', None)
        formatter_class = _resolve(class_name) if class_name else logging.Formatter
        arguments = [config.get('format', None), config.get('datefmt', None),
                     config.get('style', '%')]
        if 'validate' in config:
            arguments.append(config['validate'])
        return formatter_class(*arguments)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for name in filters:
            try:
                if callable(name) or callable(getattr(name, 'filter', None)):
                    chosen = name
                else:
                    chosen = self.config['filters'][name]
                filterer.addFilter(chosen)
            except Exception as error:
                raise ValueError('Unable to add filter %r' % name) from error

    def configure_handler(self, config):
        original = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as error:
                raise ValueError('Unable to set formatter %r' % formatter) from error
        level = config.pop('level', None)
        filters = config.pop('filters', None)

        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if issubclass(factory, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(original)   # built again on the second round
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as error:
                    raise ValueError('Unable to set target handler %r'
                                     % config['target']) from error

        arguments = {key: config[key] for key in config if key != '.' and valid_ident(key)}
        try:
            handler = factory(**arguments)
        except TypeError as error:
            if "'stream'" not in str(error):
                raise
            # handlers written for Python 2.6 name the stream 'strm'
            arguments['strm'] = arguments.pop('stream')
            handler = factory(**arguments)

        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        attributes = config.pop('.', None)
        if attributes:
            for name, value in attributes.items():
                setattr(handler, name, value)
        return handler

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as error:
                raise ValueError('Unable to add handler %r' % name) from error

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        handlers = config.get('handlers', None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dict (see the module's essay)."""
    dictConfigClass(config).configure()
