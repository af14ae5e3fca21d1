"""HTMLParser: a tolerant, incremental HTML tokenizer that reports what it finds to overridable
handle_* methods.

Text arrives through `feed` and collects in `rawdata`; `_advance` consumes as much of it as can be
tokenized without knowing what comes next and keeps the rest (a tag or reference cut at the end of
the chunk) for the next call. `close` runs it once more treating the end of the text as final:
whatever is still incomplete is then passed on as data. After a `<script>` or `<style>` start tag
the parser is in CDATA mode: everything up to the matching end tag is data, markup included.
Positions (`getpos`) count lines from 1 and columns from 0 over the text consumed so far.
"""

import re

from html import unescape

__all__ = ['HTMLParser']

_TAG_NAME = r'[a-zA-Z][^\t\n\r\f />\x00]*'
_SPACE_OR_SLASH = r'(?:\s|/(?!>))*'
_VALUE = r"""(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)"""
_ATTR_NAME = r"""(?<=['"\s/])[^\s/>][^\s/=>]*"""

_open_tag = re.compile('<[a-zA-Z]')
_tag_head = re.compile('(' + _TAG_NAME + ')' + _SPACE_OR_SLASH)
_attribute = re.compile(
    '(' + _ATTR_NAME + r')(\s*=+\s*(' + _VALUE + '))?' + _SPACE_OR_SLASH)
_whole_tag = re.compile(
    '<' + _TAG_NAME + r'(?:[\s/]*(?:' + _ATTR_NAME + r'(?:\s*=+\s*' + _VALUE + r'\s*)?'
    + _SPACE_OR_SLASH + r')*)?\s*')
_plain_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_comment_end = re.compile(r'--\s*>')
_section_end = re.compile(r']\s*]\s*>')
_ms_section_end = re.compile(r']\s*>')
_decl_name = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_markup_or_ref = re.compile('[&<]')
_ref_start = re.compile('&[a-zA-Z#]')
_named_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_number_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ref_closed = re.compile(r'[\s;]')

# a start tag that stops before one of these may still be growing
_TAG_MAY_CONTINUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")


