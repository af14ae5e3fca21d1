"""Writes the single-byte (charmap) codecs' tables the runtime's Codecs read, from CPython 3.11's
own codecs (Lib/encodings/*.py, every one made with charmap_build but iso8859_1, which is latin-1):
each codec's decoding of the bytes (0x80..0xFF when 0x00..0x7F decode as ASCII, else all 256),
its name as codecs.lookup gives it, and the names that reach it (the module's own name and the
aliases of encodings.aliases). The lib's encodings/NAME.py module of a codec is written when missing. Run with
python3 (CPython 3.11) from the repository root:

    python3 interpreter/src/test/python/gen_charmaps.py

Two files, written together so they agree:
  runtime/.../objects/charmaps.txt    for each codec a line 'C name alias ...' (names normalised as
                                      encodings.normalize_encoding does: lower case, '_' between
                                      words), then a line 'M' of hexadecimal code points, '-' where
                                      the byte decodes to nothing: 128 for the bytes 0x80..0xFF of
                                      a codec that decodes 0x00..0x7F as ASCII, else 256 (EBCDIC)
  interpreter/.../lib/_charmaps.py    the same names for codecs.lookup, alias to codec name
"""

import codecs
import encodings
import encodings.aliases
import os
import sys

CODECS = ['cp037', 'cp1006', 'cp1026', 'cp1125', 'cp1140', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254',
          'cp1255', 'cp1256', 'cp1257', 'cp1258', 'cp273', 'cp424', 'cp437', 'cp500', 'cp720', 'cp737', 'cp775',
          'cp850', 'cp852', 'cp855', 'cp856', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862', 'cp863', 'cp864',
          'cp865', 'cp866', 'cp869', 'cp874', 'cp875', 'hp_roman8', 'iso8859_10', 'iso8859_11', 'iso8859_13',
          'iso8859_14', 'iso8859_15', 'iso8859_16', 'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5',
          'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_9', 'koi8_r', 'koi8_t', 'koi8_u', 'kz1048',
          'mac_arabic', 'mac_croatian', 'mac_cyrillic', 'mac_farsi', 'mac_greek', 'mac_iceland', 'mac_latin2',
          'mac_roman', 'mac_romanian', 'mac_turkish', 'palmos', 'ptcp154', 'tis_620']
JAVA = os.path.join('runtime', 'src', 'main', 'resources', 'dev', 'pyheap', 'runtime', 'objects', 'charmaps.txt')
ENCODINGS = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'lib', 'encodings')
PYTHON = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'lib', '_charmaps.py')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11')
    java = ['# single-byte codecs of CPython 3.11, written by interpreter/src/test/python/gen_charmaps.py']
    names = {}
    for module in CODECS:
        info = codecs.lookup(module)
        ascii_low = all(bytes([b]).decode(module) == chr(b) for b in range(128))
        # an alias CPython itself cannot look up (hp_roman8's 'csHPRoman8': not normalised) is left out
        aliases = [module] + sorted(a for a, m in encodings.aliases.aliases.items()
                                    if m == module and encodings.normalize_encoding(a) == a.lower() == a)
        for a in aliases:
            assert codecs.lookup(a).name == info.name, a
            names[a] = info.name
        table = []
        last_byte = {chr(b): b for b in range(128)} if ascii_low else {}
        for b in range(128 if ascii_low else 0, 256):
            try:
                c = bytes([b]).decode(module)
            except UnicodeDecodeError:
                table.append('-')
                continue
            table.append('%x' % ord(c))
            last_byte[c] = b
        # the runtime encodes a character to the last byte that decodes to it, as CPython's
        # encoding maps do (mac_arabic's upper half repeats ASCII's punctuation)
        for c, b in last_byte.items():
            assert c.encode(module) == bytes([b]), (module, c)
        java.append('C ' + info.name + ' ' + ' '.join(aliases))
        java.append('M ' + ' '.join(table))
        module_file = os.path.join(ENCODINGS, module + '.py')
        if not os.path.exists(module_file):
            with open(module_file, 'w', encoding='ascii', newline='\n') as f:
                f.write('"""Python codec %r: the codec registry\'s, as a module of the encodings package."""\n\n'
                        'from encodings import _define\n\n_define(globals(), %r)\n' % (module, module))
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
