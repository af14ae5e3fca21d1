"""Mailcap file handling (RFC 1524; deprecated since 3.11).

getcaps() reads the mailcap files (MAILCAPS, else ~/.mailcap and the system's) into a dict of
MIME type to entries, each a dict of fields with the command under 'view' and the order it was
read in under 'lineno'; findmatch() picks the first entry of a type (or of 'major/*') whose test
command succeeds and returns its command with %s, %t, %{param} and %% substituted. A file name,
type or parameter with characters a shell would interpret is refused with UnsafeMailcapInput."""

import os
import re
import warnings

__all__ = ['getcaps', 'findmatch']

_DEPRECATION_MSG = ('The {name} module is deprecated and will be removed in '
                    'Python {remove}. See the mimetypes module for an '
                    'alternative.')
warnings._deprecated(__name__, _DEPRECATION_MSG, remove=(3, 13))


class UnsafeMailcapInput(Warning):
    """Warning raised when refusing unsafe input"""


# anything but letters, digits, non-ASCII and @+=:,./- could mean something to a shell
_find_unsafe = re.compile(r'[^\xa1-\U0010FFFF\w@+=:,./-]').search


def lineno_sort_key(entry):
    """Entries in the order they were read; those without a line number last."""
    return (0, entry['lineno']) if 'lineno' in entry else (1, 0)


def getcaps():
    """Return a dictionary containing the mailcap database: MIME type (lower case) to the list
    of its entries from every mailcap file found, in the order of the files."""
    caps = {}
    lineno = 0
    for mailcap in listmailcapfiles():
        try:
            fp = open(mailcap, 'r')
        except OSError:
            continue
        with fp:
            found, lineno = _readmailcapfile(fp, lineno)
        for key, entries in found.items():
            caps[key] = caps.get(key, []) + entries
    return caps


def listmailcapfiles():
    """Return a list of all mailcap files found on the system."""
    if 'MAILCAPS' in os.environ:
        return os.environ['MAILCAPS'].split(os.pathsep)
    home = os.environ.get('HOME', '.')
    return [home + '/.mailcap', '/etc/mailcap', '/usr/etc/mailcap', '/usr/local/etc/mailcap']


def readmailcapfile(fp):
    """Read a mailcap file and return a dictionary keyed by MIME type."""
    warnings.warn('readmailcapfile is deprecated, use getcaps instead', DeprecationWarning, 2)
    caps, _ = _readmailcapfile(fp, None)
    return caps


def _readmailcapfile(fp, lineno):
    """(MIME type to entries, the next line number) of one file; lineno None numbers nothing.
    Comments and blank lines are skipped, a backslash at a line's end continues it."""
    caps = {}
    while line := fp.readline():
        if line[0] == '#' or not line.strip():
            continue
        while line.endswith('\\\n'):
            line = line[:-2] + (fp.readline() or '\n')
        key, fields = parseline(line)
        if not (key and fields):
            continue
        if lineno is not None:
            fields['lineno'] = lineno
            lineno += 1
        key = '/'.join(part.strip() for part in key.split('/')).lower()
        caps.setdefault(key, []).append(fields)
    return caps, lineno


def parseline(line):
    """(MIME type, fields) of one entry: the command after the type is 'view', each later
    'name=value' (or bare 'name', with '' as its value) a field; the first of a name counts.
    (None, None) for a line with fewer than two fields."""
    fields = []
    i, n = 0, len(line)
    while i < n:
        field, i = parsefield(line, i, n)
        fields.append(field)
        i += 1
    if len(fields) < 2:
        return None, None
    result = {'view': fields[1]}
    for field in fields[2:]:
        name, eq, value = field.partition('=')
        if eq:
            name, value = name.strip(), value.strip()
        result.setdefault(name, value)
    return fields[0], result


def parsefield(line, i, n):
    """(the field from i up to the next unescaped ';', stripped; the index of that ';')."""
    start = i
    while i < n and line[i] != ';':
        i += 2 if line[i] == '\\' else 1
    return line[start:i].strip(), i


def findmatch(caps, MIMEtype, key='view', filename='/dev/null', plist=[]):
    """(command line, entry) of the first entry for MIMEtype with a `key` field whose 'test'
    command (if any) exits with 0; (None, None) when there is none."""
    if _find_unsafe(filename):
        warnings.warn('Refusing to use mailcap with filename %r. Use a safe temporary filename.'
                      % (filename,), UnsafeMailcapInput)
        return None, None
    for entry in lookup(caps, MIMEtype, key):
        if 'test' in entry:
            test = subst(entry['test'], filename, plist)
            if test is None:
                continue
            if test and os.system(test) != 0:
                continue
        command = subst(entry[key], MIMEtype, filename, plist)
        if command is not None:
            return command, entry
    return None, None


def lookup(caps, MIMEtype, key=None):
    """The entries of the type and of its 'major/*', those with a `key` field if one is given,
    in the order they were read."""
    entries = caps.get(MIMEtype, []) + caps.get(MIMEtype.split('/')[0] + '/*', [])
    if key is not None:
        entries = [e for e in entries if key in e]
    return sorted(entries, key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    """field with %s (the file name), %t (the type), %{name} (a parameter of plist) and %%
    replaced and backslash escapes resolved; None when a value is unsafe for the shell."""
    out = []
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        i += 1
        if c == '\\':
            out.append(field[i:i + 1])
            i += 1
            continue
        if c != '%':
            out.append(c)
            continue
        c = field[i]
        i += 1
        if c == '%':
            out.append('%')
        elif c == 's':
            out.append(filename)
        elif c == 't':
            if _find_unsafe(MIMEtype):
                warnings.warn('Refusing to substitute MIME type %r into a shell command.'
                              % (MIMEtype,), UnsafeMailcapInput)
                return None
            out.append(MIMEtype)
        elif c == '{':
            end = field.find('}', i)
            end = n if end < 0 else end
            name = field[i:end]
            i = end + 1
            param = findparam(name, plist)
            if _find_unsafe(param):
                warnings.warn('Refusing to substitute parameter %r (%s) into a shell command'
                              % (param, name), UnsafeMailcapInput)
                return None
            out.append(param)
        else:
            out.append('%' + c)
    return ''.join(out)


def findparam(name, plist):
    """The value of the first 'name=value' in plist (name in any case), else ''."""
    prefix = name.lower() + '='
    for p in plist:
        if p[:len(prefix)].lower() == prefix:
            return p[len(prefix):]
    return ''


def test():
    """mailcap [MIMEtype file] ...: run each file's viewer, or list the database."""
    import sys
    caps = getcaps()
    if not sys.argv[1:]:
        show(caps)
        return
    for i in range(1, len(sys.argv), 2):
        args = sys.argv[i:i + 2]
        if len(args) < 2:
            print('usage: mailcap [MIMEtype file] ...')
            return
        command, _ = findmatch(caps, args[0], 'view', args[1])
        if not command:
            print('No viewer found for', type)
        else:
            print('Executing:', command)
            status = os.waitstatus_to_exitcode(os.system(command))
            if status:
                print('Exit status:', status)


def show(caps):
    """Print the mailcap files and the entries of caps (or of getcaps())."""
    print('Mailcap files:')
    for fn in listmailcapfiles():
        print('\t' + fn)
    print()
    if not caps:
        caps = getcaps()
    print('Mailcap entries:')
    print()
    for mimetype in sorted(caps):
        print(mimetype)
        for entry in caps[mimetype]:
            for k in sorted(entry):
                print('  %-15s' % k, entry[k])
            print()


if __name__ == '__main__':
    test()
