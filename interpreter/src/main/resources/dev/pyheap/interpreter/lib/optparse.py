"""optparse, pyheap's version: the command-line parser argparse superseded, with CPython 3.11's
classes, output and messages.

An OptionParser owns Options (directly or through OptionGroups, which share the parser's
lookup tables). Parsing walks the argument list once, front to back:

  '--'              ends the options; everything after it is positional;
  '--name[=value]'  a long option, given in full or as any prefix that only one option has;
  '-abc'            short options in a cluster: each letter is an option until one takes a
                    value, which is then the rest of the cluster (or the next argument);
  anything else     a positional argument, collected while interspersed arguments are
                    allowed, else the end of the options.

An option's values (nargs of them) are converted by its type's checker, then its action is
taken on a Values object that began as a copy of the defaults. A bad command line ends the
program through error(): the usage and 'PROG: error: MESSAGE' on stderr, exit status 2.
The help text is laid out by a HelpFormatter: the option strings in a left column and the
help, wrapped, from a column that depends on the widest option strings.
"""

import os
import sys
import textwrap

__version__ = "1.5.3"

__all__ = [
    'Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
    'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
    'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
    'OptionValueError', 'BadOptionError', 'check_choice',
]


# Messages go through gettext (a program that installs a catalogue for its domain sees them
# translated, as with CPython); without the gettext module they stay as written.
try:
    from gettext import gettext, ngettext
except ImportError:
    def gettext(message):
        return message

    def ngettext(singular, plural, n):
        return plural if n != 1 else singular
_ = gettext


# ---------------------------------------------------------------------------------------------
# Exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An option was defined wrongly (by the program, not by the user)."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Two options of one parser claim the same option string."""


class OptionValueError(OptParseError):
    """A value on the command line that the option's type refuses."""


class BadOptionError(OptParseError):
    """An option string that no option has."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long option prefix that several options begin with."""

    def __init__(self, opt_str, possibilities):
        BadOptionError.__init__(self, opt_str)
        self.possibilities = possibilities

    def __str__(self):
        candidates = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, candidates)


