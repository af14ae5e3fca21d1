"""Writes the single-byte (charmap) codecs' tables the runtime's Codecs read, from CPython 3.11's
own codecs (Lib/encodings/*.py): each codec's decoding of the bytes 0x80..0xFF (every codec here
decodes 0x00..0x7F as ASCII, which this script checks), its name as codecs.lookup gives it, and
the names that reach it (the module's own name and the aliases of encodings.aliases). Run with
python3 (CPython 3.11) from the repository root:

    python3 interpreter/src/test/python/gen_charmaps.py

Two files, written together so they agree:
  runtime/.../objects/charmaps.txt    for each codec a line 'C name alias ...' (names normalised as
                                      encodings.normalize_encoding does: lower case, '_' between
                                      words), then a line 'M' of 128 hexadecimal code points for
                                      the bytes 0x80..0xFF, '-' where the byte decodes to nothing
  interpreter/.../lib/_charmaps.py    the same names for codecs.lookup, alias to codec name
"""

import codecs
import encodings
import encodings.aliases
import os
import sys

CODECS = ['cp437', 'cp850', 'cp852', 'cp866', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255',
          'cp1256', 'cp1257', 'cp1258', 'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5', 'iso8859_6',
          'iso8859_7', 'iso8859_8', 'iso8859_9', 'iso8859_10', 'iso8859_11', 'iso8859_13', 'iso8859_14',
          'iso8859_15', 'iso8859_16', 'mac_roman', 'mac_latin2', 'mac_cyrillic', 'mac_greek', 'koi8_r', 'koi8_u']
JAVA = os.path.join('runtime', 'src', 'main', 'resources', 'dev', 'pyheap', 'runtime', 'objects', 'charmaps.txt')
PYTHON = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'lib', '_charmaps.py')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11')
    java = ['# single-byte codecs of CPython 3.11, written by interpreter/src/test/python/gen_charmaps.py']
    names = {}
    for module in CODECS:
        info = codecs.lookup(module)
        for b in range(128):
            assert bytes([b]).decode(module) == chr(b), (module, b)
        aliases = [module] + sorted(a for a, m in encodings.aliases.aliases.items() if m == module)
        for a in aliases:
            assert encodings.normalize_encoding(a) == a and codecs.lookup(a).name == info.name, a
            names[a] = info.name
        table = []
        for b in range(128, 256):
            try:
                table.append('%x' % ord(bytes([b]).decode(module)))
            except UnicodeDecodeError:
                table.append('-')
        java.append('C ' + info.name + ' ' + ' '.join(aliases))
        java.append('M ' + ' '.join(table))
    with open(JAVA, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(java) + '\n')
    python = ['"""The single-byte codecs\' names for codecs.lookup: alias (normalised) to the codec\'s name.',
              'Written by interpreter/src/test/python/gen_charmaps.py with the runtime\'s charmaps.txt."""',
              '', 'NAMES = {']
    python += ['    %r: %r,' % (a, n) for a, n in sorted(names.items())]
    python.append('}')
    with open(PYTHON, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(python) + '\n')
    print(JAVA, PYTHON, len(CODECS), 'codecs', len(names), 'names')


if __name__ == '__main__':
    main()
