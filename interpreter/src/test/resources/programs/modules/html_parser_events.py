# html.parser.HTMLParser: every handler, convert_charrefs on and off, script/style content,
# text fed in pieces, getpos, get_starttag_text, and html.escape/unescape.
import html
from html.parser import HTMLParser


class Echo(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


DOC = '''<!DOCTYPE html>
<html lang="en">
<head><title>A &amp; B &#169; &#x263A; &copy</title>
<meta charset=utf-8 />
<style>p > a { color: red } </p></style>
<script type="text/javascript">if (a < b && c) { x = "</div>"; }</script>
</head>
<body class='main' data-x = "1" hidden>
<!-- a comment -- >
<p id=intro>Hello,<br/>world &lt;3 &unknown; &#0; AT&T</p>
<?php echo 1 ?>
<![CDATA[raw <stuff>]]>
<a href="/x?a=1&amp;b=2" title='it&#39;s'>link</A >
<img src=x.png alt="">
</body junk="1">
</html>
'''

for convert in (True, False):
    p = Echo(convert_charrefs=convert)
    p.feed(DOC)
    p.close()
    print('convert_charrefs =', convert)
    for event in p.events:
        print(' ', event)

# the same document fed one character at a time gives the same events once merged
def merged(events):
    out = []
    for e in events:
        if e[0] == 'data' and out and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        else:
            out.append(e)
    return out

for convert in (True, False):
    whole = Echo(convert_charrefs=convert)
    whole.feed(DOC)
    whole.close()
    pieces = Echo(convert_charrefs=convert)
    for ch in DOC:
        pieces.feed(ch)
    pieces.close()
    print('piecewise', convert, merged(whole.events) == merged(pieces.events))

odd = ['<', 'a < b', 'x &', '&#', '&#x41', '<a', '<a href="x', '</', '</>', '</ x>', '<!x>',
       '<!-- open', 'a &amp', '<p/x>', '<div a="1"b=2>', '<br / >', '</b c="d">', '<A B=C D>']
for text in odd:
    p = Echo()
    p.feed(text)
    before = list(p.events)
    p.close()
    print(repr(text), before, p.events[len(before):], repr(p.rawdata))

print(html.escape('<a href="x">&\'</a>'), html.escape('"q"', quote=False))
print(html.unescape('&lt;&gt;&amp;&quot;&#39;&#x27;&eacute;&notin;&notit;&#128;&#xD800;&#0;&zz;'))
p = HTMLParser()
p.feed('<p>text')
print(p.get_starttag_text(), p.getpos(), p.lasttag)
p.reset()
print(p.getpos(), repr(p.rawdata), p.lasttag, p.get_starttag_text())
