"""Encoding aliases: the normalized names (see encodings.normalize_encoding) that name a codec
module of the package other than by its own name. The table is the codec registry's own list of
spellings, so the package and codecs.lookup agree on every name, and the aliases of the codecs
written in Python (utf_7)."""

import codecs
import _charmaps


def _table():
    table = {}
    names = dict(codecs._ALIASES)
    names.update(_charmaps.NAMES)
    names.update(codecs._BINARY_ALIASES)
    for alias, name in names.items():
        module = codecs._module_name(name)
        alias = alias.replace('-', '_')
        if alias != module:
            table.setdefault(alias, module)
    # the codecs written in Python, which only this package finds
    table.update(u7='utf_7', utf7='utf_7', unicode_1_1_utf_7='utf_7')
    return table


aliases = _table()
del _table
