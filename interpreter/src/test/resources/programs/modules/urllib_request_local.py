# urllib.request without a network: file URLs (urlopen of a temporary file: headers Content-type,
# Content-length, Last-modified with a fixed mtime, read, readline, iteration, the with-statement,
# geturl/getcode/status None, a missing file as URLError wrapping FileNotFoundError, a remote host
# refused), data URLs (plain, base64, %-escaped, a media type with parameters, the default
# text/plain;charset=US-ASCII), pathname2url/url2pathname, Request's parts (type, host, selector,
# fragment, full_url set and deleted, data replacing Content-length, headers capitalized,
# unredirected headers, get_method, has_proxy/set_proxy), unknown and https URL types ("unknown url
# type: https": there is no ssl), urlretrieve with a reporthook and urlcleanup, parse_http_list,
# parse_keqv_list, HTTPPasswordMgr.reduce_uri/is_suburi, the exception classes' reprs and
# urllib.response's wrappers.
import sys
# CPython as built without ssl, as pyheap is: no HTTPSConnection, no HTTPSHandler
sys.modules['ssl'] = None
import io
import os
import tempfile
import urllib.error
import urllib.request
import urllib.response

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'notes file.txt')
with open(path, 'w') as f:
    f.write('first line\nsecond line\nthird\n')
os.utime(path, (1600000000, 1600000000))
url = 'file://' + urllib.request.pathname2url(path)
print(url.replace(urllib.request.pathname2url(folder), 'FOLDER'))

with urllib.request.urlopen(url) as r:
    print(type(r).__name__, r.geturl() == url, r.getcode(), r.status, r.code)
    print(sorted(r.info().items()))
    print(r.readline(), next(iter(r)), r.read())
print(r.fp.closed)
r = urllib.request.urlopen('file://localhost' + urllib.request.pathname2url(path))
print(r.url == 'file://localhost' + urllib.request.pathname2url(path), len(r.readlines()))
r.close()
for bad in ['file://' + path + '.missing', 'file://example.invalid' + urllib.request.pathname2url(path)]:
    try:
        urllib.request.urlopen(bad)
    except urllib.error.URLError as e:
        print('URLError', type(e.reason).__name__, e.reason.strerror if isinstance(e.reason, OSError) else e.reason)

print('-- data URLs')
for data_url in ['data:,Hello%2C%20World!', 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
                 'data:text/html;charset=utf-8,%3Ch1%3EHi%3C%2Fh1%3E', 'data:;base64,AAEC%2F%2F8=',
                 'data:application/json,{"a": [1, 2]}']:
    with urllib.request.urlopen(data_url) as r:
        print(r.read(), r.headers['Content-type'], r.headers['Content-length'], r.geturl() == data_url, r.status)

print('-- paths')
for p in ['/a b/c%d', '/tmp/ü.txt', 'relative/x?y#z', '/already%20quoted']:
    u = urllib.request.pathname2url(p)
    print(repr(p), repr(u), repr(urllib.request.url2pathname(u)))

