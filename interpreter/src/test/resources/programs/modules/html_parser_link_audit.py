# html.parser.HTMLParser subclasses as a link checker and text extractor write them: start/end/
# startendtag, attribute values (unquoted, missing, entity-decoded), convert_charrefs on and off
# (handle_entityref/charref), comments, declarations, processing instructions, CDATA content of
# script/style, feeding in pieces that split tags and entities, close() flushing, getpos(),
# get_starttag_text, and malformed markup.
from html.parser import HTMLParser

PAGE = '''<!DOCTYPE html>
<html lang=en><head><title>Links &amp; more</title>
<style>p > a { color: red }</style>
<script>if (a < b && c) { document.write("<p>x</p>"); }</script></head>
<body>
<!-- navigation -->
<a href="/home" class='nav main'>Home</a> | <a href=about.html>About&nbsp;us</a>
<img src="logo.png" alt="Logo &copy; 2024" /><br>
<a name=anchor>no href</a><a href="https://example.com/?q=1&amp;r=2" target>Ext</a>
<p>Price: &euro;5 &#8364;6 &#x20AC;7 &notanentity; 1 < 2</p>
<?php echo 1 ?>
<![CDATA[raw]]>
</body></html>
'''

class LinkAudit(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.links, self.text, self.events = [], [], []
        self._in_a = None
    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, self.getpos()[0]))
        if tag == 'a':
            self._in_a = dict(attrs)
            self._in_a['text'] = ''
        if tag == 'img':
            self.events.append(('img-text', self.get_starttag_text()))
    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(('end', tag))
        if tag == 'a' and self._in_a is not None:
            self.links.append(self._in_a)
            self._in_a = None
    def handle_data(self, data):
        if self._in_a is not None:
            self._in_a['text'] += data
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(('comment', data))
    def handle_decl(self, decl):
        self.events.append(('decl', decl))
    def handle_pi(self, data):
        self.events.append(('pi', data))
    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))
    def handle_entityref(self, name):
        self.events.append(('entityref', name))
    def handle_charref(self, name):
        self.events.append(('charref', name))

p = LinkAudit()
p.feed(PAGE)
p.close()
for link in p.links:
    print(link)
print(p.text)
for e in p.events:
    print(e)

q = LinkAudit(convert_charrefs=False)
for i in range(0, len(PAGE), 7):
    q.feed(PAGE[i:i + 7])
q.close()
print(q.text)
print([e for e in q.events if e[0] in ('entityref', 'charref')])
print(q.links == p.links, [l['text'] for l in q.links])

r = LinkAudit()
r.feed('<div><p class="x>unterminated')
print(r.events, r.text, r.rawdata)
r.close()
print(r.events, r.text)
r = LinkAudit()
r.feed('</p><a href=x></b>text<br/><BR CLASS=Up>&amp')
r.close()
print(r.events, r.text)
r.reset()
print(r.getpos(), r.rawdata == '', r.get_starttag_text())
