"""Standard "encodings" package: the codec modules, one per codec, found by name.

search_function (registered with codecs) turns an encoding name into a module name through
normalize_encoding and the aliases table, imports encodings.NAME and asks its getregentry() for
the CodecInfo. The codec modules of this runtime hand out the codec registry's own CodecInfo
objects (codecs.lookup's), so a module's codec and the registry's are the same object."""

import codecs
import sys
from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: each run of characters other than ASCII letters, digits and
    '.' becomes one '_' (none at the ends); non-ASCII letters and digits are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    """The CodecInfo of the codec module the encoding names, or None."""
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm_encoding = normalize_encoding(encoding)
    aliased = _aliases.get(norm_encoding) or _aliases.get(norm_encoding.replace('.', '_'))
    modnames = [aliased, norm_encoding] if aliased is not None else [norm_encoding]
    module = None
    for modname in modnames:
        if not modname or '.' in modname:
            continue
        try:
            module = __import__('encodings.' + modname, fromlist=_import_tail, level=0)
        except ImportError:
            continue
        break
    getregentry = getattr(module, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (module.__name__, module.__file__))
        if not callable(entry[0]) or not callable(entry[1]) or \
                (entry[2] is not None and not callable(entry[2])) or \
                (entry[3] is not None and not callable(entry[3])) or \
                (len(entry) > 4 and entry[4] is not None and not callable(entry[4])) or \
                (len(entry) > 5 and entry[5] is not None and not callable(entry[5])):
            raise CodecRegistryError('incompatible codecs in module "%s" (%s)'
                                     % (module.__name__, module.__file__))
        if len(entry) < 7 or entry[6] is None:
            entry += (None,) * (6 - len(entry)) + (module.__name__.split('.', 1)[1],)
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    getaliases = getattr(module, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            if alias not in _aliases:
                _aliases[alias] = modname
    return entry


codecs.register(search_function)


def _define(namespace, name):
    """Fills a codec module's namespace from the registry's codec `name`: Codec,
    IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter and getregentry (the
    registry's CodecInfo), and for the UTF codecs the functions encode and decode, as CPython's modules have them."""
    info = codecs.lookup(name)

    def getregentry():
        return info

    namespace.update(Codec=codecs._codec_classes[info.name], getregentry=getregentry,
                     StreamReader=info.streamreader, StreamWriter=info.streamwriter)
    if name.startswith('utf-'):
        namespace.update(encode=info.encode, decode=info.decode)
    if info.incrementalencoder is not None:
        namespace.update(IncrementalEncoder=info.incrementalencoder,
                         IncrementalDecoder=info.incrementaldecoder)