print('-- Request')
req = urllib.request.Request('<URL:http://user@Example.COM:8080/a/b?q=1#frag>', headers={'content-TYPE': 'x/y'})
print(req.type, req.host, req.selector, req.fragment, req.full_url, req.get_full_url(), req.origin_req_host)
print(req.headers, req.get_method(), req.data, req.has_header('Content-type'), req.get_header('Nope', 'dflt'), req.unverifiable)
req.add_unredirected_header('content-length', '3')
req.add_header('X-a', '1')
print(req.header_items(), req.has_header('Content-length'))
req.data = b'abc'
print(req.get_method(), req.has_header('Content-length'), req.unredirected_hdrs)
req.remove_header('X-a')
print(req.header_items())
del req.data
print(req.data, req.get_method())
req.full_url = 'http://other.org/path'
print(req.host, req.selector, req.fragment, req.full_url, req.has_proxy())
req.set_proxy('proxy:3128', 'http')
print(req.host, req.selector, req.type, req.has_proxy())
del req.full_url
print(req.full_url, req.selector)
r2 = urllib.request.Request('http://h/', method='DELETE', data=b'')
print(r2.get_method(), urllib.request.Request('http://h/', data=b'').get_method())
for bad in ['no-scheme', '/just/a/path']:
    try:
        urllib.request.Request(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['https://example.org/', 'gopher://x/', 'mailto:someone@example.org']:
    try:
        urllib.request.urlopen(bad)
    except urllib.error.URLError as e:
        print('URLError', e.reason, '|', e)

print('-- urlretrieve')
target = os.path.join(folder, 'copy.bin')
seen = []
name, headers = urllib.request.urlretrieve('data:,' + 'x' * 20000, target, lambda *a: seen.append(a))
print(name == target, headers['Content-length'], seen, os.path.getsize(target))
name, headers = urllib.request.urlretrieve(url)
print(name == path, headers['Content-length'])
name, headers = urllib.request.urlretrieve('data:,temporary')
print(os.path.exists(name), open(name).read())
urllib.request.urlcleanup()
print(os.path.exists(name))

print('-- helpers')
print(urllib.request.parse_http_list('a, b="c, d", e\\,f, "g\\"h" ,, i'))
print(urllib.request.parse_keqv_list(['a=1', 'b="two"', 'c="', 'd=x=y']))
mgr = urllib.request.HTTPPasswordMgr()
for u in ['http://h/p', 'http://h:80/p/', 'https://h', 'h:8', 'h', 'ftp://h/x']:
    print(u, mgr.reduce_uri(u), mgr.reduce_uri(u, False))
print(mgr.is_suburi(('h:80', '/p'), ('h:80', '/p/q')), mgr.is_suburi(('h:80', '/p'), ('h:80', '/pq')), mgr.is_suburi(('h:80', '/'), ('h:81', '/')))
mgr.add_password('realm', ['http://a/x', 'http://b/'], 'u', 'p')
print(mgr.find_user_password('realm', 'http://a:80/x/y'), mgr.find_user_password('realm', 'http://a/y'), mgr.find_user_password('other', 'http://b/'))
print(urllib.request.getproxies() == urllib.request.getproxies_environment())
os.environ['no_proxy'] = 'example.com, .local'
for h in ['example.com', 'www.example.com', 'notexample.com', 'box.local', 'local', 'other.org:80']:
    print(h, urllib.request.proxy_bypass_environment(h, {'no': os.environ['no_proxy']}))
print(urllib.request.proxy_bypass_environment('x', {'no': '*'}), urllib.request.proxy_bypass_environment('x', {}))
print(urllib.request._parse_proxy('http://u:p@proxy:3128/'), urllib.request._parse_proxy('proxy:3128'))

print('-- exceptions and responses')
e = urllib.error.URLError('reason text')
print(repr(e), str(e), e.args, e.reason, isinstance(e, OSError), e.errno, e.filename)
e = urllib.error.URLError(ConnectionRefusedError(111, 'Connection refused'), 'fname')
print(repr(e), str(e), e.filename)
h = urllib.error.HTTPError('http://x/', 500, 'Boom', {'A': 'b'}, None)
print(repr(h), str(h), h.reason, h.headers, h.code, h.status, h.getcode(), h.geturl(), h.read(), h.args)
h.headers = {'C': 'd'}
print(h.hdrs, h.info())
c = urllib.error.ContentTooShortError('too short', ('f', None))
print(repr(c), str(c), c.content)
base = urllib.response.addinfourl(io.BytesIO(b'one\ntwo\n'), {'h': 1}, 'http://u/', 203)
print(base.readline(), list(base), base.info(), base.geturl(), base.getcode(), base.status, base.name, repr(base).startswith('<addinfourl at '))
calls = []
hooked = urllib.response.addclosehook(io.BytesIO(b'x'), lambda *a: calls.append(a), 1, 2)
with hooked as f:
    print(f.read())
hooked.close()
print(calls, hooked.closed)
try:
    with hooked:
        pass
except ValueError as e:
    print('ValueError', e)

for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
