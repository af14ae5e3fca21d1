# xml.etree.ElementTree.ParseError for text before and after the root element (expat reads both
# with its prolog tokenizer: names and literals are syntax errors or junk, other characters
# invalid tokens), a second DOCTYPE, an XML declaration after the root, names with two colons,
# entities declared in the internal subset, and a byte order mark counted as a column.
import xml.etree.ElementTree as ET

texts = ['abc', 'a b', 'a=', 'x="2"<a/>', "'lit' <a/>", '"open', '"a\x01b', '>', '?', '&', '%',
         '<!----><!DOCTYPE a><!DOCTYPE a><a/>', '<![CDATA[x]]><a/>', '</a>', '<#',
         '<a/>x', '<a/>x="2"', '<a/>;', '<a/>"lit"', '<a/>"lit"x', '<a/><!DOCTYPE a>', '<a/><!',
         '<a/><!x', '<a/><?xml version="1.0"?>', '<a/><![CDATA[x]]>', '<a/>\n\n  >',
         '<p:c:d xmlns:p="u"/>', '<a><p:cp:c/></a>', '<a>&p:c;</a>', '<a>\x01 ]]></a>',
         '<!DOCTYPE a [<!ENTITY e "v&#65;">]><a>&e;&e;</a>', "<!DOCTYPE a [<!ENTITY e 'w'>]><a b='&e;'/>",
         '<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>', '\ufeff<a/>', '\ufeff<a', '\ufeff</x>',
         '\ufeff<?xml version="1.0"?><a/>']
for text in texts:
    try:
        root = ET.fromstring(text)
        print(repr(text), [(e.tag, e.attrib, e.text) for e in root.iter()])
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code)
