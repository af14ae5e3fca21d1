# urllib.parse as a differential fuzzer against CPython's module checked it: bracketed hosts must be
# IPv6 addresses or IPvFuture (an IPv4 address or junk in brackets is refused), a netloc that gains
# a separator under NFKC is refused, the netloc attributes of str and bytes results (user, password,
# host with an IPv6 zone's case kept, port and its errors), results' encode/decode, and quote,
# unquote, urlencode and parse_qsl on awkward input.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote,
                          unquote_plus, unquote_to_bytes, urlencode, parse_qs, parse_qsl, quote_from_bytes)


def show(label, make):
    try:
        print(label, repr(make()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


for url in ['http://[::1]:8080/x', 'http://[fe80::1%25EtH0]/', 'http://[v1.fe]/', 'http://[vz.x]/', 'http://[1.2.3.4]/',
            'http://[]/', 'http://[junk]/', 'http://[::1/', 'http://::1]/', 'http://a\u2100b/', 'http://a\uff03b/',
            'http://ⓐⓑ.example/', 'http://user:pa:ss@HoSt.Example:80/p;q?x=1#f', 'http://@host:/', 'http://host:x80/',
            'http://host:65536/', 'http://host:-1/', 'http://host:\u0661/', 'ftp://u@h', '//h:0', 'h:1', 'mailto:a@b',
            ' \t http://sp ace/\n', 'HTTP://H/', 'a+b-c.d:x', '1x:y', 'http://h#frag?not-query']:
    show('split ' + repr(url), lambda: urlsplit(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        continue
    show('  attrs', lambda: (parts.username, parts.password, parts.hostname, parts.port))
    show('  bytes', lambda: urlsplit(url.encode('utf-8')).hostname)
    show('  bytes port', lambda: urlsplit(url.encode('utf-8')).port)
    show('  round', lambda: (parts.geturl(), urlunsplit(parts), urlparse(url).geturl()))
    show('  encode', lambda: parts.encode().decode() == parts)

show('parse params', lambda: urlparse('http://h/a;b/c;d?q#f'))
show('defrag', lambda: (urldefrag('http://h/p#f'), urldefrag(b'http://h/p#f').geturl(), urldefrag('x').geturl()))
for base, rel in [('http://a/b/c/d;p?q', '../../../g'), ('http://a/b/c/d;p?q', '//g'), ('http://a/b/', '.'),
                  ('file:///tmp/x', 'y'), ('', 'g'), ('http://a/b', b'c')]:
    show('join %r %r' % (base, rel), lambda: urljoin(base, rel))
for text in ['a b&c=d/é€', '', '~_.-', '\x00%', 'a+b']:
    show('quote %r' % text, lambda: (quote(text), quote(text, safe=''), quote_plus(text), quote(text, encoding='latin-1', errors='replace'),
                                     quote(text.encode('utf-8'), safe=b'/')))
show('quote bytes encoding', lambda: quote(b'x', encoding='utf-8'))
show('quote_from_bytes str', lambda: quote_from_bytes('x'))
for text in ['%41%zz%', '%E2%82%AC%e9', 'a+b%20c', '', '%', b'%41%4']:
    show('unquote %r' % (text,), lambda: (unquote(text), unquote_to_bytes(text)))
show('unquote_plus', lambda: unquote_plus('a+b%E9', encoding='latin-1'))
show('urlencode', lambda: urlencode([('a', 1), ('b', [1, 'x']), ('c', b'\xff'), ('d', None)], doseq=True))
show('urlencode flat', lambda: urlencode({'a': [1, 2], 'b': 'x y'}))
show('urlencode via', lambda: urlencode({'p': 'a/b c'}, quote_via=quote, safe='/'))
show('urlencode bad', lambda: urlencode(['ab']))
show('urlencode str', lambda: urlencode('ab'))
for qs in ['a=1&b=2&a=3', 'a&b=&=c', 'a=1;b=2', 'x=%20+y&&', '']:
    show('qs %r' % qs, lambda: (parse_qs(qs), parse_qsl(qs, keep_blank_values=True), parse_qsl(qs, separator=';')))
show('qs strict', lambda: parse_qsl('a&b', strict_parsing=True))
show('qs max', lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
show('qs bytes', lambda: parse_qs(b'a=1&a=%E2%82%AC'))
show('qs separator', lambda: parse_qsl('a=1', separator=None))
show('mixed', lambda: urljoin('http://a/', b'x'))
