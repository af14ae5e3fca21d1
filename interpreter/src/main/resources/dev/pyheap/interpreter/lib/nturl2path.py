"""Convert a NT pathname to a file URL and vice versa.

This module only exists to provide OS-specific code
for urllib.requests, thus do not use directly.
"""
# Testing is done through test_urllib.


def url2pathname(url):
    """OS-specific conversion from a relative URL of the 'file' scheme
    to a file system path; not recommended for general use."""
    # 'C:' and 'C|' both name a drive; the text after it is '/'-separated and %-quoted
    import string
    import urllib.parse
    url = url.replace(':', '|')
    if '|' not in url:
        if url.startswith('////'):
            # a UNC path: '////host/share' is '\\host\share'
            url = url[2:]
        return urllib.parse.unquote(url.replace('/', '\\'))
    before, *after = url.split('|')
    if len(after) != 1 or not before or before[-1] not in string.ascii_letters:
        raise OSError('Bad URL: ' + url)
    path = before[-1].upper() + ':'
    path += ''.join('\\' + urllib.parse.unquote(part) for part in after[0].split('/') if part)
    if path.endswith(':') and url.endswith('/'):
        path += '\\'
    return path


def pathname2url(p):
    """OS-specific conversion from a file system path to a relative URL
    of the 'file' scheme; not recommended for general use."""
    import urllib.parse
    if p.startswith('\\\\?\\'):
        # an extended-length path: '\\?\C:\x' is 'C:\x', '\\?\UNC\host\share' is '\host\share'
        p = p[4:]
        if p[:4].upper() == 'UNC\\':
            p = '\\' + p[4:]
        elif p[1:2] != ':':
            raise OSError('Bad path: ' + p)
    if ':' not in p:
        if p.startswith('\\\\'):
            p = '\\\\' + p
        return urllib.parse.quote(p.replace('\\', '/'))
    parts = p.split(':', maxsplit=2)
    if len(parts) != 2 or len(parts[0]) > 1:
        raise OSError('Bad path: ' + p)
    url = '///' + urllib.parse.quote(parts[0].upper()) + ':'
    return url + ''.join('/' + urllib.parse.quote(part) for part in parts[1].split('\\') if part)
