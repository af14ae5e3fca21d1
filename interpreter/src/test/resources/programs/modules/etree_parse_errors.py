# xml.etree.ElementTree.ParseError: expat's messages, codes and positions for malformed text.
import xml.etree.ElementTree as ET
bad = ['', ' ', '<a>', '<a></b>', '<a><b></a>', '<a/><b/>', '<a/>x', '<a/>\n  <!-- c --> <?pi x?> tail',
       '<a x="1" x="2"/>', '<a>&foo;</a>', '<a b=1/>',
       '<a><</a>', '<1a/>', 'abc', '  abc', '<a>\n<b>\n</c></a>', '<a x="<"/>', '<a>&#0;</a>', '<a>&#xZZ;</a>',
       '<p:a/>', '<a><p:b/></a>', '<a', '<a x="1"', '<a x="1">text', '<!-- c', '<a><![CDATA[x</a>',
       '<?xml version="1.0"?>\n<?xml version="1.0"?><a/>', ' <?xml version="1.0"?><a/>',
       '<a>&amp</a>', '<a>]]></a>', '<a b="x" c/>', '<a><!-- x -- y --></a>', '<a></ a>', '<a>\x01</a>',
       '<a x="1"y="2"/>', '<a x = "1" />', '<a>&#65;&#x42;&lt;&gt;&amp;&quot;&apos;</a>',
       '<a>\n  <b>one</b>\n  <c x="1"/>\n</a>\n<d/>', '<root><child></root>']
for text in bad:
    try:
        root = ET.fromstring(text)
        print(repr(text), 'ok', root.tag, repr(root.text), root.attrib)
    except ET.ParseError as e:
        print(repr(text), '->', e, e.position, e.code, isinstance(e, SyntaxError))
try:
    ET.fromstring(b'<a>\xff</a>')
except ET.ParseError as e:
    print(e, e.position)
print(ET.fromstring('<a>caf\xe9 \u20ac</a>'.encode()).text)
print(ET.fromstring('<?xml version="1.0" encoding="latin-1"?><a>caf\xe9</a>'.encode('latin-1')).text)
