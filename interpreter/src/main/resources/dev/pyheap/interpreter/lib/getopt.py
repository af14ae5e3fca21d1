"""Command-line option parsing in the style of C's getopt().

pyheap's own implementation of the standard module: getopt() stops at the
first argument that is not an option, gnu_getopt() lets options and other
arguments be mixed.  Both return (options, remaining arguments), options as
(name, value) pairs: ('-x', ''), ('-n', '3'), ('--name', 'value').
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def getopt(args, shortopts, longopts=[]):
    """Parse args (without the program name).

    shortopts: the letters of the short options, each followed by ':' when
    it takes an argument.  longopts: the names of the long options (a str
    or a list), each ending with '=' when it takes an argument; a unique
    prefix of a long name is accepted.  Parsing stops at '--', at '-' and
    at the first argument not starting with '-'.
    """
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """As getopt(), but options may follow other arguments, unless
    shortopts starts with '+' or POSIXLY_CORRECT is set in the
    environment (then the first non-option ends the options)."""
    opts = []
    rest = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    in_order = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        in_order = True
    elif os.environ.get("POSIXLY_CORRECT"):
        in_order = True
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            opts, args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = _shorts(opts, arg[1:], shortopts, args[1:])
        elif in_order:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    takes_value, name = _long_name(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _long_name(name, longopts):
    """(whether the long option takes a value, its full name)"""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        # several names start with it: it is not an abbreviation of one
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(opts, letters, shortopts, args):
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_value(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter,
                                      letter)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + letter, value))
    return opts, args


def _short_takes_value(letter, shortopts):
    for i, c in enumerate(shortopts):
        if c == letter and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
