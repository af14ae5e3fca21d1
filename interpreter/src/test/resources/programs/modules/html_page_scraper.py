# Scraping a saved HTML page with html.parser: an HTMLParser subclass collecting links, headings,
# table cells and text, with charrefs converted, start/end/startend tags, comments, declarations,
# processing instructions, CDATA content of script/style, unclosed tags at close(), getpos();
# html.escape/unescape of named and numeric references.
import html
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Prices &amp; Offers</title>
<style>p > a { color: red }</style>
<script>if (a < b && c > d) { document.write("<b>x</b>"); }</script></head>
<body>
<!-- main content -->
<h1 id=top class="big title">Today&#39;s deals</h1>
<p>Fresh <a href="/fruit?x=1&amp;y=2" title='Fruit &quot;deals&quot;'>fruit</a> and <a href=/veg>veg</a><br/>
caf&eacute; &euro;5 &#x263A; &notanentity; &amp</p>
<table><tr><th>Item</th><th>Price</th></tr>
<tr><td>Apple</td><td>0.50</td></tr><tr><td>Pear<td>0.75</tr></table>
<img src="a.png" alt="">
<?php echo "pi" ?>
<input type=checkbox checked disabled>
<P>Unclosed paragraph <B>bold
</body></html>"""

class Scraper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.headings, self.cells, self.events = [], [], [], []
        self._in = []
    def handle_starttag(self, tag, attrs):
        self._in.append(tag)
        self.events.append(("start", tag, attrs, self.getpos()))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        if self._in and self._in[-1] == tag:
            self._in.pop()
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if self._in and self._in[-1] in ("h1", "h2"):
            self.headings.append(data)
        if self._in and self._in[-1] in ("td", "th"):
            self.cells.append(data)
        if data.strip():
            self.events.append(("data", data.strip()[:40]))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))

s = Scraper()
s.feed(PAGE[:300])
s.feed(PAGE[300:])
s.close()
for e in s.events:
    print(e)
print(s.links, s.headings, s.cells)
class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
    def handle_entityref(self, name):
        self.out.append(("entity", name))
    def handle_charref(self, name):
        self.out.append(("charref", name))
    def handle_data(self, data):
        self.out.append(("data", data))
    def unknown_decl(self, data):
        self.out.append(("unknown_decl", data))
r = Raw()
r.feed("a &amp; b &#65; &#x42; &nbsp;c <![CDATA[raw <stuff>]]> d")
r.close()
print(r.out)
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape("<&>\"'", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#39; &#x27; &eacute; &euro; &notit; &amp &#0; &#x110000; &#128; &AMP;"))
print(len(html.entities.html5) > 2000 if hasattr(html, "entities") else None, html.entities.name2codepoint["eacute"] if hasattr(html, "entities") else None)
