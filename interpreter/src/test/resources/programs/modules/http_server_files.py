# http.server's SimpleHTTPRequestHandler serving a temporary folder (directory=) on an HTTPServer run
# on a thread (127.0.0.1, port 0): files with their Content-type guessed (extensions_map, mimetypes,
# the octet-stream default), Content-Length and Last-Modified (mtimes set with os.utime), HEAD,
# If-Modified-Since answered by 304 (or not, before the mtime, or with If-None-Match), the directory
# listing (sorted without case, '/' and '@' marks, quoted links, escaped names), index.html served
# for its folder, a folder named without its slash redirected (301 with the query kept), 404s (also
# a file named with a trailing slash), '..' and %-escapes in paths, query strings and fragments ignored,
# translate_path and guess_type called directly.
import email.utils
import http.client
import http.server
import os
import tempfile
import threading

MTIME = 1700000000

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'sub'))
os.mkdir(os.path.join(root, 'site'))
files = {
    'hello.txt': b'hello, world\n',
    'Data.JSON': b'{"a": 1}',
    'page.html': b'<p>page</p>',
    'archive.tar.gz': b'\x1f\x8b fake',
    'noext': b'raw bytes',
    'a & b <c>.txt': b'odd name',
    'sub/inner.css': b'body {}',
    'site/index.html': b'<h1>index</h1>',
}
for name, data in files.items():
    path = os.path.join(root, name)
    with open(path, 'wb') as f:
        f.write(data)
    os.utime(path, (MTIME, MTIME))
os.symlink('hello.txt', os.path.join(root, 'link'))


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=root, **kwargs)

    def log_date_time_string(self):
        return 'DATE'

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            return 'NOW'
        return super().date_time_string(timestamp)


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
host, port = server.server_address


def get(path, method='GET', headers={}):
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.request(method, path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    shown = [(k, v.replace(str(port), 'PORT')) for k, v in r.getheaders() if k != 'Date']
    print(method, path, '->', r.status, r.reason, shown)
    conn.close()
    return body


for path in ['/hello.txt', '/Data.JSON', '/page.html', '/archive.tar.gz', '/noext',
             '/a%20%26%20b%20%3Cc%3E.txt', '/sub/inner.css', '/link', '/hello.txt?x=1#frag',
             '/../../hello.txt', '/sub/../hello.txt', '/sub/%2e%2e/hello.txt']:
    print('   ', get(path))
get('/hello.txt', 'HEAD')
print('-- not found')
get('/nothing.txt')
get('/hello.txt/')
print('-- conditional')
after = email.utils.formatdate(MTIME + 60, usegmt=True)
before = email.utils.formatdate(MTIME - 60, usegmt=True)
get('/hello.txt', headers={'If-Modified-Since': after})
get('/hello.txt', headers={'If-Modified-Since': email.utils.formatdate(MTIME, usegmt=True)})
get('/hello.txt', headers={'If-Modified-Since': before})
get('/hello.txt', headers={'If-Modified-Since': after, 'If-None-Match': '"x"'})
get('/hello.txt', headers={'If-Modified-Since': 'not a date'})
print('-- folders')
print(get('/').decode())
print(get('/site/').decode())
get('/sub?q=1')
get('/site')
print(get('/sub/').decode())

print('-- direct calls')
h = Handler.__new__(Handler)
h.directory = '/srv'
for p in ['/a/b.txt', '/a/../b', '/%7Euser/x?y', '/dir/', '//x//y/', '/a/./b/..']:
    print(p, h.translate_path(p))
for name in ['x.gz', 'x.GZ', 'x.Z', 'x.bz2', 'x.xz', 'x.py', 'x.png', 'x.unknown', 'x']:
    print(name, h.guess_type(name))
print(Handler.server_version, sorted(Handler.extensions_map))

server.shutdown()
thread.join()
server.server_close()
for name in sorted(files, reverse=True):
    os.remove(os.path.join(root, name))
os.remove(os.path.join(root, 'link'))
os.rmdir(os.path.join(root, 'sub'))
os.rmdir(os.path.join(root, 'site'))
os.rmdir(root)
