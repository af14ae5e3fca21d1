# pyexpat over libexpat: handler arguments (elements, text, comments, PIs, XML and DOCTYPE
# declarations, entity/element/attlist declarations, namespaces), positions during events,
# ExpatError messages/code/lineno/offset, encodings expat knows and one it asks a codec for,
# buffer_text, an exception in a handler (raised from Parse, handlers cleared), ordered_attributes
import pyexpat
from xml.parsers import expat
# features beyond the first five name the library build's own limits (a distribution's security
# update adds some), so only those are compared
print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.features[:5])
print(type(pyexpat.ParserCreate()))
def run(doc, **kw):
    p = expat.ParserCreate(**kw)
    ev = []
    p.StartElementHandler = lambda n, a: ev.append(('start', n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.EndElementHandler = lambda n: ev.append(('end', n))
    p.CharacterDataHandler = lambda d: ev.append(('data', d))
    p.CommentHandler = lambda d: ev.append(('comment', d))
    p.ProcessingInstructionHandler = lambda t, d: ev.append(('pi', t, d))
    p.XmlDeclHandler = lambda *a: ev.append(('xmldecl',) + a)
    p.StartDoctypeDeclHandler = lambda *a: ev.append(('doctype',) + a)
    p.EntityDeclHandler = lambda *a: ev.append(('entity',) + a)
    p.ElementDeclHandler = lambda *a: ev.append(('elementdecl',) + a)
    p.AttlistDeclHandler = lambda *a: ev.append(('attlist',) + a)
    p.StartNamespaceDeclHandler = lambda *a: ev.append(('ns',) + a)
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        ev.append(('error', str(e), e.code, e.lineno, e.offset, expat.errors.messages[e.code]))
    for e in ev: print(e)
run('<?xml version="1.0"?><!DOCTYPE r [<!ELEMENT r (a|b)*><!ATTLIST r x CDATA "d"><!ENTITY e "ent">]><r x="1">t&e;<!--c--><?pi data?><a/>\u20ac</r>')
run(b'<a><b></a>')
run('<a>\n  <b x="1" x="2"/></a>')
run('<a xmlns="u" xmlns:p="v"><p:b p:c="1"/></a>', namespace_separator=' ')
run(b'<?xml version="1.0" encoding="cp1252"?><a x="\x80"/>')
try: run(b"<?xml version=\"1.0\" encoding=\"nosuch\"?><a/>")
except LookupError as e: print("LookupError", e)
p = expat.ParserCreate()
p.buffer_text = True
out = []
p.CharacterDataHandler = out.append
p.Parse('<a>x&amp;y<![CDATA[z]]>w</a>', True)
print(out, p.buffer_used, p.buffer_size)
p = expat.ParserCreate()
def boom(n, a): raise KeyError(n)
p.StartElementHandler = boom
try: p.Parse('<a><b/></a>', True)
except KeyError as e: print('KeyError', e, p.StartElementHandler)
p = expat.ParserCreate(); p.ordered_attributes = 1; p.StartElementHandler = print
p.Parse('<a z="1" b="2"/>', 1)
print(expat.ErrorString(4), expat.errors.XML_ERROR_SYNTAX, expat.model.XML_CTYPE_SEQ)
