# urllib.parse: urlsplit/urlparse of many URLs (schemes, netlocs with user, password, IPv6 and
# ports, params, queries, fragments, relative forms, stripped whitespace), the result tuples'
# properties and geturl, urlunsplit/urlunparse, urldefrag, urljoin against RFC 3986's examples,
# bytes in and out, and the errors.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          SplitResult, ParseResult)

urls = ['http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x',
        'mailto:someone@example.com', '//host/path', 'path/only?x#y', 'HTTP://EX.com',
        'file:///etc/passwd', '  http://a.b/c\t\n ', 'ftp://ftp.x.org/pub;type=d', 'x:y',
        '1http://a', 'http://a:bad/', 'http://a:99999/', 'http://[::1', '',
        'http://h/p;a;b/c;d', 'tel:+1-816-555-1212;ext=1', 'http://u@h']
for u in urls:
    for split in (urlsplit, urlparse):
        try:
            r = split(u)
        except ValueError as e:
            print(repr(u), "ValueError", e)
            continue
        print(r)
        print('  ', r.geturl(), r.hostname, r.username, r.password, end=' ')
        try:
            print(r.port)
        except ValueError as e:
            print("ValueError", e)
print(urlparse('www.x.com/a', scheme='http'), urlsplit('a#b', allow_fragments=False))
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('http', '', 'p', '', '')),
      urlunsplit(('', '', '//x', '', '')), urlunsplit(['https', 'h:1', '', '', 'top']))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:a@b', 'c'), urljoin('http://a/b/', 'c', allow_fragments=False))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl())
r = urlsplit(b'http://u@h:80/p?q#f')
print(r, r.hostname, r.port, r.username, r.geturl())
print(r.decode(), urlsplit('http://h/').encode(), urlparse(b'//x/y;z'), urljoin(b'http://a/b/', b'../c'))
print(SplitResult('a', 'b', 'c', 'd', 'e')._replace(path='/z').geturl(), ParseResult._fields)
try:
    urljoin('http://a', b'b')
except TypeError as e:
    print("TypeError", e)
