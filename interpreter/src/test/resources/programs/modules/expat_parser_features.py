# pyexpat parser options: namespace triplets, specified_attributes, DefaultHandler, SetBase/GetBase,
# ExternalEntityParserCreate from an ExternalEntityRefHandler, GetInputContext, ParseFile in pieces,
# buffer_size checks and flushing, intern, ParserCreate argument errors, errors after a failed parse,
# NotStandalone/SkippedEntity/CDATA/notation/unparsed-entity/content-model handlers, UseForeignDTD
import io
from xml.parsers import expat
p = expat.ParserCreate(namespace_separator='|')
p.namespace_prefixes = True
p.StartElementHandler = lambda n, a: print('start', n, a)
p.EndElementHandler = lambda n: print('end', n)
p.Parse(b'<r xmlns="u" xmlns:x="v"><x:e x:a="1"/></r>', True)
p = expat.ParserCreate()
p.specified_attributes = True
p.StartElementHandler = lambda n, a: print('specified', n, a)
p.Parse('<!DOCTYPE r [<!ATTLIST r d CDATA "dflt">]><r s="1"/>', True)
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: print('all', n, a)
p.Parse('<!DOCTYPE r [<!ATTLIST r d CDATA "dflt">]><r s="1"/>', True)
p = expat.ParserCreate()
p.DefaultHandler = lambda d: print('default', repr(d))
p.Parse('<?xml version="1.0"?>\n<r a="1">x&amp;<!--c--></r>', True)
p = expat.ParserCreate()
p.SetBase('http://example.com/base/')
print(p.GetBase())
def ext(context, base, sysid, pubid):
    print('external', context, base, sysid, pubid)
    child = p.ExternalEntityParserCreate(context)
    child.Parse(b'<inner>from entity</inner>', True)
    return 1
p.ExternalEntityRefHandler = ext
p.StartElementHandler = lambda n, a: print('start', n, p.GetInputContext()[:10] if p.GetInputContext() else None)
p.CharacterDataHandler = lambda d: print('data', repr(d))
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
p.Parse('<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>', True)
print('outside', p.GetInputContext())
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
p.ParseFile(io.BytesIO(b'<r>' + b'<i/>' * 1000 + b'</r>'))
print(len(seen), p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber)
p = expat.ParserCreate()
for bad in ['x', 0, -1, 2**40]:
    try:
        p.buffer_size = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.buffer_text = True
p.buffer_size = 4
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<r>abcdefghij<x/>kl', False)
print(chunks, p.buffer_used)
p.Parse('mn</r>', True)
print(chunks, p.buffer_used)
p = expat.ParserCreate(intern=None)
print(p.intern)
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: None
p.Parse('<a><b/></a>', True)
print(sorted(p.intern))
for bad in [dict(namespace_separator='ab'), dict(encoding=1), dict(intern=[])]:
    try: expat.ParserCreate(**bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
p = expat.ParserCreate()
p.Parse('<a>', False)
try:
    p.Parse('</b>', True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
try:
    p.Parse('more', True)
except expat.ExpatError as e:
    print(e, e.code)
print(expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH], len(expat.errors.messages), expat.ErrorString(999))
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: 0
try: p.Parse('<?xml version="1.0" standalone="no"?><!DOCTYPE r SYSTEM "r.dtd"><r/>', True)
except expat.ExpatError as e: print(e)
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: 'x'
try: p.Parse('<?xml version="1.0" standalone="no"?><!DOCTYPE r SYSTEM "r.dtd"><r/>', True)
except TypeError as e: print('TypeError', e, p.NotStandaloneHandler is not None)
p = expat.ParserCreate()
p.SkippedEntityHandler = lambda n, pe: print('skipped', n, pe)
p.Parse('<!DOCTYPE r SYSTEM "r.dtd"><r>&unknown;</r>', True)
p = expat.ParserCreate()
p.StartCdataSectionHandler = lambda: print('cdata start')
p.EndCdataSectionHandler = lambda: print('cdata end')
p.UnparsedEntityDeclHandler = lambda *a: print('unparsed', a)
p.NotationDeclHandler = lambda *a: print('notation', a)
p.EndDoctypeDeclHandler = lambda: print('end doctype')
p.ElementDeclHandler = lambda n, m: print('element', n, m)
p.Parse('<!DOCTYPE r [<!NOTATION gif SYSTEM "image/gif"><!ENTITY pic SYSTEM "p.gif" NDATA gif><!ELEMENT r (#PCDATA|a)*><!ELEMENT a (b+,c?)><!ELEMENT b EMPTY><!ELEMENT c ANY>]><r><![CDATA[x]]></r>', True)
p = expat.ParserCreate()
print(p.UseForeignDTD(), p.UseForeignDTD(False))
p = expat.ParserCreate()
try:
    p.ParseFile(io.StringIO('<a/>'))
except TypeError as e:
    print(e)
try:
    del p.CharacterDataHandler
except RuntimeError as e:
    print(e)
try:
    p.unknown = 1
except AttributeError as e:
    print(e)
