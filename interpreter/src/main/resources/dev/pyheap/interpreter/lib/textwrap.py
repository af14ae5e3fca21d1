"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and TextWrapper, with CPython's
line-breaking rules (words split after hyphens between letters, em-dashes made of hyphens kept
whole between words, long words broken at the width, whitespace dropped at line ends). Written
without re: the chunks are found by a scan whose rules are spelled out in the helpers below."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # re's \w for str: alphanumerics and the underscore
    return c.isalnum() or c == '_'


def _is_letter(c):
    # a word character that is not a decimal digit (what may stand around a breakable hyphen)
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    # what may stand before an em-dash made of hyphens
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run(text, k):
    """The length of the run of '-' at text[k], when it is 2 or more and a word character follows
    it (an em-dash such as 'one--two'); else 0."""
    n = len(text)
    j = k
    while j < n and text[j] == '-':
        j += 1
    return j - k if j - k >= 2 and j < n and _is_word_char(text[j]) else 0


def _hyphen_breaks_after(text, k):
    """Whether a line may break after the hyphen at text[k]: two letters (or letter, hyphen,
    letter) before it, and a letter, an optional hyphen and a letter after it."""
    n = len(text)

    def letter(i):
        return 0 <= i < n and _is_letter(text[i])
    before = (letter(k - 1) and letter(k - 2)) or (letter(k - 1) and k >= 2 and text[k - 2] == '-' and letter(k - 3))
    after = letter(k + 1) and (letter(k + 2) or (k + 2 < n and text[k + 2] == '-' and letter(k + 3)))
    return before and after


def _hyphenated_chunks(text):
    """The chunks wrap() works with when it may break on hyphens: runs of whitespace, em-dashes
    between words, and words cut after their breakable hyphens and before an em-dash."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dash_run(text, i):
            j = i + _dash_run(text, i)
        else:
            # a word: the shortest piece after which the text breaks
            j = i + 1
            while True:
                if j == n or text[j] in _whitespace:
                    break
                if text[j] == '-' and _hyphen_breaks_after(text, j):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _dash_run(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _hyphenated_chunks(text)
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            # an ASCII lowercase letter, the punctuation and an optional closing quote end the chunk
            if chunks[i + 1] == ' ' and (len(c) >= 2 and c[-1] in '.!?' and 'a' <= c[-2] <= 'z' or (
                    len(c) >= 3 and c[-1] in '"\'' and c[-2] in '.!?' and 'a' <= c[-3] <= 'z')):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    out = []
    for line in lines:
        if not line.lstrip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
