"""Python source split into tokens as CPython 3.11's pure-Python tokenizer splits it.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes, finds the source's
encoding first (detect_encoding: a BOM, a coding cookie on one of the first two lines) and yields an
ENCODING token before the others. Each token is a TokenInfo (type, string, start, end, line) with
1-based rows and 0-based columns.

The tokenizer works a line at a time with three states: inside a string that spans lines (its text
so far and the pattern that ends it), inside brackets or after a backslash (no indentation is
measured), or at the start of a statement, where the indentation is compared with a stack of the
open blocks' columns to make INDENT and DEDENT tokens. Within a line, one regular expression (the
"pseudo-token") matches whitespace then the next token; the token's first character says its type.
Anything it cannot match is an ERRORTOKEN of one character. untokenize() turns tokens back into
source: exactly the text when they carry positions, or a spaced approximation for (type, string)
pairs.
"""

import itertools as _itertools
import re
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
from collections import namedtuple as _namedtuple
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]
del _token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(_namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        shown = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=shown))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


# the pieces of the pseudo-token pattern, under the names programs read
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'
Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?',
                   r'\.[0-9](?:_?[0-9])*') + maybe(Exponent)
Expfloat = r'[0-9](?:_?[0-9])*' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of a valid string prefix: each order and case of b, r, u, f, br, fr; and ''."""
    result = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for ordering in _itertools.permutations(base):
            for cased in _itertools.product(*[(c, c.upper()) for c in ordering]):
                result.add(''.join(cased))
    return result


StringPrefix = group(*_all_string_prefixes())

# the rest of a string after its opening quote(s)
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# longest operators first, so that '**=' wins over '**' and '*'
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# a one-line string, or the start of one continued by a backslash at the line's end
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# the pattern ending a string, by its opening text (prefix and quotes)
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted.add(_prefix + "'")
    single_quoted.add(_prefix + '"')
    triple_quoted.add(_prefix + "'''")
    triple_quoted.add(_prefix + '"""')
del _prefix

tabsize = 8

_patterns = {}


def _compile(expr):
    pattern = _patterns.get(expr)
    if pattern is None:
        pattern = _patterns[expr] = re.compile(expr, re.UNICODE)
    return pattern


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class Untokenizer:
    """Joins tokens back into source text (full mode: 5-tuples; compat mode: (type, string))."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows_down = row - self.prev_row
        if rows_down:
            self.tokens.append("\\\n" * rows_down)
            self.prev_col = 0
        cols_right = col - self.prev_col
        if cols_right:
            self.tokens.append(" " * cols_right)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, text, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = text
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(text)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        out = self.tokens
        startline = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain([token], iterable):
            tok_type, text = tok[:2]
            if tok_type == ENCODING:
                self.encoding = text
                continue
            if tok_type in (NAME, NUMBER):
                text += ' '
            # two strings in a row need a space between them
            if tok_type == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if tok_type == INDENT:
                indents.append(text)
                continue
            elif tok_type == DEDENT:
                indents.pop()
                continue
            elif tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            out.append(text)


def untokenize(iterable):
    """Source text from tokens: bytes in the ENCODING token's encoding when there is one."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


def _get_normal_name(orig_enc):
    """The encoding name as the tokenizer reports it (utf-8 and latin-1 spelled one way)."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """(encoding, the lines read): a UTF-8 BOM, else a coding cookie in the first two lines,
    else 'utf-8'. At most two lines are read."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """The file opened for reading text in the encoding detect_encoding finds."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        from io import TextIOWrapper
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


def tokenize(readline):
    """The tokens of the source that readline gives as bytes, an ENCODING token first."""
    encoding, consumed = detect_encoding(readline)
    lines = _itertools.chain(consumed, iter(readline, b""))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """The tokens of the source that readline gives as str (no ENCODING token)."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = 0
    parenlev = 0
    continued = False
    digits = '0123456789'
    # a string spanning lines: its text so far, its lines, where it started, how it ends
    contstr, needcont = '', False
    contline = None
    strstart = None
    endprog = None
    indents = [0]

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    last_line = b''
    line = b''
    pseudo = _compile(PseudoToken)
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = '', False
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < end_of_line:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break

            if line[pos] in '#\r\n':
                # a comment or a blank line: no indentation change
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end_of_line:
            match = pseudo.match(line, pos)
            if not match:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = match.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, initial = line[start:end], line[start]

            if initial in digits or (initial == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _compile(endpats[text])
                endmatch = endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif initial in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text[-1] == '\n':
                    # the string goes on after a backslash-newline
                    strstart = (lnum, start)
                    endprog = _compile(endpats.get(initial) or endpats.get(text[1])
                                       or endpats.get(text[2]))
                    contstr, needcont = line[start:], True
                    contline = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # a last line without its newline still ends a statement
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def _generate_tokens_from_c_tokenizer(source, extra_tokens=False):
    """The tokens of a str (3.11 has no C tokenizer interface here: the Python one is used)."""
    import io
    return _tokenize(io.StringIO(source).readline, None)


def main():
    import argparse
    import sys

    def fail(message, location=None):
        if location:
            print("%s:%d:%d: error: %s" % ((location[0],) + location[1] + (message,)), file=sys.stderr)
        else:
            print("error: %s" % message, file=sys.stderr)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokenize(sys.stdin.readline, None)
        for tok in tokens:
            tok_type = tok.exact_type if args.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[tok_type], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        fail(err.args[0], (filename, (line, column)))
    except TokenError as err:
        fail(err.args[0], (filename, err.args[1]))
    except SyntaxError as err:
        fail(err, (filename,))
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    main()
