# urllib.robotparser: RobotFileParser.parse over robots.txt texts (entries for named agents and '*',
# the first '*' entry only, Allow before Disallow and the first matching rule winning, an empty
# Disallow, rules before any User-agent ignored, comments, blank lines ending entries, %-escapes in
# rules and URLs, query strings, Crawl-delay and Request-rate (valid and not), Sitemap lines), agents
# matched by the name before '/' without case, can_fetch before anything was read, __str__; and read()
# from an http.server on a thread (127.0.0.1, port 0): a robots.txt served, 401/403 forbidding all,
# 404 allowing all.
import http.server
import threading
import urllib.robotparser

TEXT = """\
# a comment line
Disallow: /ignored-before-any-agent
User-agent: FigTree   # trailing comment
User-agent: SpamBot
Crawl-delay: 3
Request-rate: 9/30
Allow: /tmp/public
Disallow: /tmp
Disallow: /a%3cd.html
Disallow: /%7Ejoe/index.html

User-agent: *
Crawl-delay: not-a-number
Request-rate: 1/x
Disallow: /cyberworld/map/
Disallow: /search?
Allow: /private/ok.html
Disallow: /private

User-agent: *
Disallow: /second-star-entry-is-ignored

user-agent: Empty
disallow:

Sitemap: http://www.example.com/sitemap1.xml
Sitemap: http://www.example.com/sitemap2.xml
"""

rp = urllib.robotparser.RobotFileParser()
print(rp.can_fetch('*', '/'), rp.crawl_delay('*'), rp.request_rate('*'), rp.site_maps(), rp.mtime())
rp.parse(TEXT.splitlines())
print(rp.mtime() > 0, len(rp.entries), rp.default_entry.useragents)
print(rp)
print('--')
checks = [
    ('FigTree', '/tmp'), ('FigTree', '/tmp/'), ('FigTree', '/tmp/public/x'), ('FigTree', '/tmpfile'),
    ('figtree/2.1 (compatible)', '/tmp/x'), ('FigTreeBot', '/tmp/x'), ('Fig', '/tmp/x'),
    ('SpamBot', '/a%3cd.html'), ('SpamBot', '/a%3Cd.html'), ('SpamBot', '/a<d.html'),
    ('SpamBot', '/~joe/index.html'), ('SpamBot', '/%7ejoe/index.html'), ('SpamBot', 'http://example.com/~joe/index.html'),
    ('Other', '/cyberworld/map/index.html'), ('Other', '/cyberworld/mapx'), ('Other', '/search?q=1'),
    ('Other', '/search'), ('Other', '/private/ok.html'), ('Other', '/private/no.html'), ('Other', '/ignored-before-any-agent'),
    ('Other', '/second-star-entry-is-ignored'), ('Empty', '/private/anything'), ('Other', ''), ('Other', 'http://example.com'),
]
for agent, url in checks:
    print(repr(agent), repr(url), rp.can_fetch(agent, url))
for agent in ['FigTree', 'Other', 'Empty']:
    print(agent, rp.crawl_delay(agent), rp.request_rate(agent))
rate = rp.request_rate('SpamBot')
print(rate, rate.requests, rate.seconds, rp.site_maps())

print('-- edge texts')
for text in ['', 'User-agent: *\nDisallow: /', 'User-agent: a\n\nDisallow: /x', 'User-agent: *\nDisallow: *',
             'User-agent: b\nAllow: /\nUser-agent: c\nDisallow: /', 'Sitemap:only']:
    p = urllib.robotparser.RobotFileParser('http://example.com/robots.txt')
    p.parse(text.splitlines())
    print(repr(text), [p.can_fetch(a, u) for a, u in [('a', '/x'), ('b', '/y'), ('c', '/z'), ('d', '/')]], repr(str(p)), p.site_maps())
p = urllib.robotparser.RobotFileParser('http://example.com:8080/some/robots.txt')
print(p.url, p.host, p.path)
p.set_url('http://other.org/robots.txt')
print(p.url, p.host, p.path)

ROBOTS = b'User-agent: *\nDisallow: /hidden\nCrawl-delay: 2\n'


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        if self.path.startswith('/ok/'):
            self.send_response(200)
            self.send_header('Content-Length', str(len(ROBOTS)))
            self.end_headers()
            self.wfile.write(ROBOTS)
        else:
            self.send_error(int(self.path.split('/')[1]))


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
thread.start()
base = 'http://127.0.0.1:%d' % server.server_address[1]
print('-- read()')
for where in ['/ok/robots.txt', '/401/robots.txt', '/403/robots.txt', '/404/robots.txt', '/410/robots.txt']:
    p = urllib.robotparser.RobotFileParser(base + where)
    p.read()
    print(where, p.disallow_all, p.allow_all, p.can_fetch('bot', base + '/hidden/x'), p.can_fetch('bot', '/open'), p.crawl_delay('bot'))
server.shutdown()
thread.join()
server.server_close()