class HTMLParser:
    """Reports the tags, text, comments and declarations of an HTML document to handlers.

    Give it text with feed() as often as needed, then call close().

    Start tags go to handle_starttag() (or handle_startendtag() for `<tag/>`), end tags to
    handle_endtag(), text between them to handle_data(), which may receive it in several
    pieces. With convert_charrefs true (the default), character references are replaced
    in the text; otherwise they go to handle_entityref() and handle_charref().
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")
    _starttag_text = None

    def __init__(self, *, convert_charrefs=True):
        """With convert_charrefs (the default), references such as &amp; and &#62; in the
        text are replaced by their characters before handle_data sees it."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Start over, dropping any text not yet handled."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _markup_or_ref
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Add text to the input and handle as much of it as is complete."""
        self.rawdata += data
        self._advance(False)

    def close(self):
        """Handle what is left, treating the end of the text as the end of the document."""
        self._advance(True)

    def getpos(self):
        """The (line, column) reached in the input."""
        return (self.lineno, self.offset)

    def get_starttag_text(self):
        """The text of the last start tag, as written."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        name = self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*' + name + r'\s*>', re.IGNORECASE)

    def clear_cdata_mode(self):
        self.interesting = _markup_or_ref
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Move the reported position over rawdata[i:j]; return j."""
        if i < j:
            text = self.rawdata
            breaks = text.count("\n", i, j)
            if breaks:
                self.lineno += breaks
                self.offset = j - text.rindex("\n", i, j) - 1
            else:
                self.offset += j - i
        return j

    # -- the tokenizer

    def _unescaping(self):
        return self.convert_charrefs and not self.cdata_elem

    def _text(self, chunk):
        if self._unescaping():
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def _advance(self, final):
        raw = self.rawdata
        n = len(raw)
        i = 0
        while i < n:
            # find where the plain text before the next markup ends
            if self._unescaping():
                stop = raw.find('<', i)
                if stop < 0:
                    # a reference may be cut at the end of this chunk: hold the tail back
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _ref_closed.search(raw, amp):
                        break
                    stop = n
            else:
                found = self.interesting.search(raw, i)
                if found:
                    stop = found.start()
                elif self.cdata_elem:
                    break
                else:
                    stop = n
            if i < stop:
                self._text(raw[i:stop])
            i = self.updatepos(i, stop)
            if i == n:
                break
            if raw[i] == '<':
                end = self._markup(i, n)
                if end is None:
                    break
                if end < 0:
                    if not final:
                        break
                    # unfinished markup at the very end is passed on as text
                    end = raw.find('>', i + 1)
                    if end >= 0:
                        end += 1
                    else:
                        end = raw.find('<', i + 1)
                        if end < 0:
                            end = i + 1
                    self._text(raw[i:end])
                i = self.updatepos(i, end)
            elif raw.startswith('&#', i):
                m = _number_ref.match(raw, i)
                if not m:
                    if ';' in raw[i:]:
                        self.handle_data(raw[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(m.group()[2:-1])
                i = self.updatepos(i, self._after_ref(m))
            else:  # '&'
                m = _named_ref.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    i = self.updatepos(i, self._after_ref(m))
                    continue
                if _ref_start.match(raw, i):
                    if final and _ref_start.match(raw, i).group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if final and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _after_ref(self, m):
        # the character that ended the reference belongs to it only when it is ';'
        end = m.end()
        return end if self.rawdata[end - 1] == ';' else end - 1

    def _markup(self, i, n):
        """Handle the markup at rawdata[i] == '<': its end, -1 when it is incomplete, or None
        when nothing can be decided before more text arrives."""
        raw = self.rawdata
        if _open_tag.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith('</', i):
            return self.parse_endtag(i)
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<?', i):
            return self.parse_pi(i)
        if raw.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def parse_comment(self, i, report=1):
        m = _comment_end.search(self.rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:m.start()])
        return m.end()

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![', i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            close = raw.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(raw[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        start = i + 3
        if start == len(raw):
            return -1
        m = _decl_name.match(raw, start)
        if not m:
            self.updatepos(i, start)
            raise AssertionError("expected name token at %r" % raw[i:i + 20])
        if m.end() == len(raw):
            return -1
        keyword = m.group().strip().lower()
        if keyword in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _section_end.search(raw, start)
        elif keyword in ("if", "else", "endif"):
            close = _ms_section_end.search(raw, start)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % raw[start:m.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[start:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 2:close])
        return close + 1

    def parse_pi(self, i):
        close = self.rawdata.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:close])
        return close + 1

    def check_for_whole_start_tag(self, i):
        raw = self.rawdata
        j = _whole_tag.match(raw, i).end()
        after = raw[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if raw.startswith('/>', j):
                return j + 2
            return -1
        if after == '' or after in _TAG_MAY_CONTINUE:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        raw = self.rawdata
        self._starttag_text = raw[i:end]
        head = _tag_head.match(raw, i + 1)
        tag = self.lasttag = head.group(1).lower()
        attrs = []
        k = head.end()
        while k < end:
            m = _attribute.match(raw, k)
            if not m:
                break
            name, assigned, value = m.group(1, 2, 3)
            if not assigned:
                value = None
            elif len(value) >= 1 and value[0] in '\'"' and value[-1] == value[0]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        rest = raw[k:end].strip()
        if rest == '/>':
            self.handle_startendtag(tag, attrs)
        elif rest == '>':
            self.handle_starttag(tag, attrs)
            if tag in type(self).CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            self.handle_data(raw[i:end])
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        m = _plain_end_tag.match(raw, i)
        if m:
            name = m.group(1).lower()
            if self.cdata_elem is not None and name != self.cdata_elem:
                self.handle_data(raw[i:gt])
                return gt
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return gt
        if self.cdata_elem is not None:
            self.handle_data(raw[i:gt])
            return gt
        head = _tag_head.match(raw, i + 2)
        if not head:
            if raw.startswith('</>', i):
                return i + 3
            return self.parse_bogus_comment(i)
        # whatever follows the name up to the next '>' is dropped
        gt = raw.find('>', head.end())
        self.handle_endtag(head.group(1).lower())
        return gt + 1

    # -- the handlers, for subclasses to override

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
