# http.cookiejar: CookieJar.extract_cookies from Set-Cookie and Set-Cookie2 headers (defaults for
# domain and path, expires dates in several formats, max-age, a past date deleting a cookie,
# secure, port lists, quoted values, nonstandard attributes), add_cookie_header (longest path
# first, $Version/$Path/$Domain for RFC 2965, secure only over https, domain and path matching),
# DefaultCookiePolicy's switches (blocked and allowed domains, rfc2965, strict_ns_domain,
# strict_domain, unverifiable third parties), clear/clear_session_cookies, Cookie's str/repr,
# LWPCookieJar and MozillaCookieJar saved and loaded in a temporary directory (LoadError on a bad
# file), the helper functions (http2time, iso2time, time2isoz, split_header_words,
# join_header_words, parse_ns_headers, domain_match, reach), and HTTPCookieProcessor in a round
# trip against an http.server thread on 127.0.0.1 port 0.
import email.message
import http.cookiejar as cj
import http.server
import os
import tempfile
import threading
import urllib.request


class FakeResponse:
    def __init__(self, headers):
        self._msg = email.message.Message()
        for name, value in headers:
            self._msg[name] = value

    def info(self):
        return self._msg


def show(jar):
    for cookie in sorted(jar, key=lambda c: (c.domain, c.path, c.name)):
        print('   ', cookie, cookie.version, cookie.port, cookie.port_specified, cookie.domain_specified,
              cookie.domain_initial_dot, cookie.path_specified, cookie.secure, cookie.expires,
              cookie.discard, cookie.comment, cookie.rfc2109, cookie._rest)


def extract(jar, url, *headers, **kw):
    request = urllib.request.Request(url, **kw)
    jar.extract_cookies(FakeResponse(headers), request)
    return request


def header_for(jar, url, **kw):
    request = urllib.request.Request(url, **kw)
    jar.add_cookie_header(request)
    return request.get_header('Cookie'), request.get_header('Cookie2')


FUTURE = 'Wed, 09-Jun-2100 10:18:14 GMT'
jar = cj.CookieJar()
extract(jar, 'http://www.example.com/docs/page.html',
        ('Set-Cookie', 'plain=1'),
        ('Set-Cookie', 'pathed=2; Path=/docs/'),
        ('Set-Cookie', 'rooted=3; path=/; expires=' + FUTURE),
        ('Set-Cookie', 'domained=4; Domain=.example.com; Path=/'),
        ('Set-Cookie', 'secure=5; secure; path=/'),
        ('Set-Cookie', 'quoted="a b"; Path=/; HttpOnly; Comment=hi'),
        ('Set-Cookie', 'aged=6; Max-Age=3600; path=/'),
        ('Set-Cookie', 'novalue; path=/'),
        ('Set-Cookie', 'other=7; domain=.other.org'),
        ('Set-Cookie', 'v1=8; Version=1; Path=/'),
        ('Set-Cookie', 'badage=9; max-age=abc'))
print(len(jar))
for cookie in sorted(jar, key=lambda c: (c.domain, c.path, c.name)):
    exp = cookie.expires if cookie.name != 'aged' else (cookie.expires is not None)
    print('   ', cookie, cookie.version, cookie.domain_specified, cookie.domain_initial_dot,
          cookie.path_specified, cookie.secure, exp, cookie.discard, cookie.comment,
          cookie.rfc2109, cookie._rest)
print(header_for(jar, 'http://www.example.com/docs/page.html'))
print(header_for(jar, 'https://www.example.com/'))
print(header_for(jar, 'http://sub.example.com/docs'))
print(header_for(jar, 'http://elsewhere.net/'))
extract(jar, 'http://www.example.com/', ('Set-Cookie', 'rooted=gone; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'))
print('rooted' in [c.name for c in jar], len(jar))
jar.clear_session_cookies()
print(len(jar), sorted(c.name for c in jar))
try:
    jar.clear('www.example.com', None, 'x')
except ValueError as e:
    print('ValueError', e)
try:
    jar.clear('nowhere')
except KeyError as e:
    print('KeyError', e)
jar.clear('.example.com')
print(len(jar))
jar.clear()
print(repr(jar), str(jar))

policy = cj.DefaultCookiePolicy(rfc2965=True)
jar2 = cj.CookieJar(policy)
extract(jar2, 'http://www.acme.com:8080/a/b',
        ('Set-Cookie2', 'part="Rocket_Launcher_0001"; Version="1"; Path="/a"; Port="80,8080"'),
        ('Set-Cookie2', 'ship=Shuttle; Version=1; Path=/; Domain=.acme.com; Discard; CommentURL="http://x/"'),
        ('Set-Cookie2', 'bad; Version=1'),
        ('Set-Cookie', 'ship=ns; path=/; domain=.acme.com'),
        ('Set-Cookie', 'old=1; Version=1; path=/'))
