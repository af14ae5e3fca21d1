"""The exceptions of urllib.request: URLError (an OSError) for a URL that
could not be opened, HTTPError for an HTTP error status (an exception that is
also the response: status, headers and body can be read from it), and
ContentTooShortError for a download shorter than its Content-Length."""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """reason is the cause: a message, or the OSError that stopped the request."""

    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error response: code, msg (the reason), hdrs, and the body as fp."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        urllib.response.addinfourl.__init__(self, io.BytesIO() if fp is None else fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """content is what was retrieved, as urlretrieve's (filename, headers)."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
