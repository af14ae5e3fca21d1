"""Iterating over a message tree: lines of the bodies, parts of a type, and a printed outline."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from io import StringIO


def walk(self):
    """self and every part below it, depth first (Message.walk)."""
    yield self
    if self.is_multipart():
        for subpart in self.get_payload():
            yield from subpart.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every text payload in the tree, line endings kept."""
    for subpart in msg.walk():
        payload = subpart.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of the tree of maintype (and subtype, when given)."""
    for subpart in msg.walk():
        if subpart.get_content_maintype() == maintype:
            if subtype is None or subpart.get_content_subtype() == subtype:
                yield subpart


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree's content types, four spaces deeper per level (a debugging aid)."""
    if fp is None:
        fp = sys.stdout
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=fp)
    if msg.is_multipart():
        for subpart in msg.get_payload():
            _structure(subpart, fp, level + 1, include_default)
