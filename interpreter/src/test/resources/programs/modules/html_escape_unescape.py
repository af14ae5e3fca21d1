# html.escape (with and without quotes) and html.unescape: named references with and without
# ';' (the legacy names), the longest-prefix rule, numeric references in decimal and hex, the
# Windows-1252 replacements, surrogates and out-of-range code points, invalid code points
# dropped, and html.entities' tables.
import html, html.entities

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('"q" & <b>', quote=False))
for text in ['&amp;&lt;&gt;&quot;&#39;', '&notit; &notin; &not', '&#0; &#x80; &#128; &#150;',
             '&#xD800; &#1114112; &#x110000; &#1; &#11; &#xfffe; &#x10FFFF;',
             '&#65&#x42;&#X43 &#x;', '&copy2024 &COPY; &fakeref; &amp', '&&& &; & ;',
             '&' + 'a' * 40 + ';', '&ThickSpace; &NotEqualTilde; &lt&gt', 'no references',
             '&eacute;t&eacute; caf&eacute', '&AMP&amp&AMP;', '&#9731; &#x1F600; &hearts;']:
    print(repr(html.unescape(text)))
print(html.unescape(html.escape('<&>"\'')) == '<&>"\'')
print(len(html.entities.html5), len(html.entities.name2codepoint), len(html.entities.codepoint2name))
print(html.entities.codepoint2name[38], html.entities.name2codepoint['eacute'],
      html.entities.entitydefs['lt'], repr(html.entities.html5['NotEqualTilde;']),
      html.entities.html5['amp'], 'amp' in html.entities.html5, 'hearts' in html.entities.html5)
