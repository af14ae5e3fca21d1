"""robots.txt (the Robots Exclusion Protocol, norobots-rfc.txt): RobotFileParser
reads the file of a site and answers whether a user agent may fetch a URL.

The file is a series of entries, each one or more User-agent lines followed by
Allow/Disallow rules (and Crawl-delay, Request-rate), separated by blank lines;
Sitemap lines may appear anywhere. The first entry naming the agent decides,
else the '*' entry; within an entry the first rule whose path prefixes the URL's
path decides, and no rule means allowed.
"""

import collections
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")

# The parser's states: before any User-agent line of an entry, after its
# User-agent lines, and after its first rule (a new User-agent starts a new entry).
_START, _AGENTS, _RULES = 0, 1, 2


class RobotFileParser:
    """The rules of one robots.txt file."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None
        self.disallow_all = False
        self.allow_all = False
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When the file was last read (0 for never)."""
        return self.last_checked

    def modified(self):
        """Record that the file was read now."""
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        """Set the URL of the robots.txt file."""
        self.url = url
        self.host, self.path = urllib.parse.urlparse(url)[1:3]

    def read(self):
        """Fetch the file and parse it; 401 and 403 forbid everything, other 4xx allow everything."""
        try:
            f = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
        else:
            self.parse(f.read().decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" in entry.useragents:
            # only the first '*' entry counts
            if self.default_entry is None:
                self.default_entry = entry
        else:
            self.entries.append(entry)

    def parse(self, lines):
        """Parse the lines of a robots.txt file (a User-agent line need not follow a blank line)."""
        state = _START
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == _RULES:
                    self._add_entry(entry)
                if state != _START:
                    entry = Entry()
                    state = _START
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            field, colon, value = line.partition(':')
            if not colon:
                continue
            field = field.strip().lower()
            value = urllib.parse.unquote(value.strip())
            if field == "user-agent":
                if state == _RULES:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = _AGENTS
            elif field == "sitemap":
                self.sitemaps.append(value)
            elif state == _START:
                # a rule before any User-agent line belongs to no entry
                continue
            elif field in ("disallow", "allow"):
                entry.rulelines.append(RuleLine(value, field == "allow"))
                state = _RULES
            elif field == "crawl-delay":
                if value.strip().isdigit():
                    entry.delay = int(value)
                state = _RULES
            elif field == "request-rate":
                numbers = value.split('/')
                if len(numbers) == 2 and numbers[0].strip().isdigit() and numbers[1].strip().isdigit():
                    entry.req_rate = RequestRate(int(numbers[0]), int(numbers[1]))
                state = _RULES
        if state == _RULES:
            self._add_entry(entry)

    def _entry_for(self, useragent):
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry
        return self.default_entry

    def can_fetch(self, useragent, url):
        """Whether useragent may fetch url (never before the file was read)."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            return False
        # the path and what follows it, decoded then quoted again, so that
        # '%7E' and '~' compare the same
        parts = urllib.parse.urlparse(urllib.parse.unquote(url))
        url = urllib.parse.quote(urllib.parse.urlunparse(
            ('', '', parts.path, parts.params, parts.query, parts.fragment))) or "/"
        entry = self._entry_for(useragent)
        return True if entry is None else entry.allowance(url)

    def crawl_delay(self, useragent):
        """The Crawl-delay of the agent's entry, or None."""
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.delay

    def request_rate(self, useragent):
        """The Request-rate of the agent's entry (a RequestRate), or None."""
        if not self.mtime():
            return None
        entry = self._entry_for(useragent)
        return None if entry is None else entry.req_rate

    def site_maps(self):
        """The Sitemap URLs, or None when there are none."""
        return self.sitemaps or None

    def __str__(self):
        entries = self.entries
        if self.default_entry is not None:
            entries = entries + [self.default_entry]
        return '\n\n'.join(map(str, entries))


class RuleLine:
    """One Allow (allowance True) or Disallow rule; an empty Disallow allows everything."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            allowance = True
        self.path = urllib.parse.quote(urllib.parse.urlunparse(urllib.parse.urlparse(path)))
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return ("Allow" if self.allowance else "Disallow") + ": " + self.path


class Entry:
    """The user agents an entry names, its rules, Crawl-delay and Request-rate."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = None
        self.req_rate = None

    def __str__(self):
        lines = ["User-agent: " + agent for agent in self.useragents]
        if self.delay is not None:
            lines.append("Crawl-delay: %s" % self.delay)
        if self.req_rate is not None:
            lines.append("Request-rate: %s/%s" % (self.req_rate.requests, self.req_rate.seconds))
        lines.extend(map(str, self.rulelines))
        return '\n'.join(lines)

    def applies_to(self, useragent):
        """Whether a name of this entry (case-insensitively) is in the agent's
        name before any '/'; '*' names every agent."""
        name = useragent.split("/")[0].lower()
        return any(agent == '*' or agent.lower() in name for agent in self.useragents)

    def allowance(self, filename):
        """Whether the first rule matching filename (a quoted path) allows it."""
        for line in self.rulelines:
            if line.applies_to(filename):
                return line.allowance
        return True