show(jar2)
print(header_for(jar2, 'http://www.acme.com:8080/a/b'))
print(header_for(jar2, 'http://www.acme.com/other'))
print(header_for(jar2, 'http://www.acme.com:9000/a/'))

blocked = cj.CookieJar(cj.DefaultCookiePolicy(blocked_domains=['.blocked.com', 'exact.org']))
extract(blocked, 'http://a.blocked.com/', ('Set-Cookie', 'x=1'))
extract(blocked, 'http://exact.org/', ('Set-Cookie', 'y=2'))
extract(blocked, 'http://fine.org/', ('Set-Cookie', 'z=3'))
print([c.name for c in blocked], blocked._policy.blocked_domains(), blocked._policy.is_blocked('www.blocked.com'))
allowed = cj.CookieJar(cj.DefaultCookiePolicy(allowed_domains=['only.com']))
extract(allowed, 'http://only.com/', ('Set-Cookie', 'a=1'))
extract(allowed, 'http://not.com/', ('Set-Cookie', 'b=2'))
print([c.name for c in allowed], allowed._policy.allowed_domains())
allowed._policy.set_allowed_domains(None)
print(allowed._policy.is_not_allowed('any.com'))

strict = cj.CookieJar(cj.DefaultCookiePolicy(strict_ns_domain=cj.DefaultCookiePolicy.DomainStrict, strict_domain=True))
extract(strict, 'http://www.a.b.example.com/', ('Set-Cookie', 'deep=1; domain=.example.com'))
extract(strict, 'http://www.example.co.uk/', ('Set-Cookie', 'cc=1; domain=.co.uk'))
extract(strict, 'http://www.example.com/', ('Set-Cookie', 'host=1'), ('Set-Cookie', 'wide=1; domain=.example.com'))
print(sorted(c.name for c in strict))
print(header_for(strict, 'http://www.example.com/'), header_for(strict, 'http://sub.www.example.com/'))
loose = cj.CookieJar()
extract(loose, 'http://www.example.co.uk/', ('Set-Cookie', 'cc=1; domain=.co.uk'))
extract(loose, 'http://localhost/', ('Set-Cookie', 'local=1'))
extract(loose, 'http://192.168.0.1/', ('Set-Cookie', 'ip=1'))
extract(loose, 'http://www.example.com/', ('Set-Cookie', 'nodot=1; domain=com'))
extract(loose, 'http://www.example.com/', ('Set-Cookie', 'foreign=1; domain=.elsewhere.com'))
print(sorted((c.name, c.domain) for c in loose))
print(header_for(loose, 'http://localhost/'))

third = cj.CookieJar(cj.DefaultCookiePolicy(strict_ns_unverifiable=True))
extract(third, 'http://ads.tracker.net/', ('Set-Cookie', 'track=1'), origin_req_host='www.news.com', unverifiable=True)
extract(third, 'http://www.news.com/', ('Set-Cookie', 'own=1'), origin_req_host='www.news.com', unverifiable=True)
print(sorted(c.name for c in third))

c = cj.Cookie(0, 'n', 'v', '80', True, 'Example.COM', False, False, '/p', True, False, 4102444800, False, None, None, {'HttpOnly': None})
print(c)
print(repr(c))
print(c.is_expired(), c.is_expired(4102444801), c.has_nonstandard_attr('HttpOnly'), c.get_nonstandard_attr('x', 'dflt'))
c.set_nonstandard_attr('x', 1)
print(c.get_nonstandard_attr('x'))
try:
    cj.Cookie(0, 'n', 'v', None, True, 'd', False, False, '/', False, False, None, False, None, None, {})
except ValueError as e:
    print('ValueError', e)

