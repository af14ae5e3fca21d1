"""Command-line parsing: a program declares the arguments it takes, and gets
them back converted, in a Namespace, with usage and help texts and errors
laid out as CPython 3.11's argparse lays them out.

The model
---------
A parser holds *actions*.  An action knows the option strings that select it
(none for a positional), how many command-line strings it takes (``nargs``),
how to convert each one (``type``) and what to do with the result
(``__call__``: store it, append it, count, print help...).  Groups only
decide where an action is shown in the help; a mutually exclusive group also
forbids its members to meet on one command line.

Parsing, step by step
---------------------
1. Every command-line string is given a letter: ``O`` when it names an
   option (or looks like one), ``A`` when it is an argument, ``-`` for the
   first ``--`` (everything after it is ``A``).  ``-x -- a b`` reads "O-AA".
2. Each nargs value is a small regular expression over those letters
   (``None``: one ``A``; ``'?'``: at most one; ``'*'``: any; ``'+'``: at
   least one; N: exactly N; ``'...'``: everything left; ``'A...'``: one ``A``
   then everything).  A positional's expression may swallow ``-``; an
   option's may not.
3. The strings are walked from the left.  Before each option, the run of
   positionals that can be matched is taken: as many positional actions as
   the letters allow, the first ones greedily (a regex over the actions'
   expressions in order, dropping actions from the end until it matches).
   At an option, the option takes what its expression matches right after
   it, or its ``=value``, or, for ``-xyz`` with flags, each letter in turn.
4. After the walk, unmatched strings are the "extras"
   (``parse_known_args`` returns them, ``parse_args`` rejects them), actions
   never seen get their string defaults converted, and missing required
   actions or groups are reported.

The help text is built lazily: the formatter first records the sections and
items, measuring every action's invocation ("-n N, --number N"), and only
then lays the items out, so that the help column is the same for all of them.
The methods of HelpFormatter whose names start with ``_format``, ``_get``,
``_split_lines`` and ``_fill_text`` are the hooks programs override, as with
CPython's; their names and arguments are kept.
"""

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(message):
    # the messages are not translated here; the name keeps the call sites
    # reading like the standard module's for anyone comparing the texts
    return message


def _plural(one, many, n):
    return one if n == 1 else many


