# http.cookies and urllib.parse as a web framework's request layer uses them: SimpleCookie
# parsing a Cookie header (quoted values, bad keys skipped), setting attributes (expires as a
# number, max-age, samesite, secure/httponly flags), output/js_output, CookieError for reserved
# names; urllib.parse corners: urlsplit of odd URLs (ports, IPv6, userinfo, fragments, no
# scheme), port errors, urljoin's RFC 3986 examples, parse_qs/parse_qsl with blanks, limits and
# separators, urlencode with doseq and quote_via, quote/unquote with safe and errors.
from http import cookies
from urllib import parse

c = cookies.SimpleCookie()
c.load('theme=dark; bad key=1; lang=en-US')
print('after a bad pair:', sorted(c.keys()))
c.load('session="abc\\"123"; theme=dark; $Version=1; lang=en-US; empty=')
print(sorted(c.keys()), c['session'].value, c['theme'].coded_value, repr(c['empty'].value))
c['id'] = 42
c['id']['max-age'] = 3600
c['id']['path'] = '/app'
c['id']['secure'] = True
c['id']['httponly'] = True
c['id']['samesite'] = 'Lax'
c['note'] = 'has spaces; and "quotes"'
c['note']['comment'] = 'a comment'
c['note']['domain'] = '.example.com'
print(c['id'].output())
print(c['note'].OutputString())
print(c.output(attrs=['path'], header='Cookie:', sep='\n'))
print(repr(c['theme']), c['id'].key, c['id'].isReservedKey('Path'))
for bad in [lambda: c['id'].__setitem__('nonsense', 1), lambda: cookies.Morsel().set('expires', 'v', 'v'),
            lambda: cookies.SimpleCookie().__setitem__('bad;key', 'v')]:
    try:
        bad()
    except cookies.CookieError as e:
        print('CookieError', e)
m = cookies.Morsel()
m.set('k', 'v w', '"v w"')
m['expires'] = 'Thu, 01 Jan 1970 00:00:00 GMT'
print(m.output(header='Set-Cookie:'), m == m.copy(), len(m.js_output()) > 0)

for url in ['https://user:pw@Example.COM:8443/p/a;params?q=1&q=2#frag', 'http://[::1]:80/x', '//host/path',
            'mailto:someone@example.com', 'file:///etc/hosts', 'example.com/no/scheme', 'http://h:/empty-port',
            'HTTP://h/%7Euser?a=%20b', 'http://h?q#f', 'urn:isbn:0451450523', 'http://a/b/c/d;p?q']:
    s = parse.urlsplit(url)
    print(url, '->', tuple(s), s.hostname, s.port, s.username, s.password)
for bad in ['http://h:99999/', 'http://h:x/', 'http://[::1/', 'http://h:-1/']:
    try:
        parse.urlsplit(bad).port
        print(bad, 'port', parse.urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', bad, e)
base = 'http://a/b/c/d;p?q'
for ref in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../g',
            '../..', '../../../g', '/./g', 'g.', '..g', './../g', 'g;x=1/../y', 'http:g']:
    print(repr(ref), parse.urljoin(base, ref))
print(parse.parse_qs('a=1&a=2&b=&c', keep_blank_values=True), parse.parse_qs('a=1&b=&c'))
print(parse.parse_qsl('x=1;y=2&z=3', separator=';'), parse.parse_qsl('k=%E2%82%AC+v&e=%ZZ'))
for bad in [lambda: parse.parse_qsl('a=1&b=2&c=3', max_num_fields=2), lambda: parse.parse_qsl('a', strict_parsing=True),
            lambda: parse.parse_qs('a=1', separator='')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(parse.urlencode({'q': 'a b&c', 'tags': ['x', 'y'], 'n': 5}), parse.urlencode({'tags': ['x', 'y']}, doseq=True))
print(parse.urlencode([('p', '/a b')], quote_via=parse.quote, safe='/'), parse.urlencode({b'k': b'\xff'}))
print(parse.quote('a b/c?d=é'), parse.quote('a b/c', safe=''), parse.quote_plus('a b+c/d'), parse.quote(b'\x00\xff'))
print(parse.unquote('%E2%82%AC%zz%'), parse.unquote('%ff', errors='replace'), parse.unquote_plus('a+b%2B'),
      parse.unquote_to_bytes('a%20%FF'))
print(parse.urlunsplit(('http', 'h', '/p', 'a=1', '')), parse.urlunparse(('', '', 'p', '', '', 'f')),
      parse.urldefrag('http://h/p#x'), parse.urlparse('http://h/p;a;b?q').params)
print(parse.urlsplit(b'http://h/p').netloc, parse.urlsplit('http://h/p')._replace(scheme='ftp').geturl())
try:
    parse.urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError', e)