with tempfile.TemporaryDirectory() as tmp:
    lwp = cj.LWPCookieJar(os.path.join(tmp, 'lwp.txt'))
    extract(lwp, 'http://www.example.com/x/y',
            ('Set-Cookie', 'keep=1; path=/; expires=' + FUTURE),
            ('Set-Cookie', 'session=2; path=/x'),
            ('Set-Cookie', 'spaced="a b\\"c"; path=/; expires=' + FUTURE + '; Comment=note'))
    lwp.save()
    print(open(lwp.filename).read(), end='')
    lwp.save(ignore_discard=True)
    print(open(lwp.filename).read(), end='')
    print(lwp.as_lwp_str(ignore_discard=False))
    again = cj.LWPCookieJar()
    again.load(lwp.filename)
    show(again)
    again.load(lwp.filename, ignore_discard=True)
    print(len(again))
    moz = cj.MozillaCookieJar()
    for cookie in lwp:
        moz.set_cookie(cookie)
    moz.set_cookie(cj.Cookie(0, 'hidden', 'h', None, False, '.example.com', True, True, '/', True, True, 4102444800, False, None, None, {'HTTPOnly': ''}))
    moz.set_cookie(cj.Cookie(0, 'bare', None, None, False, 'www.example.com', False, False, '/', True, False, 4102444800, False, None, None, {}))
    path = os.path.join(tmp, 'cookies.txt')
    moz.save(path)
    print(open(path).read(), end='')
    print(oct(os.stat(path).st_mode & 0o777))
    moz2 = cj.MozillaCookieJar(path)
    moz2.load()
    show(moz2)
    moz2.revert(ignore_discard=True, ignore_expires=True)
    print(len(moz2))
    for cls, name in [(cj.MozillaCookieJar, 'lwp.txt'), (cj.LWPCookieJar, 'cookies.txt')]:
        try:
            cls().load(os.path.join(tmp, name))
        except cj.LoadError as e:
            print('LoadError', str(e).replace(tmp, 'TMP'), isinstance(e, OSError))
    with open(os.path.join(tmp, 'broken.txt'), 'w') as f:
        f.write('# Netscape HTTP Cookie File\nonly\ttwo\n')
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            cj.MozillaCookieJar().load(os.path.join(tmp, 'broken.txt'))
        except cj.LoadError as e:
            print('LoadError', str(e).replace(tmp, 'TMP'))
    print(len(caught), caught[0].message.args[0].splitlines()[0])
    try:
        cj.MozillaCookieJar().load()
    except ValueError as e:
        print('ValueError', e)
    try:
        cj.FileCookieJar().save('x')
    except NotImplementedError:
        print('NotImplementedError')
    before = len(moz2)
    try:
        moz2.revert(os.path.join(tmp, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', len(moz2) == before)

for text in ['Wed, 09 Feb 1994 22:23:32 GMT', 'Tuesday, 08-Feb-94 14:15:29 GMT', '08-Feb-1994 14:15:29 GMT',
             '08-Feb-1994 14:15:29 -0100', '08 Feb 1994 14:15', '1994-02-09 22:23:32Z', 'nonsense',
             '03 Feb 1994 02:00 PM', '09 Feb 2100 00:00 (EST)', '31 Xyz 2000', '08-02-1994']:
    print(repr(text), cj.http2time(text))
for text in ['1994-02-03 14:15:29 -0100', '1994-02-03T14:15:29Z', '19940203T141529Z', '1994-02-03', 'bad', '2000-13-01']:
    print(repr(text), cj.iso2time(text))
print(cj.time2isoz(0), cj.time2netscape(0), cj.time2isoz(4102444800), cj.time2netscape(1e9))
print(cj.split_header_words(['foo="bar"; port="80,81"; discard, bar=baz', 'text="a \\"q\\" b", x; y=2', '  ,  a=1;;  b ']))
print(cj.join_header_words([[('text/plain', None), ('charset', 'iso-8859/1')], [('a', 'plain'), ('b', 'q"t')]]))
print(cj.parse_ns_headers(['foo=bar; path=/; Domain=.x.com; Expires="' + FUTURE + '"; secure', 'v=1; Version="1"', '=bad', 'a=b; ; =c; Unknown=1']))
for a, b in [('www.acme.com', '.acme.com'), ('acme.com', '.acme.com'), ('a.b.acme.com', '.acme.com'), ('192.168.1.1', '.168.1.1'),
             ('x.y', 'x.y'), ('www.acme.com', 'acme.com'), ('www.acme.local', '.local')]:
    print(a, b, cj.domain_match(a, b), cj.user_domain_match(a, b))
print([cj.reach(h) for h in ['www.acme.com', 'acme.com', 'acme.local', 'localhost', 'a.b.c.d']])
print(cj.escape_path('/foo%2fbar/ä b'), cj.is_HDN('1.2.3.4'), cj.is_HDN('host.'), cj.is_HDN('h.com'))
print(cj.request_host(urllib.request.Request('http://WWW.Example.COM:8080/x')),
      cj.eff_request_host(urllib.request.Request('http://intranet/x')),
      cj.request_path(urllib.request.Request('http://h/a b?x=1')),
      cj.request_port(urllib.request.Request('http://h:81/')), cj.request_port(urllib.request.Request('http://h/')))


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        if self.path == '/login':
            self.send_header('Set-Cookie', 'session=abc; Path=/')
            self.send_header('Set-Cookie', 'pref=dark; Path=/settings')
        body = ('cookie: %s' % self.headers.get('Cookie')).encode()
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever)
thread.start()
base = 'http://127.0.0.1:%d' % server.server_address[1]
jar = cj.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
for path in ['/', '/login', '/', '/settings/page']:
    with opener.open(base + path) as response:
        print(path, response.read().decode())
print(sorted((c.name, c.domain, c.path) for c in jar))
processor = urllib.request.HTTPCookieProcessor()
print(type(processor.cookiejar).__name__, 'HTTPCookieProcessor' in urllib.request.__all__)
server.shutdown()
server.server_close()
thread.join()
print(cj.__all__)