class _AttributeHolder(object):
    """repr() as a constructor call: _get_args() positionally, then the
    (name, value) pairs of _get_kwargs(); names that are not identifiers go
    into one trailing ``**{...}``."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        unusual = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                unusual[name] = value
        if unusual:
            shown.append('**' + repr(unusual))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    # append/extend never mutate the default in place
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


def _metavar_layouts():
    # usage text for each symbolic nargs; `one` and `two` are the metavars
    # (a tuple metavar gives both)
    return {
        None: lambda m: '%s' % m(1),
        OPTIONAL: lambda m: '[%s]' % m(1),
        ZERO_OR_MORE: _zero_or_more_usage,
        ONE_OR_MORE: lambda m: '%s [%s ...]' % m(2),
        REMAINDER: lambda m: '...',
        PARSER: lambda m: '%s ...' % m(1),
        SUPPRESS: lambda m: '',
    }


def _zero_or_more_usage(metavars):
    names = metavars(1)
    if len(names) == 2:
        return '[%s [%s ...]]' % names
    return '[%s ...]' % names


_USAGE_OF_NARGS = _metavar_layouts()

# nargs -> the expression of step 2 of the module's essay, for a positional;
# options use it with every '-' taken out
_LETTERS_OF_NARGS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}


def _symbolic(nargs):
    """True when nargs is one of the named values (None, '?', '*', ...)."""
    try:
        return nargs in _LETTERS_OF_NARGS
    except TypeError:
        return False


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class HelpFormatter(object):
    """Lays out usage lines and help texts.

    Only the class's name is a public API; subclasses override the
    underscore methods (as RawTextHelpFormatter does with _split_lines).
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A heading and the deferred pieces under it; laid out only when
        the whole help is asked for."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            formatter = self.formatter
            nested = self.parent is not None
            if nested:
                formatter._indent()
            body = formatter._join_parts([render(*args) for render, args in self.items])
            if nested:
                formatter._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = '%*s%s:\n' % (formatter._current_indent, '', self.heading)
            return formatter._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # -- recording ---------------------------------------------------------

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for subaction in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(subaction)))
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- laying out --------------------------------------------------------

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings
                       if part and part is not SUPPRESS)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._generated_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _generated_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join(piece for piece in (prog, whole) if piece)
        width = self._width - self._current_indent
        if len(prefix) + len(usage) <= width:
            return usage

        # too long for one line: cut into bracketed or bare words and wrap
        # them, options before positionals
        words = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        opt_words = words.findall(opt_text)
        pos_words = words.findall(pos_text)
        assert ' '.join(opt_words) == opt_text
        assert ' '.join(pos_words) == pos_text

        if len(prefix) + len(prog) <= 0.75 * width:
            # a short prog: the wrapped words hang under the first word after it
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_words:
                lines = _wrap_usage_words([prog] + opt_words, margin, width, prefix)
                lines += _wrap_usage_words(pos_words, margin, width)
            elif pos_words:
                lines = _wrap_usage_words([prog] + pos_words, margin, width, prefix)
            else:
                lines = [prog]
        else:
            # a long prog gets a line of its own
            margin = ' ' * len(prefix)
            lines = _wrap_usage_words(opt_words + pos_words, margin, width)
            if len(lines) > 1:
                lines = (_wrap_usage_words(opt_words, margin, width)
                         + _wrap_usage_words(pos_words, margin, width))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # text to put before actions[i] (i == len(actions): after the last)
        before = {}
        in_a_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                first = actions.index(members[0])
            except ValueError:
                continue
            stop = first + len(members)
            if actions[first:stop] != members:
                continue
            in_a_group.update(members)
            shown = sum(1 for member in members if member.help is not SUPPRESS)
            if not group.required:
                opening, closing = '[', ']'
            elif shown > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = None
            if opening is not None:
                before[first] = before[first] + ' ' + opening if first in before else opening
                before[stop] = before.get(stop, '') + closing
            for inner in range(first + 1, stop):
                before[inner] = '|'

        pieces = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                # a hidden member takes one of its separators with it
                pieces.append(None)
                if before.get(index) == '|':
                    del before[index]
                elif before.get(index + 1) == '|':
                    del before[index + 1]
                continue
            if not action.option_strings:
                piece = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_a_group and piece[:1] == '[' and piece[-1:] == ']':
                    piece = piece[1:-1]
            else:
                if action.nargs == 0:
                    piece = action.format_usage()
                else:
                    value = self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                    piece = '%s %s' % (action.option_strings[0], value)
                if not action.required and action not in in_a_group:
                    piece = '[%s]' % piece
            pieces.append(piece)

        for index in sorted(before, reverse=True):
            pieces.insert(index, before[index])
        text = ' '.join(piece for piece in pieces if piece is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        label_width = help_position - self._current_indent - 2
        label = self._format_action_invocation(action)
        indent = self._current_indent

        first_line_indent = 0
        if not action.help:
            head = '%*s%s\n' % (indent, '', label)
        elif len(label) <= label_width:
            head = '%*s%-*s  ' % (indent, '', label_width, label)
        else:
            head = '%*s%s\n' % (indent, '', label)
            first_line_indent = help_position
        pieces = [head]

        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                pieces.append('%*s%s\n' % (first_line_indent, '', lines[0]))
                pieces.extend('%*s%s\n' % (help_position, '', line)
                              for line in lines[1:])
        elif not head.endswith('\n'):
            pieces.append('\n')

        for subaction in self._iter_indented_subactions(action):
            pieces.append(self._format_action(subaction))
        return self._join_parts(pieces)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        value = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (option, value) for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            name = default_metavar

        def repeat(count):
            return name if isinstance(name, tuple) else (name,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        if _symbolic(action.nargs):
            return _USAGE_OF_NARGS[action.nargs](metavars)
        try:
            slots = ['%s'] * len(range(action.nargs))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % metavars(action.nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in [k for k, v in values.items() if v is SUPPRESS]:
            del values[key]
        for key, value in values.items():
            if hasattr(value, '__name__'):
                values[key] = value.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(choice) for choice in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._whitespace_matcher.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _wrap_usage_words(words, margin, width, prefix=None):
    """Greedy wrap of usage words into lines that start with `margin`; with
    a prefix, the first line's margin is left out (the prefix stands there)."""
    lines = []
    current = []
    used = len(prefix if prefix is not None else margin) - 1
    for word in words:
        if current and used + 1 + len(word) > width:
            lines.append(margin + ' '.join(current))
            current = []
            used = len(margin) - 1
        current.append(word)
        used += len(word) + 1
    if current:
        lines.append(margin + ' '.join(current))
    if prefix is not None:
        lines[0] = lines[0][len(margin):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's own line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends " (default: ...)" to the help of every argument that has a
    meaningful default and does not mention it already."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names an argument's value by its type's name instead of its dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    """How error messages name an action: its option strings, else its
    metavar, dest or choices."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name not in (None, SUPPRESS):
            return name
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument, in its definition or on the command
    line; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%(message)s' % dict(message=self.message)
        return _('argument %(argument_name)s: %(message)s') % dict(
            argument_name=self.argument_name, message=self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a command-line string with its
    own message."""


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What one argument is and what to do when it is met.

    The constructor's keywords are the attributes: option_strings (empty for
    a positional), dest (the Namespace attribute), nargs, const, default,
    type (called on each string), choices, required, help and metavar.
    Calling the action with (parser, namespace, values, option_string)
    performs it.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    _repr_fields = ('option_strings', 'dest', 'nargs', 'const', 'default',
                    'type', 'choices', 'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._repr_fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        spelled = []
        for option in option_strings:
            spelled.append(option)
            if option.startswith('--'):
                spelled.append('--no-' + option[2:])
        super().__init__(option_strings=spelled, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_takes_values(nargs, const, what):
    if nargs == 0:
        raise ValueError(what)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_takes_values(nargs, const,
                            'nargs for store actions must be != 0; if you '
                            'have nothing to store, actions such as store '
                            'true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_takes_values(nargs, const,
                            'nargs for append actions must be != 0; if arg '
                            'strings are not supplying the value to append, '
                            'the append const action may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs,
                         const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if so_far is None else so_far) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None else self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional whose value names a sub-command; the rest of the
    command line goes to that sub-command's parser."""

    class _ChoicesPseudoAction(Action):
        # one help line per sub-command that was given help=

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            message = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': name, 'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, message)
        # a fresh namespace, so the sub-parser's own defaults win over the
        # parent's; the leftovers travel up to the top-level parser
        inner, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Types and the namespace
# ---------------------------------------------------------------------------

class FileType(object):
    """A type= that opens the named file (``-`` is stdin or stdout) with
    the mode, buffering, encoding and errors given here."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(letter in self._mode for letter in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as error:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': error})

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        shown += ['%s=%r' % (name, value)
                  for name, value in (('encoding', self._encoding), ('errors', self._errors))
                  if value is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """The parsed values as attributes; equal to another Namespace with the
    same attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Containers of actions: the parser and its groups
# ---------------------------------------------------------------------------

_STANDARD_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


class _ActionsContainer(object):
    """What a parser and its argument groups share: adding arguments,
    registries of action and type names, defaults, option-string conflicts."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, action_class in _STANDARD_ACTIONS.items():
            self.register('action', name, action_class)
        self._get_handler()   # an unknown conflict_handler fails now

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # shared by reference with the groups, hence a list used as a flag
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """
        add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        # groups have no formatter: only the parser checks metavar against nargs
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        if (any(self._negative_number_matcher.match(option) for option in action.option_strings)
                and not self._has_negative_number_optionals):
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # a parent's arguments join this parser, each in the group of the
        # same title (made here when missing)
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (group.title))
            by_title[group.title] = group

        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = twin
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in [OPTIONAL, ZERO_OR_MORE] or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        options = []
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError(
                    _('invalid option string %(option)r: must start with a character %(prefix_chars)r')
                    % {'option': option, 'prefix_chars': self.prefix_chars})
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)

        dest = kwargs.pop('dest', None)
        if dest is None:
            # '--foo-bar' gives foo_bar, '-x' gives x; a long option wins
            dest = (long_options or options)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r') % option)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        try:
            return getattr(self, '_handle_conflict_%s' % self.conflict_handler)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        template = _plural('conflicting option string: %s',
                           'conflicting option strings: %s', len(conflicting_actions))
        raise ArgumentError(action, template % ', '.join(
            option for option, _owner in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the newer action takes the option strings; an older one left
        # without any disappears
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for inherited in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(inherited, getattr(container, inherited))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # one set of books for the parser and all its groups
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one of its actions per command line (exactly one when
    required); its actions are shown in their container's section."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# One parse of a command line (steps 1-4 of the module's essay)
# ---------------------------------------------------------------------------

class _CommandLine(object):

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()

        self.excluded_by = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for position, member in enumerate(members):
                self.excluded_by.setdefault(member, []).extend(
                    members[:position] + members[position + 1:])

        # step 1: the letters, and the option found at each 'O'
        self.option_at = {}
        letters = []
        position = 0
        while position < len(strings):
            string = strings[position]
            if string == '--':
                letters.append('-')
                letters.extend('A' * (len(strings) - position - 1))
                break
            found = parser._parse_optional(string)
            if found is None:
                letters.append('A')
            else:
                self.option_at[position] = found
                letters.append('O')
            position += 1
        self.letters = ''.join(letters)

    def perform(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # an action that produced its default does not count as present
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.excluded_by.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def take_option(self, position):
        parser = self.parser
        action, option_string, explicit = self.option_at[position]
        if action is None:
            self.extras.append(self.strings[position])
            return position + 1

        pending = []
        while explicit is not None:
            count = parser._match_argument(action, 'A')
            if count == 1:
                pending.append((action, [explicit], option_string))
                next_position = position + 1
                break
            if count == 0 and option_string[1] not in parser.prefix_chars and explicit != '':
                # '-xyz': -x is a flag, so 'yz' holds more single-letter options
                pending.append((action, [], option_string))
                option_string = option_string[0] + explicit[0]
                explicit_rest = explicit[1:] or None
                if option_string not in parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
                action = parser._option_string_actions[option_string]
                explicit = explicit_rest
                continue
            raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
        else:
            start = position + 1
            count = parser._match_argument(action, self.letters[start:])
            next_position = start + count
            pending.append((action, self.strings[start:next_position], option_string))

        for action, strings, option_string in pending:
            self.perform(action, strings, option_string)
        return next_position

    def take_positionals(self, position):
        counts = self.parser._match_arguments_partial(self.positionals,
                                                      self.letters[position:])
        for action, count in zip(self.positionals, counts):
            self.perform(action, self.strings[position:position + count])
            position += count
        del self.positionals[:len(counts)]
        return position

    def walk(self):
        position = 0
        last_option = max(self.option_at) if self.option_at else -1
        while position <= last_option:
            next_option = min(index for index in self.option_at if index >= position)
            if position != next_option:
                reached = self.take_positionals(position)
                if reached > position:
                    # a positional swallowed the option (REMAINDER, a parser)
                    position = reached
                    continue
            if position not in self.option_at:
                self.extras.extend(self.strings[position:next_option])
                position = next_option
            position = self.take_option(position)
        reached = self.take_positionals(position)
        self.extras.extend(self.strings[reached:])

    def finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # a string default is converted only when it was used
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(member in self.seen_non_default
                                          for member in group._group_actions):
                names = [_get_action_name(member) for member in group._group_actions
                         if member.help is not SUPPRESS]
                parser.error(_('one of the arguments %s is required') % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace.

    Keywords: prog (default: the basename of sys.argv[0]), usage,
    description, epilog, parents (parsers whose arguments are copied),
    formatter_class, prefix_chars, fromfile_prefix_chars (strings starting
    with one of them name a file of more arguments, one per line),
    argument_default, conflict_handler ('error' or 'resolve'), add_help,
    allow_abbrev (unique prefixes of long options), exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            # an explicit default, so argument_default does not apply
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')]

    # -- actions -----------------------------------------------------------

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        if kwargs.get('prog') is None:
            # the sub-parsers' prog: this parser's usage without its options
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        section = self._optionals if action.option_strings else self._positionals
        section._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing -----------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftovers))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as error:
                self.error(str(error))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        line = _CommandLine(self, arg_strings, namespace)
        line.walk()
        line.finish()
        return namespace, line.extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                expanded.append(string)
                continue
            try:
                with open(string[1:]) as source:
                    found = [arg for line in source.read().splitlines()
                             for arg in self.convert_arg_line_to_args(line)]
                expanded.extend(self._read_args_from_files(found))
            except OSError as error:
                self.error(str(error))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        nargs = action.nargs
        if nargs is None:
            message = _('expected one argument')
        elif nargs == OPTIONAL:
            message = _('expected at most one argument')
        elif nargs == ONE_OR_MORE:
            message = _('expected at least one argument')
        else:
            message = _plural('expected %s argument', 'expected %s arguments',
                              nargs) % nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the actions as can be matched, dropping from the end
        for count in range(len(actions), 0, -1):
            expression = ''.join(self._get_nargs_pattern(action)
                                 for action in actions[:count])
            found = _re.match(expression, arg_strings_pattern)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit value) when arg_string is an
        option (action None: looks like one but is unknown), None when it is
        an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, value = arg_string.split('=', 1)
            if name in known:
                return known[name], name, value

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            matches = ', '.join(option for _action, option, _value in candidates)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': matches})
        elif len(candidates) == 1:
            return candidates[0]

        if self._negative_number_matcher.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        prefixes = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] in prefixes and option_string[1] in prefixes:
            # a long option: any unique prefix of a known one, split at '='
            if self.allow_abbrev:
                stem, _eq, value = option_string.partition('=')
                value = value if _eq else None
                for option, action in known.items():
                    if option.startswith(stem):
                        found.append((action, option, value))
        elif option_string[0] in prefixes:
            # '-xVALUE' and prefixes of single-dash long options
            short, attached = option_string[:2], option_string[2:]
            for option, action in known.items():
                if option == short:
                    found.append((action, option, attached))
                elif option.startswith(option_string):
                    found.append((action, option, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if _symbolic(nargs):
            expression = _LETTERS_OF_NARGS[nargs]
        else:
            expression = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # an option's values never reach past '--'
            expression = expression.replace('-*', '').replace('-', '')
        return expression

    # -- parsing with options and positionals mixed freely -------------------

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_intermixed_args(args, namespace)
        if leftovers:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftovers))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # two passes: the options first with every positional switched off
        # (nargs and default SUPPRESS), then the positionals over what was
        # left, with no option or group required
        positionals = self._get_positional_actions()
        unsuitable = [action for action in positionals if action.nargs in [PARSER, REMAINDER]]
        if unsuitable:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % unsuitable[0].nargs)
        if any(action in positionals for group in self._mutually_exclusive_groups
               for action in group._group_actions):
            raise TypeError('parse_intermixed_args: positional in'
                            ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            try:
                if self.usage is None:
                    # errors of either pass show the whole usage
                    self.usage = self.format_usage()[7:]
                for action in positionals:
                    action.save_nargs, action.nargs = action.nargs, SUPPRESS
                    action.save_default, action.default = action.default, SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action in positionals:
                    action.nargs = action.save_nargs
                    action.default = action.save_default

            optionals = self._get_optional_actions()
            groups = self._mutually_exclusive_groups
            try:
                for action in optionals:
                    action.save_required, action.required = action.required, False
                for group in groups:
                    group.save_required, group.required = group.required, False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action in optionals:
                    action.required = action.save_required
                for group in groups:
                    group.required = group.save_required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- values ------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in [PARSER, REMAINDER] and '--' in arg_strings:
            arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS and nargs not in [REMAINDER, PARSER]:
            return SUPPRESS
        values = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, _('%r is not callable') % converter)
        try:
            return converter(arg_string)
        except ArgumentTypeError as error:
            raise ArgumentError(action, str(error))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)')
                                % {'value': value,
                                   'choices': ', '.join(map(repr, action.choices))})

    # -- help --------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    # -- leaving -----------------------------------------------------------

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """error(message: string)

        Prints the usage and 'PROG: error: MESSAGE' to stderr and exits with
        status 2.  An override must not return: exit or raise.
        """
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})
