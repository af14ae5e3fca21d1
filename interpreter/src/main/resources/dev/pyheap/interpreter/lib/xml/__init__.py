"""XML support: `xml.etree.ElementTree` (the element tree, its parser and serializer)."""
