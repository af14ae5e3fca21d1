"""Headers: the list of (name, value) pairs of a WSGI response, edited in place
through a mapping-like interface (names compared without case, duplicates kept
in order)."""

import re

# the characters that force a parameter's value into quotes
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    """'param="value"' (quoted when asked or needed), 'param=value', or 'param' without a value."""
    if value is None or len(value) == 0:
        return param
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, value.replace('\\', '\\\\').replace('"', r'\"'))
    return '%s=%s' % (param, value)


class Headers:
    """A view of a list of (name, value) str pairs; changes go to the list itself."""

    def __init__(self, headers=None):
        headers = [] if headers is None else headers
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        if __debug__:
            for name, value in headers:
                self._convert_string_type(name)
                self._convert_string_type(value)

    def _convert_string_type(self, value):
        """value itself when it is a str (an AssertionError otherwise)."""
        if type(value) is str:
            return value
        raise AssertionError("Header names/values must be of type str (got {0})".format(repr(value)))

    def _lower(self, name):
        return self._convert_string_type(name.lower())

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        """Replace every header of that name by one at the end."""
        del self[name]
        self._headers.append((self._convert_string_type(name), self._convert_string_type(val)))

    def __delitem__(self, name):
        """Remove every header of that name (none is no error)."""
        name = self._lower(name)
        self._headers[:] = [pair for pair in self._headers if pair[0].lower() != name]

    def __getitem__(self, name):
        """The first value of that name, or None."""
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of that name, in order."""
        name = self._lower(name)
        return [value for key, value in self._headers if key.lower() == name]

    def get(self, name, default=None):
        """The first value of that name, or default."""
        name = self._lower(name)
        for key, value in self._headers:
            if key.lower() == name:
                return value
        return default

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._headers)

    def __str__(self):
        """The header lines as sent, each ended by CRLF, then the blank line."""
        return '\r\n'.join(["%s: %s" % pair for pair in self._headers] + ['', ''])

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        """The first value of that name; without one, value is added and returned."""
        found = self.get(name)
        if found is not None:
            return found
        self._headers.append((self._convert_string_type(name), self._convert_string_type(value)))
        return value

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: key="value" for each keyword (its
        underscores become dashes), the bare key for a value of None."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for key, value in _params.items():
            key = self._convert_string_type(key).replace('_', '-')
            if value is None:
                parts.append(key)
            else:
                parts.append(_formatparam(key, self._convert_string_type(value)))
        self._headers.append((self._convert_string_type(_name), "; ".join(parts)))
