"""Python source split into tokens as CPython 3.11's pure-Python tokenizer splits it.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes, works out the source's
encoding first (detect_encoding: a UTF-8 BOM, a coding cookie on one of the first two lines) and
yields an ENCODING token before the others. Each token is a TokenInfo (type, string, start, end,
line) with 1-based rows and 0-based columns.

The tokenizer reads a line at a time and is always in one of three states, kept by _Tokenizer:
inside a string that spans lines (the text so far and the pattern that closes it); inside brackets
or after a backslash-newline (indentation means nothing there); or at the start of a statement,
where the line's indentation column is compared with the stack of open blocks' columns to make
INDENT and DEDENT tokens. Inside a line one regular expression, PseudoToken, skips white space and
matches the next token, whose first character tells its type; a character it cannot match is an
ERRORTOKEN of its own. untokenize() turns tokens back into source: the exact text when they carry
positions, or a spaced approximation for (type, string) pairs.
"""

import itertools as _itertools
import re
import sys
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
from collections import namedtuple as _namedtuple
from io import TextIOWrapper
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token

__all__ = _token.__all__ + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]
del _token

_BLANKS = '[ \\t\\f]*'
# a coding declaration (PEP 263) in a comment, and a line that is only blanks and maybe a comment
cookie_re = re.compile('^' + _BLANKS + r'#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(b'^' + _BLANKS.encode() + b'(?:[#\\r\\n]|$)', re.ASCII)


class TokenInfo(_namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        fields = self._replace(type=f'{self.type:d} ({tok_name[self.type]})')
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % fields

    @property
    def exact_type(self):
        """The operator's own token type for an OP, else the type."""
        if self.type != OP:
            return self.type
        return EXACT_TOKEN_TYPES.get(self.string, self.type)


def group(*choices):
    return '(%s)' % '|'.join(choices)


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


# The pieces of the pseudo-token pattern, under the names programs read. A digit run allows single
# underscores between digits.
def _run(digit):
    return f'{digit}(?:_?{digit})*'


def _radix(letters, digit):
    return f'0[{letters}](?:_?{digit})+'


_DIGITS = _run('[0-9]')
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = _radix('xX', '[0-9a-fA-F]')
Binnumber = _radix('bB', '[01]')
Octnumber = _radix('oO', '[0-7]')
Decnumber = '(?:%s|%s)' % (_run('0'), '[1-9](?:_?[0-9])*')
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = '[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + '[jJ]', Floatnumber + '[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of a string prefix: each order and case of b, r, u, f, br, fr; and ''."""
    spellings = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in _itertools.permutations(letters):
            for cased in _itertools.product(*((c, c.upper()) for c in order)):
                spellings.add(''.join(cased))
    return spellings


StringPrefix = group(*_all_string_prefixes())


def _body(quote, newline_ok):
    """What may come between quote and the next unescaped quote (not newlines unless newline_ok)."""
    stop = quote + '\\\\' if newline_ok else '\\n' + quote + '\\\\'
    return f'[^{stop}]*(?:\\\\.[^{stop}]*)*'


def _triple_body(quote):
    return f'[^{quote}\\\\]*(?:(?:\\\\.|{quote}(?!{quote * 2}))[^{quote}\\\\]*)*{quote * 3}'


# the rest of a string after its opening quote(s)
Single = _body("'", True) + "'"
Double = _body('"', True) + '"'
Single3 = _triple_body("'")
Double3 = _triple_body('"')
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(*(StringPrefix + q + _body(q, False) + q for q in "'\""))

# longest operators first, so that '**=' wins over '**' and '*'
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# a one-line string, or the start of one that a backslash at the line's end continues
ContStr = group(*(StringPrefix + q + _body(q, False) + group(q, r'\\\r?\n') for q in "'\""))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# the pattern that closes a string, by its opening text (prefix and quotes)
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    for _quote, _closer in (("'", Single), ('"', Double), ("'''", Single3), ('"""', Double3)):
        endpats[_prefix + _quote] = _closer
        (triple_quoted if len(_quote) == 3 else single_quoted).add(_prefix + _quote)
del _prefix, _quote, _closer

tabsize = 8

_patterns = {}


def _compile(expr):
    found = _patterns.get(expr)
    if found is None:
        found = _patterns[expr] = re.compile(expr, re.UNICODE)
    return found


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class Untokenizer:
    """Joins tokens back into source text: 5-tuples exactly, (type, string) pairs approximately."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        """Moves from the previous token's end to start: backslash-newlines, then spaces."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError(f'start ({row},{col}) precedes previous end ({self.prev_row},{self.prev_col})')
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
            elif kind == ENDMARKER:
                break
            elif kind == INDENT:
                indents.append(text)
            elif kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
            else:
                if kind in (NEWLINE, NL):
                    line_start = True
                elif line_start and indents:
                    # the first token of a line gets the block's own indentation text
                    if start[1] >= len(indents[-1]):
                        self.tokens.append(indents[-1])
                        self.prev_col = len(indents[-1])
                    line_start = False
                self.add_whitespace(start)
                self.tokens.append(text)
                if kind in (NEWLINE, NL):
                    self.prev_row, self.prev_col = end[0] + 1, 0
                else:
                    self.prev_row, self.prev_col = end
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        """Appends (type, string) tokens: names and numbers get a space after them, and two
        strings in a row a space between them."""
        indents = []
        line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain((token,), iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and after_string:
                text = ' ' + text
            after_string = kind == STRING
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indents:
                self.tokens.append(indents[-1])
                line_start = False
            self.tokens.append(text)


def untokenize(iterable):
    """Source text from tokens: bytes in the ENCODING token's encoding when there is one."""
    joiner = Untokenizer()
    text = joiner.untokenize(iterable)
    return text if joiner.encoding is None else text.encode(joiner.encoding)


def _get_normal_name(orig_enc):
    """The encoding's name as the tokenizer reports it (utf-8 and latin-1 spelled one way);
    only the first 12 characters count."""
    name = orig_enc[:12].lower().replace('_', '-')
    for canonical, spellings in (('utf-8', ('utf-8',)), ('iso-8859-1', ('latin-1', 'iso-8859-1', 'iso-latin-1'))):
        if name in spellings or name.startswith(tuple(s + '-' for s in spellings)):
            return canonical
    return orig_enc


def detect_encoding(readline):
    """(encoding, the lines read as bytes): 'utf-8-sig' after a UTF-8 BOM, else a coding cookie
    on the first line or (after a blank or comment line) the second, else 'utf-8'. SyntaxError
    for an unknown encoding, a cookie that disagrees with the BOM, or a line that is not UTF-8
    where the cookie would be. At most two lines are read."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None

    def problem(what, detail=None):
        # CPython's messages name the file when readline belongs to one
        text = what if filename is None else f'{what} for {filename!r}'
        return SyntaxError(text if detail is None else f'{text}: {detail}')

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line, after_bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise problem('invalid or missing encoding declaration')
        found = cookie_re.match(text)
        if found is None:
            return None
        name = _get_normal_name(found.group(1))
        try:
            lookup(name)
        except LookupError:
            raise problem('unknown encoding', name)
        if after_bom:
            if name != 'utf-8':
                raise problem('encoding problem', 'utf-8')
            name += '-sig'
        return name

    first = next_line()
    has_bom = first.startswith(BOM_UTF8)
    if has_bom:
        first = first[len(BOM_UTF8):]
    fallback = 'utf-8-sig' if has_bom else 'utf-8'
    if not first:
        return fallback, []
    declared = cookie(first, has_bom)
    if declared:
        return declared, [first]
    if not blank_re.match(first):
        return fallback, [first]
    second = next_line()
    if not second:
        return fallback, [first]
    return cookie(second, has_bom) or fallback, [first, second]


def open(filename):
    """The file opened for reading text in the encoding detect_encoding finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        wrapped = TextIOWrapper(raw, encoding, line_buffering=True)
        wrapped.mode = 'r'
        return wrapped
    except:
        raw.close()
        raise


def tokenize(readline):
    """The tokens of the source that readline gives as bytes, an ENCODING token first."""
    encoding, already_read = detect_encoding(readline)
    lines = _itertools.chain(already_read, iter(readline, b''), _itertools.repeat(b''))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """The tokens of the source that readline gives as str (no ENCODING token)."""
    return _tokenize(readline, None)


_NEXT_LINE = object()   # what a line-state step returns when the rest of the line is used up
_STOP = object()        # ... and when tokenizing ends before the end of the input


class _Tokenizer:
    """The state carried from one line to the next."""

    def __init__(self):
        self.row = 0
        self.brackets = 0       # depth of open ( [ {
        self.joined = False     # the previous line ended with a backslash
        self.indents = [0]      # columns of the open blocks
        # a string that spans lines: its text and lines so far, where it began, what closes it
        self.partial = None
        self.partial_lines = None
        self.partial_start = None
        self.closer = None
        # set by a quoted string continued with a backslash; only closing a string clears it
        self.needs_backslash = False

    def in_string(self, line):
        """Continues a string that spans lines; returns where the line's tokens resume."""
        if not line:
            raise TokenError('EOF in multi-line string', self.partial_start)
        closed = self.closer.match(line)
        if closed:
            end = closed.end(0)
            yield TokenInfo(STRING, self.partial + line[:end], self.partial_start, (self.row, end),
                            self.partial_lines + line)
            self.partial = self.partial_lines = None
            self.needs_backslash = False
            return end
        if self.needs_backslash and not line.endswith(('\\\n', '\\\r\n')):
            yield TokenInfo(ERRORTOKEN, self.partial + line, self.partial_start, (self.row, len(line)),
                            self.partial_lines)
            self.partial = self.partial_lines = None
            return _NEXT_LINE
        self.partial += line
        self.partial_lines += line
        return _NEXT_LINE

    def at_statement(self, line):
        """Measures a new statement's indentation; returns where its tokens start."""
        if not line:
            return _STOP
        column = pos = 0
        for char in line:
            if char == ' ':
                column += 1
            elif char == '\t':
                column = (column // tabsize + 1) * tabsize
            elif char == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == len(line):
            return _STOP
        row = self.row
        if line[pos] in '#\r\n':
            # a blank or comment-only line changes no indentation
            if line[pos] == '#':
                comment = line[pos:].rstrip('\r\n')
                yield TokenInfo(COMMENT, comment, (row, pos), (row, pos + len(comment)), line)
                pos += len(comment)
            yield TokenInfo(NL, line[pos:], (row, pos), (row, len(line)), line)
            return _NEXT_LINE
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError('unindent does not match any outer indentation level',
                                       ('<tokenize>', row, pos, line))
            self.indents = self.indents[:-1]
            yield TokenInfo(DEDENT, '', (row, pos), (row, pos), line)
        return pos

    def rest_of_line(self, line, pos):
        """The tokens from pos to the line's end, or to the start of a string that goes on."""
        row = self.row
        pseudo = _compile(PseudoToken)
        while pos < len(line):
            found = pseudo.match(line, pos)
            if found is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            start, pos = found.span(1)
            if start == pos:
                continue
            text, first = line[start:pos], line[start]
            where, until = (row, start), (row, pos)
            if first in '0123456789' or first == '.' and text not in ('.', '...'):
                yield TokenInfo(NUMBER, text, where, until, line)
            elif first in '\r\n':
                yield TokenInfo(NL if self.brackets > 0 else NEWLINE, text, where, until, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, where, until, line)
            elif text in triple_quoted:
                self.closer = _compile(endpats[text])
                closed = self.closer.match(line, pos)
                if closed is None:
                    self._begin_partial(line, start)
                    return
                pos = closed.end(0)
                yield TokenInfo(STRING, line[start:pos], where, (row, pos), line)
            elif first in single_quoted or text[:2] in single_quoted or text[:3] in single_quoted:
                if text.endswith('\n'):
                    # a backslash-newline inside the quotes: the string goes on
                    quote = next(c for c in text if c in '\'"')
                    self.closer = _compile(endpats[quote])
                    self.needs_backslash = True
                    self._begin_partial(line, start)
                    return
                yield TokenInfo(STRING, text, where, until, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, where, until, line)
            elif first == '\\':
                self.joined = True
            else:
                if first in '([{':
                    self.brackets += 1
                elif first in ')]}':
                    self.brackets -= 1
                yield TokenInfo(OP, text, where, until, line)

    def _begin_partial(self, line, start):
        self.partial_start = (self.row, start)
        self.partial = line[start:]
        self.partial_lines = line


def _tokenize(readline, encoding):
    if encoding is not None:
        # the BOM is gone from the lines already
        yield TokenInfo(ENCODING, 'utf-8' if encoding == 'utf-8-sig' else encoding, (0, 0), (0, 0), '')
    state = _Tokenizer()
    line = b''
    while True:
        previous = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        state.row += 1
        if state.partial is not None:
            pos = yield from state.in_string(line)
        elif state.brackets == 0 and not state.joined:
            pos = yield from state.at_statement(line)
        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (state.row, 0))
            state.joined = False
            pos = 0
        if pos is _STOP:
            break
        if pos is not _NEXT_LINE:
            yield from state.rest_of_line(line, pos)
    # a last line without its newline still ends its statement
    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (state.row - 1, len(previous)), (state.row - 1, len(previous) + 1), '')
    end = (state.row, 0)
    for _ in state.indents[1:]:
        yield TokenInfo(DEDENT, '', end, end, '')
    yield TokenInfo(ENDMARKER, '', end, end, '')


def _generate_tokens_from_c_tokenizer(source):
    """The tokens of a str (there is no C tokenizer interface here: the Python one is used)."""
    import io
    return _tokenize(io.StringIO(source).readline, None)


def main():
    import argparse

    def fail(message, filename=None, location=None):
        if location:
            text = '%s:%d:%d: error: %s' % ((filename,) + tuple(location) + (message,))
        elif filename:
            text = f'{filename}: error: {message}'
        else:
            text = f'error: {message}'
        sys.stderr.write(text + '\n')
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    filename = None
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as source:
                tokens = list(tokenize(source.readline))
        else:
            filename = '<stdin>'
            tokens = _tokenize(sys.stdin.readline, None)
        for tok in tokens:
            shown = tok.exact_type if args.exact else tok.type
            span = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (span, tok_name[shown], tok.string))
    except IndentationError as err:
        fail(err.args[0], filename, err.args[1][1:3])
    except TokenError as err:
        fail(err.args[0], filename, err.args[1])
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as err:
        sys.stderr.write(f'unexpected error: {err}\n')
        raise


if __name__ == "__main__":
    main()
