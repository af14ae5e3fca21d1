# xml.dom.pulldom: the event stream of a document (comment before the root, namespaces, text),
# expandNode filling an element in from the stream
from xml.dom import pulldom
doc = pulldom.parseString('<?xml version="1.0"?><!--pre--><r xmlns:q="v" a="1"><q:item id="1">one</q:item><item id="2"><sub>two</sub></item>tail</r>')
for event, node in doc:
    print(event, node.nodeName, getattr(node, 'data', None) if event == pulldom.CHARACTERS else '')
    if event == pulldom.START_ELEMENT and node.nodeName == 'item':
        doc.expandNode(node)
        print('expanded', node.toxml())
