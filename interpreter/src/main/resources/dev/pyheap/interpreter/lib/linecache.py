"""Lines of source files, read once and cached: getline(filename, lineno) is the line with its
newline, or '' when there is none. warnings uses it to show the line a warning points at.

Files are read with builtins.open; their encoding comes from a UTF-8 byte order mark or a coding
declaration in the first two lines (else UTF-8), and their line ends are read as Python's text
files read them ('\\n', '\\r\\n' and '\\r'). A relative name not found from the working directory
is looked for in the folders of sys.path. Unlike CPython, entries are not checked against the
file's size and modification time (checkcache only drops entries of files that are gone).
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); size and mtime are None here
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of the file, with its newline; '' if there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of the file (each ending with a newline), [] if it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cached entries whose files can no longer be read."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        if _read(entry[3]) is None:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    """Notes that the lines of filename, a file that cannot be read, can come from the loader of the
    module whose globals are module_globals (its get_source): True when they can."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True


def updatecache(filename, module_globals=None):
    """Reads the file again and caches its lines; [] if it cannot be read."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    data = _read(fullname)
    if data is None and filename.startswith('<pyheap>/lib/'):
        # a file of the interpreter's library, which is in its jar
        import _imp
        found = _imp._library_source(filename[len('<pyheap>/lib/'):])
        data = None if found is None else found[1]
    if data is None and lazycache(filename, module_globals):
        try:
            text = cache[filename][0]()
        except (ImportError, OSError):
            text = None
        else:
            if text is None:
                return []
            lines = [line + '\n' for line in text.splitlines()]
            cache[filename] = None, None, lines, fullname
            return lines
    if data is None and not filename.startswith('/'):
        for folder in sys.path:
            if not isinstance(folder, str) or not folder:
                continue
            fullname = folder.rstrip('/') + '/' + filename
            data = _read(fullname)
            if data is not None:
                break
    if data is None:
        return []
    try:
        lines = _split(_decode(data))
    except (UnicodeDecodeError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = None, None, lines, fullname
    return lines


def _read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except (OSError, ValueError, TypeError):
        return None


def _declared_encoding(line):
    """The encoding named by a coding declaration comment (PEP 263) in line, or None."""
    text = line.strip()
    if not text.startswith('#'):
        return None
    at = text.find('coding')
    if at < 0 or at + 6 >= len(text) or text[at + 6] not in ':=':
        return None
    rest = text[at + 7:].lstrip()
    name = []
    for ch in rest:
        if ch.isalnum() or ch in '-_.':
            name.append(ch)
        else:
            break
    return ''.join(name) or None


def _decode(data):
    # the byte order mark and the declaration are looked for in the bytes read as latin-1 (one
    # character per byte), then the whole file is decoded with the encoding they name
    head = data.decode('latin-1')
    if head.startswith('\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    for line in head.split('\n', 2)[:2]:
        found = _declared_encoding(line)
        if found is not None:
            encoding = found
            break
        if line.strip() and not line.strip().startswith('#'):
            break
    return data.decode(encoding)


def _split(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    result = [line + '\n' for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result
