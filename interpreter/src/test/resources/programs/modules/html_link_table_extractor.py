# html.parser.HTMLParser as a scraper: links with their text, a table turned into CSV rows,
# character references (convert_charrefs on and off), comments, declarations, processing
# instructions, self-closing tags, getpos, unknown end tags, and script/style CDATA content.
import csv
import io
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html><head><title>Prices &amp; stock</title>
<style>td > a { color: red }</style>
<script>if (a < b && c > d) { document.write("</p>"); }</script></head>
<body>
<!-- generated 2024-03-01 -->
<?xml-stylesheet href="x.css"?>
<p>See <a href="/about" title="About us">about <b>us</b></a> and <a href='https://example.com/?q=1&amp;r=2'>search</a>.</p>
<img src="logo.png" alt="Logo"/><br>
<table id="stock">
  <tr><th>Item</th><th>Price</th><th>Qty</th></tr>
  <tr><td>Caf&eacute; beans</td><td>&euro;12.50</td><td>3</td></tr>
  <tr><td>Tea &#x2615;</td><td>&#8364;4.00</td><td>10</td></tr>
  <tr><td>Mugs &lt;set&gt;</td><td>&euro;9.99</td><td></td></tr>
</table>
</div></body></html>
"""

class Scraper(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.links, self.rows, self.events = [], [], []
        self._link = None
        self._cell = None
        self._row = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._link = [dict(attrs).get("href"), ""]
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag in ("img", "br"):
            self.events.append(("start", tag, attrs, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
        super().handle_startendtag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "a" and self._link:
            self.links.append(tuple(self._link))
            self._link = None
        elif tag in ("td", "th"):
            self._row.append(self._cell.strip())
            self._cell = None
        elif tag == "tr":
            self.rows.append(self._row)
        elif tag in ("div", "script", "style"):
            self.events.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data
        if self._cell is not None:
            self._cell += data
        if self.lasttag in ("script", "style", "title") and data.strip():
            self.events.append(("data", self.lasttag, data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

p = Scraper()
p.feed(PAGE)
p.close()
print(p.links)
out = io.StringIO()
csv.writer(out, lineterminator="\n").writerows(p.rows)
print(out.getvalue(), end="")
for e in p.events:
    print(e)
raw = Scraper(convert_charrefs=False)
raw.feed("<p>a &amp; b &#169; &#xA9; &copy &unknown; c</p>")
raw.close()
print([e for e in raw.events if e[0] in ("entityref", "charref")])
chunks = Scraper()
for piece in ["<a hr", "ef='/x'>li", "nk</a><tr><td>1", "</td></tr>"]:
    chunks.feed(piece)
print(chunks.links, chunks.rows, repr(chunks.rawdata))
Scraper().feed(b"<p>bytes</p>")
