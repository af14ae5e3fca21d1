"""FeedParser and BytesFeedParser (see email.parser)."""

__all__ = ['FeedParser', 'BytesFeedParser']

from email.parser import FeedParser, BytesFeedParser
