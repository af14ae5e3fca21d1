"""An object-oriented interface to .netrc files: netrc(file) parses one (~/.netrc by default)
into hosts (machine name or 'default' to (login, account, password)) and macros (name to its
lines); authenticators(host) looks a machine up, falling back to the default entry.

Tokens are separated by white space; a token may be double-quoted, and a backslash takes the
next character as it is. A '#' token starts a comment to the end of its line. When the file is
the default ~/.netrc on POSIX, an entry with a login other than 'anonymous' requires the file to
be the user's own and unreadable by others, as CPython checks."""

import os
import stat

__all__ = ['netrc', 'NetrcParseError']


class NetrcParseError(Exception):
    """Exception raised on syntax errors in the .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return '%s (%s, line %s)' % (self.msg, self.filename, self.lineno)


class _Tokens:
    """The file's tokens, read a character at a time so that the parser can take the rest of a
    line (comments, macro bodies) from the stream itself; lineno counts the newlines read."""

    def __init__(self, stream):
        self.stream = stream
        self.lineno = 1
        self.pushed = []

    def char(self):
        ch = self.stream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def next(self):
        """The next token ('' at the end of the file)."""
        if self.pushed:
            return self.pushed.pop(0)
        ch = self.char()
        while ch and ch in ' \t\r\n':
            ch = self.char()
        token = []
        quoted = ch == '"'
        if quoted:
            ch = self.char()
        while ch:
            if quoted and ch == '"':
                break
            if not quoted and ch in ' \t\r\n':
                break
            if ch == '\\':
                ch = self.char()
            token.append(ch)
            ch = self.char()
        return ''.join(token)

    def push(self, token):
        self.pushed.append(token)

    def skip_comment(self, token, started_on):
        """Reads the rest of a comment's line, unless the '#' token already ended it."""
        if self.lineno == started_on:
            self.stream.readline()


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser('~'), '.netrc')
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding='utf-8') as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding='locale') as fp:
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        tokens = _Tokens(fp)
        while True:
            line = tokens.lineno
            keyword = tokens.next()
            if not keyword:
                return
            if keyword.startswith('#'):
                if len(keyword) == 1:
                    tokens.skip_comment(keyword, line)
                continue
            if keyword == 'macdef':
                self._macro(file, tokens, tokens.next())
                continue
            if keyword == 'machine':
                name = tokens.next()
            elif keyword == 'default':
                name = 'default'
            else:
                raise NetrcParseError('bad toplevel token %r' % keyword, file, tokens.lineno)
            if not name:
                raise NetrcParseError('missing %r name' % keyword, file, tokens.lineno)
            self.hosts[name] = self._entry(file, tokens)
            self._security_check(fp, default_netrc, self.hosts[name][0])

    def _macro(self, file, tokens, name):
        """A macro's lines, up to an empty line."""
        lines = self.macros[name] = []
        while True:
            line = tokens.stream.readline()
            if not line:
                raise NetrcParseError('Macro definition missing null line terminator.',
                                      file, tokens.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _entry(self, file, tokens):
        """(login, account, password) of a machine or default entry, up to the next entry."""
        fields = {'login': '', 'account': '', 'password': ''}
        while True:
            line = tokens.lineno
            token = tokens.next()
            if token.startswith('#'):
                tokens.skip_comment(token, line)
                continue
            if token in ('', 'machine', 'default', 'macdef'):
                tokens.push(token)
                return fields['login'], fields['account'], fields['password']
            field = 'login' if token == 'user' else token
            if field not in fields:
                raise NetrcParseError('bad follower token %r' % token, file, tokens.lineno)
            fields[field] = tokens.next()

    def _security_check(self, fp, default_netrc, login):
        if os.name != 'posix' or not default_netrc or login == 'anonymous':
            return
        prop = os.stat(fp.name)  # the file just opened (this runtime's os has no fstat)
        if prop.st_uid != os.getuid():
            import pwd
            try:
                fowner = pwd.getpwuid(prop.st_uid)[0]
            except KeyError:
                fowner = 'uid %s' % prop.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except KeyError:
                user = 'uid %s' % os.getuid()
            raise NetrcParseError(f'~/.netrc file owner ({fowner}, {user}) does not match current user')
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError('~/.netrc access too permissive: access permissions must '
                                  'restrict access to only the owner')

    def authenticators(self, host):
        """Return a (user, account, password) tuple for given host."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """Dump the class data in the format of a .netrc file."""
        rep = ''
        for host, (login, account, password) in self.hosts.items():
            rep += f'machine {host}\n\tlogin {login}\n'
            if account:
                rep += f'\taccount {account}\n'
            rep += f'\tpassword {password}\n'
        for macro, lines in self.macros.items():
            rep += f'macdef {macro}\n'
            rep += ''.join(lines)
            rep += '\n'
        return rep


if __name__ == '__main__':
    print(netrc())
