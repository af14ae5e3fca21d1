# xml.etree.ElementTree.ParseError for text cut short or followed by markup after the root:
# expat's "unclosed token", "junk after document element" and "invalid token" with their positions,
# a byte order mark, namespace attributes that clash, and '/' not followed by '>'.
import xml.etree.ElementTree as ET

texts = ['\ufeff<a/>', '<a x="1" xmlns:p="urn:p" p:y="1" xmlns:q="urn:p" q:y="2"/>', '<a/ >',
         '<a><b/></a><', '<a/><b', '<a/><b>', '<a/><!', '<a/><!--', '<a/><?x', '<a/> <', '<a/>&',
         '<a/>&amp;', '<a/><1', '<a/></a>', '<a/ ', '<a/', '<a></a', '<a></', '<a>&amp', '<a>&',
         '<a>&#', '<a>&#1', '<a><![CDATA[', '<a><!-', '<a x="1"/', '<a><', '<a><!x', '<a><1/></a>',
         '<a></1>', '<a xmlns="urn:d"><b xmlns=""><c/></b><d/></a>', '<a>\r\n<b/>\r\n</a>']
for text in texts:
    try:
        root = ET.fromstring(text)
        print(repr(text), [(e.tag, e.attrib, e.text, e.tail) for e in root.iter()])
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code, e.position)
