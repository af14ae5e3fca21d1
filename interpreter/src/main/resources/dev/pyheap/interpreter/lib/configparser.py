"""INI-style configuration files: pyheap's configparser, with the API and messages of CPython 3.11.

A parser keeps one ordered mapping per section (option name -> text, or None for a key written
without a value) plus the mapping of the default section, whose entries every section inherits.
Three ways in fill it (a text file read line by line, a string, a dict of dicts) and write()
gives INI text back. Lookups go through an interpolation object that rewrites references to
other options when a value is read ('%(name)s' for ConfigParser, '${section:name}' with
ExtendedInterpolation, nothing for RawConfigParser). SectionProxy offers a section as a
mutable mapping, and the parser itself maps section names to their proxies.

The line reader keeps a small state: the section being filled, the option whose value may
continue, and the indentation of that option's first line. A line indented deeper than that
continues the value; a blank line belongs to the value too (unless empty_lines_in_values is
off, when it ends it). Syntax errors are gathered and raised together once the input ends;
duplicates and a missing first header are raised at once.
"""

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = [
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser",
    "SafeConfigParser", "RawConfigParser", "Interpolation", "BasicInterpolation",
    "ExtendedInterpolation", "LegacyInterpolation", "SectionProxy", "ConverterMapping",
    "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks "no fallback given", since None is a fallback programs pass on purpose.
_UNSET = object()

# The mapping type of sections and defaults unless dict_type says otherwise.
_default_dict = dict


# ---------------------------------------------------------------------------------------------
# Exceptions. Their text and their args tuples are what programs print, so both follow CPython.

class Error(Exception):
    """Root of the errors this module raises."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    """The 'While reading from ...' lead of a duplicate found while reading, or '' without a source."""
    if source is None:
        return ''
    at = '' if lineno is None else ' [line {0:2d}]'.format(lineno)
    return 'While reading from {!r}{}: '.format(source, at)


class NoSectionError(Error):
    """A section that does not exist was asked for."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section was created twice (add_section, or twice in one input with strict on)."""

    def __init__(self, section, source=None, lineno=None):
        lead = _where(source, lineno)
        what = 'section ' if lead else 'Section '
        Error.__init__(self, '%s%s%r already exists' % (lead, what, section))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """One input gave an option twice in a section while strict is on."""

    def __init__(self, section, option, source=None, lineno=None):
        lead = _where(source, lineno)
        what = 'option ' if lead else 'Option '
        Error.__init__(self, '%s%s%r in section %r already exists' % (lead, what, option, section))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """The section exists but has no such option (nor do the defaults)."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Common base of the failures of expanding a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an "
                "interpolation key %r which is not a valid option name. Raw value: %r"
                % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value, or a value being set, is not well-formed for the interpolation in use."""


class InterpolationDepthError(InterpolationError):
    """References keep leading to more references (a loop, most of the time)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r in section %r "
                "contains an interpolation key which cannot be substituted in %d steps. "
                "Raw value: %r" % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


_FILENAME_GONE = ("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.")


class ParsingError(Error):
    """Lines of an input that are neither headers, options, comments nor continuations."""

    def __init__(self, source=None, filename=None):
        # 'filename' is the old spelling of 'source'; exactly one of them is wanted.
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (filename or source):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, "Source contains parsing errors: %r" % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        """Deprecated alias of source."""
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.message = "%s\n\t[line %2d]: %s" % (self.message, lineno, line)
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    """Something other than a comment or a blank line came before the first header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ---------------------------------------------------------------------------------------------
# Interpolation

class Interpolation:
    """The identity interpolation: values are stored, read and written as they are."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Unresolved(Exception):
    """A reference that names no option (internal: becomes InterpolationMissingOptionError)."""


class _Sigil(Interpolation):
    """Shared machinery of the two reference syntaxes.

    A subclass names its escape character (SIGIL), the character that must follow it to open a
    reference (OPENER) and the pattern of a whole reference (_KEYCRE); it resolves a matched
    reference with _lookup. Expansion walks the text left to right, copying plain runs,
    turning a doubled sigil into one and splicing in referenced values, which are expanded in
    turn one level deeper. _lookup answers (text, True) to expand the text in the same scope,
    (text, (section, option)) to expand it as that option, (None, None) for a malformed
    reference, and raises _Unresolved for a name it cannot find."""

    SIGIL = OPENER = ''
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        # Whatever remains after dropping escapes and well-formed references must hold no sigil.
        leftover = self._KEYCRE.sub('', value.replace(self.SIGIL * 2, ''))
        where = leftover.find(self.SIGIL)
        if where >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, where))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        sigil = self.SIGIL
        rawval = parser.get(section, option, fallback=rest, raw=True)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            cut = rest.find(sigil)
            if cut < 0:
                accum.append(rest)
                return
            if cut:
                accum.append(rest[:cut])
                rest = rest[cut:]
            follower = rest[1:2]
            if follower == sigil:
                accum.append(sigil)
                rest = rest[2:]
                continue
            if follower != self.OPENER:
                raise InterpolationSyntaxError(option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (sigil, sigil, self.OPENER, rest))
            found = self._KEYCRE.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % (rest,))
            rest = rest[found.end():]
            try:
                text, where = self._lookup(parser, map, found.group(1))
            except _Unresolved as missing:
                raise InterpolationMissingOptionError(option, section, rawval,
                                                      missing.args[0]) from None
            if where is None:
                raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
            if sigil not in text:
                accum.append(text)
            elif where is True:
                self._interpolate_some(parser, option, accum, text, section, map, depth + 1)
            else:
                # ExtendedInterpolation expands what it found as that option of that section,
                # against the section's own options.
                other_section, other_option = where
                other_section = section if other_section is None else other_section
                self._interpolate_some(parser, other_option, accum, text, other_section,
                                       dict(parser.items(other_section, raw=True)), depth + 1)


class BasicInterpolation(_Sigil):
    """'%(name)s' stands for the value of option name of the same section (or of the defaults,
    or of the vars passed to get); '%%' stands for '%'."""

    SIGIL = '%'
    OPENER = '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def _lookup(self, parser, map, key):
        name = parser.optionxform(key)
        if name not in map:
            raise _Unresolved(name)
        return map[name], True


class ExtendedInterpolation(_Sigil):
    """'${name}' stands for an option of the same section, '${section:name}' for one of any
    section; '$$' stands for '$'."""

    SIGIL = '$'
    OPENER = '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def _lookup(self, parser, map, key):
        parts = key.split(':')
        if len(parts) > 2:
            return None, None
        try:
            if len(parts) == 1:
                target = parser.optionxform(key)
                return map[target], (None, target)
            target = parser.optionxform(parts[1])
            return parser.get(parts[0], target, raw=True), (parts[0], target)
        except (KeyError, NoSectionError, NoOptionError):
            raise _Unresolved(key) from None


class LegacyInterpolation(Interpolation):
    """The interpolation of Python 2's ConfigParser (deprecated): the value is used as a '%'
    format over the options, again and again until no '%(' remains."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        Interpolation.__init__(self, *args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                      "removed from the configparser module in Python 3.13. Use "
                      "BasicInterpolation or ExtendedInterpolation instead.", DeprecationWarning,
                      stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(functools.partial(self._interpolation_replace, parser=parser),
                                     value)
            try:
                value = value % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(option, section, original,
                                                      missing.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


# ---------------------------------------------------------------------------------------------
# Reading helpers

def _comment_start(line, full_prefixes, inline_prefixes):
    """Where the comment of a line starts, or None when it has none.

    A line whose stripped text begins with a full-line prefix is all comment. An inline prefix
    counts only at the start of the line or after white space; the candidates are looked at in
    rounds (the first occurrence of every prefix, then the second of each, ...) and the first
    round with a valid candidate decides, taking its leftmost one."""
    stripped = line.strip()
    if any(stripped.startswith(p) for p in full_prefixes):
        return 0
    last = {p: -1 for p in inline_prefixes}
    while last:
        hits = {}
        for prefix, before in last.items():
            at = line.find(prefix, before + 1)
            if at >= 0:
                hits[prefix] = at
        valid = [at for at in hits.values() if at == 0 or line[at - 1].isspace()]
        if valid:
            return min(valid)
        last = hits
    return None


_NO_INDENT_LIMIT = sys.maxsize


# ---------------------------------------------------------------------------------------------
# Parsers

class RawConfigParser(MutableMapping):
    """A configuration parser that takes values literally (no interpolation by default)."""

    # Class attributes programs read or replace.
    # The header and option line patterns (verbose regular expressions); a subclass may change
    # them. {delim} is replaced by the alternatives of the delimiters.
    _SECT_TMPL = r"""
        \[  (?P<header>.+)  \]           # anything between the outer brackets
        """
    _OPT_TMPL = r"""
        (?P<option>.*?)                  # the name: as little as possible,
        \s* (?P<vi>{delim}) \s*          # the first delimiter, spaces around it dropped,
        (?P<value>.*) $                  # and the rest of the line
        """
    _OPT_NV_TMPL = r"""
        (?P<option>.*?)                  # the name,
        \s* (?: (?P<vi>{delim}) \s*      # then maybe a delimiter
        (?P<value>.*) )? $               # and a value (allow_no_value)
        """
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL, re.X)
    OPTCRE = re.compile(_OPT_TMPL.format(delim='=|:'), re.X)
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim='=|:'), re.X)
    NONSPACECRE = re.compile(r'\S')
    # The words getboolean understands, by lower-case spelling.
    BOOLEAN_STATES = {
        '1': True, 'yes': True, 'true': True, 'on': True,
        '0': False, 'no': False, 'false': False, 'off': False,
    }

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, name=default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters == ('=', ':'):
            # The usual delimiters: the class's precompiled patterns.
            self._optcre = (self.OPTCRE_NV if allow_no_value else self.OPTCRE)
        else:
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            alternatives = "|".join(map(re.escape, self._delimiters))
            self._optcre = re.compile(template.format(delim=alternatives), re.X)
        self._comment_prefixes = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comment_prefixes = (tuple(inline_comment_prefixes)
                                         if inline_comment_prefixes else ())
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        # A class may set _DEFAULT_INTERPOLATION to None too: both Nones mean no interpolation.
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options -------------------------------------------------------------

    def defaults(self):
        return self._defaults

    def sections(self):
        """The names of the sections, the default one left out."""
        return list(self._sections)

    def add_section(self, section):
        """Create an empty section (ValueError for the default section's name)."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        table = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return table

    def has_section(self, section):
        """Whether the section exists; the default section does not count."""
        return section in self._sections

    def options(self, section):
        """The option names of a section, its own first, then the inherited defaults."""
        try:
            own = self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None
        return list({**own, **self._defaults})

    # -- reading ----------------------------------------------------------------------------

    def read(self, filenames, encoding=None):
        """Read each readable file of filenames (one name or an iterable of them), skipping the
        ones that cannot be opened; return the names that were read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Read lines from an iterable; source names it in errors (default: f.name or '<???>')."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Add the sections of a mapping of mappings; names and values are made strings."""
        seen = set()
        for section, entries in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (ValueError, DuplicateSectionError):
                # An existing section (or the default one) is merged into, unless this
                # same input already gave it under strict mode.
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in entries.items():
                key = self.optionxform("%s" % (key,))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated spelling of read_file."""
        warnings.warn("This method will be removed in Python 3.12. Use 'parser.read_file()' "
                      "instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, filename)

    def _read(self, fp, fpname):
        # Values are collected as lists of lines and joined at the end (_join_multiline_values).
        seen = set()
        table = None            # dict of the section being filled
        section = None
        option = None           # option whose value later lines may continue
        indent = 0
        problems = None
        for lineno, line in enumerate(fp, 1):
            cut = _comment_start(line, self._comment_prefixes, self._inline_comment_prefixes)
            text = line[:cut].strip()
            if not text:
                if not self._empty_lines_in_values:
                    indent = _NO_INDENT_LIMIT
                elif cut is None and table is not None and option and table[option] is not None:
                    table[option].append('')
                continue
            mark = self.NONSPACECRE.search(line)
            depth = mark.start() if mark else 0
            if table is not None and option and depth > indent:
                table[option].append(text)
                continue
            indent = depth
            header = self.SECTCRE.match(text)
            if header:
                section = header.group('header')
                option = None
                if section in self._sections:
                    if self._strict and section in seen:
                        raise DuplicateSectionError(section, fpname, lineno)
                    table = self._sections[section]
                    seen.add(section)
                elif section == self.default_section:
                    table = self._defaults
                else:
                    table = self._new_section(section)
                    seen.add(section)
                continue
            if table is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            entry = self._optcre.match(text)
            if not entry:
                problems = self._handle_error(problems, fpname, lineno, line)
                continue
            name, value = entry.group('option', 'value')
            if not name:
                problems = self._handle_error(problems, fpname, lineno, line)
            option = self.optionxform(name.rstrip())
            if self._strict and (section, option) in seen:
                raise DuplicateOptionError(section, option, fpname, lineno)
            seen.add((section, option))
            table[option] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if problems:
            raise problems

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults), *self._sections.items()]
        for section, table in everything:
            for name, value in table.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                table[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        # RawConfigParser keeps the constructor's defaults as given, non-strings included.
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _handle_error(self, exc, fpname, lineno, line):
        # One ParsingError collects every bad line of an input.
        gathered = exc or ParsingError(fpname)
        gathered.append(lineno, "%r" % (line,))
        return gathered

    # -- getting values ---------------------------------------------------------------------

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of an option, looked up in vars, then the section, then the defaults, and
        interpolated unless raw; fallback (when given) replaces a missing section or option."""
        try:
            scope = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = scope[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, scope)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoOptionError, NoSectionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, fallback=fallback, raw=raw, vars=vars,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, fallback=fallback, raw=raw, vars=vars,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, fallback=fallback, raw=raw, vars=vars,
                              **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs of the mapping protocol. With one: the
        (option, value) pairs of that section with the defaults, interpolated unless raw."""
        if section is _UNSET:
            return super().items()
        scope = self._defaults.copy()
        try:
            scope.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(scope)
        # vars take part in the interpolation but add no items of their own.
        for key, value in (vars or {}).items():
            scope[self.optionxform(key)] = value
        if raw:
            fetch = lambda name: scope[name]
        else:
            fetch = lambda name: self._interpolation.before_get(self, section, name,
                                                                 scope[name], scope)
        return [(name, fetch(name)) for name in names]

    def popitem(self):
        """Remove the first section and return (name, proxy); KeyError when there is none."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    def optionxform(self, optionstr):
        """How option names are normalised (lower case); subclasses or instances may replace it."""
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether the section (or, for '' or the default section, the defaults) has it."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        key = self.optionxform(option)
        return key in self._sections[section] or key in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        # '' and the default section's name both mean the defaults.
        if section and section != self.default_section:
            if section not in self._sections:
                raise NoSectionError(section) from None
            table = self._sections[section]
        else:
            table = self._defaults
        table[self.optionxform(option)] = value

    # -- writing ----------------------------------------------------------------------------

    def write(self, fp, space_around_delimiters=True):
        """Write INI text: the defaults first (when there are any), then each section, with the
        first delimiter between name and value."""
        joint = self._delimiters[0]
        if space_around_delimiters:
            joint = " %s " % joint
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), joint)
        for name, table in self._sections.items():
            self._write_section(fp, name, table.items(), joint)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % section_name)
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write("%s\n" % key)
            else:
                # Continuation lines are indented with a tab so that they read back.
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    # -- removing ---------------------------------------------------------------------------

    def remove_option(self, section, option):
        """Remove an option; return whether it was there."""
        if section and section != self.default_section:
            if section not in self._sections:
                raise NoSectionError(section) from None
            table = self._sections[section]
        else:
            table = self._defaults
        key = self.optionxform(option)
        if key not in table:
            return False
        del table[key]
        return True

    def remove_section(self, section):
        """Remove a section; return whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # -- the mapping protocol: section name -> SectionProxy -------------------------------

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section's own proxy to it must not wipe it before reading it back.
        if key in self and value is self[key]:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return itertools.chain([self.default_section], self._sections)

    # -- internals shared with the subclasses ----------------------------------------------

    def _unify_values(self, section, vars):
        """The lookup scope of a get: vars (as strings), the section, then the defaults."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section) from None
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return ChainMap(given, own, self._defaults)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError("Not a boolean: %s" % (value,))
        return state

    def _validate_value_types(self, *, section='', option='', value=''):
        """ConfigParser keeps names and values strings (a value may be None with
        allow_no_value); RawConfigParser does not check."""
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """The parser most programs want: BasicInterpolation, and string-only names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor are taken as written, without before_set's checks.
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """Deprecated name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        ConfigParser.__init__(self, *args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python 3.2. "
                      "This alias will be removed in Python 3.12. Use ConfigParser directly "
                      "instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mutable mapping; inherited defaults included."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            method = 'get' + conv
            setattr(self, method, functools.partial(self.get, _impl=getattr(parser, method)))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        parser, name = self._parser, self._name
        if parser.has_option(name, key):
            return parser.get(name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        # An inherited default is visible here but cannot be removed through the section.
        parser, name = self._parser, self._name
        if parser.has_option(name, key) and parser.remove_option(name, key):
            return
        raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Like the parser's get, but a missing option gives fallback (None by default)."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser, by name: setting 'x' to a function gives the parser and
    each of its sections a getx method that converts the value with it."""

    GETTERCRE = re.compile(r'^get(?P<name>.+)$')

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        # The parser's own get<name> methods (getint, getfloat, getboolean...) are listed
        # with no function.
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method = 'get' + key
        except TypeError:
            raise ValueError("Incompatible key: %s (type: %s)" % (key, type(key)))
        if method == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, method, getter)
        for proxy in self._parser.values():
            setattr(proxy, method, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        try:
            method = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        for holder in (self._parser, *self._parser.values()):
            try:
                delattr(holder, method)
            except AttributeError:
                pass    # a method of the class (getint...) stays

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


for _cls in (Error, NoSectionError, DuplicateSectionError, DuplicateOptionError, NoOptionError,
             InterpolationError, InterpolationMissingOptionError, InterpolationSyntaxError,
             InterpolationDepthError, ParsingError, MissingSectionHeaderError):
    _cls.__module__ = 'configparser'
del _cls