# ---------------------------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    """The layout of help text.

    indent_increment is the indentation added per nesting level (the option list, a group);
    the help column starts two spaces after the widest option strings, but never further right
    than max_help_position; width is the line width (from $COLUMNS, minus 2, when None);
    short_first puts '-x' before '--long'. Subclasses give the usage line and the headings."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self.width = width
        # At least two indents' worth, and room for 20 columns of help.
        limit = min(max_help_position, max(width - 20, indent_increment * 2))
        self.help_position = self.max_help_position = limit
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ("", " "):
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s{}%s".format(delim)

    def set_long_opt_delimiter(self, delim):
        if delim not in ("=", " "):
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s{}%s".format(delim)

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        # A paragraph filled to the width left at the current indentation (11 columns at least).
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        if not description:
            return ""
        return self._format_text(description) + "\n"

    def format_epilog(self, epilog):
        if not epilog:
            return ""
        return "\n%s\n" % self._format_text(epilog)

    def expand_default(self, option):
        """The option's help with '%default' replaced by its default (or 'none')."""
        if self.parser is None or not self.default_tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        # The strings fill a column of help_position - current_indent - 2 characters. Strings
        # too wide for it stand on a line of their own and the help starts on the next one.
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(strings) > column:
            text = lead + strings + "\n"
            first_pad = self.help_position
        else:
            text = lead + strings.ljust(column) + "  "
            first_pad = 0
        if not option.help:
            return text if text.endswith("\n") else text + "\n"
        lines = textwrap.wrap(self.expand_default(option), self.help_width)
        text += " " * first_pad + lines[0] + "\n"
        for line in lines[1:]:
            text += " " * self.help_position + line + "\n"
        return text

    def store_option_strings(self, parser):
        """Compute every option's strings, then the help column from the widest of them."""
        widest = 0
        self.indent()
        for container_options, nested in ((parser.option_list, False),
                                          *((group.option_list, True)
                                            for group in parser.option_groups)):
            if nested:
                self.indent()
            for option in container_options:
                shown = self.format_option_strings(option)
                self.option_strings[option] = shown
                widest = max(widest, len(shown) + self.current_indent)
            if nested:
                self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (or without the metavar for an option taking no value)."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (name, metavar) for name in shorts]
            longs = [self._long_opt_fmt % (name, metavar) for name in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """The default layout: 'Usage: ...', 'Heading:' lines, nested parts indented."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return "%s%s:\n" % (" " * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined ('=' at the top level, '-' below), nothing indented."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        rule = ("=", "-")[self.level] * len(heading)
        return "%s\n%s\n" % (heading, rule)


# ---------------------------------------------------------------------------------------------
# Value conversion

def _parse_num(val, type):
    # Integers may be written in hex (0x), binary (0b), octal (a leading 0) or decimal.
    head = val[:2].lower()
    if head == "0x":
        return type(val, 16)
    if head == "0b":
        return type(val[2:] or "0", 2)
    return type(val, 8 if val[:1] == "0" else 10)


def _parse_int(val):
    return _parse_num(val, int)


# type name -> (converter, the word used in the error message)
_builtin_cvt = {
    "int": (_parse_int, _("integer")),
    "long": (_parse_int, _("integer")),
    "float": (float, _("floating-point")),
    "complex": (complex, _("complex")),
}


def check_builtin(option, opt, value):
    convert, noun = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, noun, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        listed = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, listed))
    return value


# The default of an option that was given none (None is a default a program may choose).
NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------------------------------------
# Options

class Option:
    """One option: its strings and its attributes.

    The class attributes below describe what is allowed; a subclass adds types (TYPES and
    TYPE_CHECKER) or actions (ACTIONS and the lists each belongs to, with take_action), and
    CHECK_METHODS lists the checks run on every new option."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const",
               "count", "callback", "help", "version")
    # Actions that store something in a destination.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    # Actions that take a value (and so may have a type)...
    TYPED_ACTIONS = ("store", "append", "callback")
    # ...and those that always take one ('string' when no type is given).
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        opts = self._check_opt_strings(opts)
        self._set_opt_strings(opts)
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [text for text in opts if text]
        if not given:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts):
        for text in opts:
            if len(text) < 2:
                raise OptionError(
                    "invalid option string %r: must be at least two characters long" % text,
                    self)
            if len(text) == 2:
                if text[0] != "-" or text[1] == "-":
                    raise OptionError(
                        "invalid short option string %r: must be of the form -x, "
                        "(x any non-dash char)" % text, self)
                self._short_opts.append(text)
            else:
                if not text.startswith("--") or text[2] == "-":
                    raise OptionError(
                        "invalid long option string %r: must start with --, followed by "
                        "non-dash" % text, self)
                self._long_opts.append(text)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                value = attrs.pop(name)
            else:
                value = NO_DEFAULT if name == 'default' else None
            setattr(self, name, value)
        if attrs:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(sorted(attrs)), self)

    # -- the checks of CHECK_METHODS, in order ---------------------------------------------

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                # choices given without a type imply the 'choice' type
                self.type = "string" if self.choices is None else "choice"
            return
        # A type may also be given as the built-in type itself (int, float, str...).
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == "str":
            self.type = "string"
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
            return
        if self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        if not isinstance(self.choices, (tuple, list)):
            raise OptionError("choices must be a list of strings ('%s' supplied)"
                              % str(type(self.choices)).split("'")[1], self)

    def _check_dest(self):
        # An option that stores or takes a value needs a destination: the first long option
        # without its dashes (inner dashes as underscores), else the short option's letter.
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r" % self.action,
                                  self)
        elif self.nargs is None:
            self.nargs = 1

    def _check_callback(self):
        if self.action != "callback":
            if self.callback is not None:
                raise OptionError("callback supplied (%r) for non-callback option"
                                  % self.callback, self)
            if self.callback_args is not None:
                raise OptionError("callback_args supplied for non-callback option", self)
            if self.callback_kwargs is not None:
                raise OptionError("callback_kwargs supplied for non-callback option", self)
            return
        if not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)
        if not (self.callback_args is None or isinstance(self.callback_args, tuple)):
            raise OptionError("callback_args, if supplied, must be a tuple: not %r"
                              % self.callback_args, self)
        if not (self.callback_kwargs is None or isinstance(self.callback_kwargs, dict)):
            raise OptionError("callback_kwargs, if supplied, must be a dict: not %r"
                              % self.callback_kwargs, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    # -- use ----------------------------------------------------------------------------------

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = object.__repr__

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        """The first long option string, else the first short one."""
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            values.ensure_value(dest, []).append(value if action == "append" else self.const)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            if action == "help":
                parser.print_help()
            else:
                parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option

# Built by concatenation so that no ordinary string is identical to them by accident.
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:
    """The result of parsing: one attribute per destination."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)

    def __eq__(self, other):
        if isinstance(other, Values):
            return other.__dict__ == self.__dict__
        if isinstance(other, dict):
            return other == self.__dict__
        return NotImplemented

    def _update_careful(self, dict):
        """Take from dict only the attributes this object already has, and only values that
        are not None."""
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        """Take everything dict holds."""
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        updaters = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updaters:
            raise ValueError("invalid update mode: %r" % mode)
        updaters[mode](dict)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        exec(open(filename).read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        """The attribute's value, after setting it to value if it is missing or None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------------------------
# Containers of options

class OptionContainer:
    """What parsers and groups share: a list of options and the tables from option strings to
    options (a group uses its parser's tables), the defaults, the conflict policy."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        """Drop the references that tie options, groups and parser together."""
        del self._short_opt, self._long_opt, self.defaults

    def _check_conflict(self, option):
        taken = [(text, self._short_opt[text]) for text in option._short_opts
                 if text in self._short_opt]
        taken += [(text, self._long_opt[text]) for text in option._long_opts
                  if text in self._long_opt]
        if not taken:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(text for text, _old in taken), option)
        # 'resolve': the new option takes the strings; an older option left with none goes.
        for text, older in taken:
            if text.startswith("--"):
                older._long_opts.remove(text)
                del self._long_opt[text]
            else:
                older._short_opts.remove(text)
                del self._short_opt[text]
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        if isinstance(args[0], str):
            option = self.option_class(*args, **kwargs)
        elif len(args) == 1 and not kwargs:
            option = args[0]
            if not isinstance(option, Option):
                raise TypeError("not an Option instance: %r" % option)
        else:
            raise TypeError("invalid arguments")
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        if option.dest is not None:
            # An explicit default wins over an earlier one; otherwise None, unless some
            # earlier option of the same destination gave one.
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            else:
                self.defaults.setdefault(option.dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self._short_opt.get(opt_str)
        if option is None:
            option = self._long_opt.get(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for text in option._short_opts:
            del self._short_opt[text]
        for text in option._long_opts:
            del self._long_opt[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [option for option in self.option_list if option.help is not SUPPRESS_HELP]
        return "".join(formatter.format_option(option) for option in shown)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        sections = []
        if self.description:
            sections.append(self.format_description(formatter))
        if self.option_list:
            sections.append(self.format_option_help(formatter))
        return "\n".join(sections)


class OptionGroup(OptionContainer):
    """Options listed together under a title (and an optional description) in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """The command-line parser: options and groups, usage, version, description, epilog."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self.epilog = epilog
        # Options are added in this order: the class's standard ones, the given ones,
        # --version (with a version), -h/--help.
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list = []
        self.option_groups = []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        for source in (self.standard_option_list, option_list):
            if source:
                self.add_options(source)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        # What parse_args works on; callbacks may read and change them.
        self.rargs = self.largs = self.values = None

    # -- settings ---------------------------------------------------------------------------

    def set_usage(self, usage):
        if usage is None:
            self.usage = _("%prog [options]")
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            # the formatter adds its own 'Usage: '
            self.usage = usage[len("usage: "):]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        """Positional arguments may come between options (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """The first positional argument ends the options."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        everything = list(self.option_list)
        for group in self.option_groups:
            everything.extend(group.option_list)
        return everything

    def get_default_values(self):
        """A Values of the defaults; string defaults go through their option's type check."""
        if not self.process_default_values:
            return Values(self.defaults)
        prepared = self.defaults.copy()
        for option in self._get_all_options():
            default = prepared.get(option.dest)
            if isinstance(default, str):
                prepared[option.dest] = option.check_value(option.get_opt_string(), default)
        return Values(prepared)

    # -- groups -----------------------------------------------------------------------------

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) == 1 and not kwargs:
            group = args[0]
            if not isinstance(group, OptionGroup):
                raise TypeError("not an OptionGroup instance: %r" % group)
            if group.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            raise TypeError("invalid arguments")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The group an option string belongs to (None for the parser's own options)."""
        option = self._short_opt.get(opt_str) or self._long_opt.get(opt_str)
        if option and option.container is not self:
            return option.container
        return None

    # -- parsing ----------------------------------------------------------------------------

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (sys.argv[1:] by default) into values (the defaults by default); return
        (values, positional arguments)."""
        rargs = self._get_args(args)
        if values is None:
            values = self.get_default_values()
        self.rargs = rargs
        self.largs = largs = []
        self.values = values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """Hook for a subclass to check or change the result of parse_args."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        # rargs is consumed from the front; positional arguments go to largs.
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, opt, option, rargs):
        # The option's nargs values from the front of rargs (one string, or a tuple).
        wanted = option.nargs
        if len(rargs) < wanted:
            self.error(ngettext("%(option)s option requires %(number)d argument",
                                "%(option)s option requires %(number)d arguments",
                                wanted) % {"option": opt, "number": wanted})
        if wanted == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:wanted])
        del rargs[:wanted]
        return taken

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        name, has_value, inline = arg.partition("=")
        if has_value:
            # '--name=value': the value goes back in front, to be taken like a separate one.
            rargs.insert(0, inline)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(opt, option, rargs)
        elif has_value:
            self.error(_("%s option does not take a value") % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for position in range(1, len(cluster)):
            opt = "-" + cluster[position]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            rest = cluster[position + 1:]
            if rest:
                # The rest of the cluster is the (first) value.
                rargs.insert(0, rest)
            option.process(opt, self._take_values(opt, option, rargs), values, self)
            return

    # -- output and exiting -----------------------------------------------------------------

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        text = formatter.format_heading(_("Options"))
        formatter.indent()
        blocks = []
        if self.option_list:
            blocks.append(OptionContainer.format_option_help(self, formatter))
        blocks.extend(group.format_help(formatter) for group in self.option_groups)
        formatter.dedent()
        # Blocks are separated by blank lines; the last one has no line after it. With
        # neither options nor groups, not even the heading is shown.
        if not blocks:
            return ""
        return text + "\n".join(blocks)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """s itself if wordmap has it, else the only key that begins with s; BadOptionError or
    AmbiguousOptionError otherwise."""
    if s in wordmap:
        return s
    matches = sorted(word for word in wordmap if word.startswith(s))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousOptionError(s, matches)
    raise BadOptionError(s)
