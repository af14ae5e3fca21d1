"""Writes the tables of the multibyte (CJK) codecs the interpreter's _pyheap_cjkcodecs module runs,
recorded from CPython 3.11's own codecs (Modules/cjkcodecs): every byte sequence of up to two bytes
(three for the 0x8F planes of the EUC codecs, four through gb18030's ranges) decoded, and every code
point encoded. Run with python3 (CPython 3.11) from the repository root:

    python3 interpreter/src/test/python/gen_cjkcodecs.py

The file, interpreter/.../builtins/cjkcodecs.txt, has for each codec:
  C name          the codec (its encodings module) and codecs.lookup's name for it
  N prefix cell*  a node of the decoding trie: the bytes that lead to it ('.' for none) and 256
                  cells, one per next byte: hexadecimal code points joined by '+' (the sequence
                  decodes), '!n' (illegal: the error covers n bytes from the sequence's start) or
                  '>' (incomplete: a node for the longer prefix follows, or for gb18030's
                  four-byte sequences the R lines). 'cell*k' stands for k cells: code points
                  counting up from the cell's, or the same error.
  R index cp k    gb18030's four-byte sequences: k of them from the linear index
                  ((b1-0x81)*10+(b2-0x30))*1260+(b3-0x81)*10+(b4-0x30) decode to k code points
                  from cp; every other four-byte sequence is illegal (one byte)
  X cp bytes|-    where encoding differs from the inverse of decoding (the first sequence in byte
                  order, the trie before the R ranges, that decodes to the code point alone)
  P cp1 cp2 bytes two code points that encode together (the encoder waits for the second)
The decoding and encoding of every sequence and code point is checked against CPython again after
the file is written (decoding through the same trie, encoding through the same inverse).
"""

import bisect
import codecs
import os
import sys

CODECS = ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp', 'euc_kr',
          'gb18030', 'gb2312', 'gbk', 'johab', 'shift_jis', 'shift_jis_2004', 'shift_jisx0213']
OUT = os.path.join('interpreter', 'src', 'main', 'resources', 'dev', 'pyheap', 'interpreter', 'builtins',
                   'cjkcodecs.txt')


def probe(codec, seq):
    """What an incremental decoder makes of seq: ('ok', text), ('err', end) or ('more', None)."""
    dec = codecs.getincrementaldecoder(codec)()
    try:
        text = dec.decode(seq, False)
    except UnicodeDecodeError as e:
        assert e.start == 0, (codec, seq, e.start)
        return 'err', e.end
    if text:
        assert dec.getstate()[0] == b'', (codec, seq)
        return 'ok', text
    assert dec.getstate()[0] == seq, (codec, seq)
    return 'more', None


def four_index(seq):
    b1, b2, b3, b4 = seq
    return (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30)


def trie(codec):
    """The nodes (prefix, cells) in depth-first byte order and gb18030's four-byte prefixes."""
    nodes = []
    fours = []

    def walk(prefix):
        cells = []
        nodes.append((prefix, cells))
        for b in range(256):
            seq = prefix + bytes([b])
            kind, value = probe(codec, seq)
            if kind == 'ok':
                cells.append([ord(c) for c in value])
            elif kind == 'err':
                cells.append(-value)
            elif codec == 'euc_kr' and seq == b'\xa4\xd4':
                cells.append('K')
            elif codec == 'gb18030' and len(seq) == 2:
                cells.append(None)
                fours.append(seq)
            else:
                assert len(seq) < 3, (codec, seq)
                cells.append(None)
                walk(seq)
    walk(b'')
    return nodes, fours


def gb18030_ranges(fours):
    """(index, cp, count) runs of the four-byte sequences. The decoder waits for four bytes once the
    second is a digit, whatever the first; the others are checked to be illegal (one byte) for
    every third byte and the fourth bytes around the digits."""
    ranges = []
    fourth = [0x00, 0x2f, 0x3a, 0x41, 0x80, 0x81, 0xfe, 0xff] + list(range(0x30, 0x3a))
    for prefix in fours:
        for b3 in range(256):
            seq3 = prefix + bytes([b3])
            assert probe('gb18030', seq3)[0] == 'more', seq3
            for b4 in (range(256) if 0x81 <= prefix[0] <= 0xfe and 0x81 <= b3 <= 0xfe else fourth):
                seq = seq3 + bytes([b4])
                kind, value = probe('gb18030', seq)
                if kind == 'err':
                    assert value == 1, seq
                    continue
                assert kind == 'ok' and len(value) == 1 and 0x30 <= b4 <= 0x39 and 0x81 <= b3 <= 0xfe, seq
                index, cp = four_index(seq), ord(value)
                if ranges and ranges[-1][0] + ranges[-1][2] == index and ranges[-1][1] + ranges[-1][2] == cp:
                    ranges[-1][2] += 1
                else:
                    ranges.append([index, cp, 1])
    return ranges


def makeup_jamo():
    """euc_kr's KS X 1001:1998 Annex 3 make-up sequences, a4 d4 a4 L a4 V a4 T (eight bytes, all
    needed before anything is decided): the jamo bytes L, V, T with their indexes in the syllable
    U+AC00 + (L*21 + V)*28 + T; any other eight bytes are illegal (one byte)."""
    def decode(l, v, t):
        kind, value = probe('euc_kr', bytes([0xa4, 0xd4, 0xa4, l, 0xa4, v, 0xa4, t]))
        if kind == 'err':
            assert value == 1
            return None
        assert kind == 'ok' and len(value) == 1
        return ord(value) - 0xac00
    cho = {l: decode(l, 0xbf, 0xd4) // 588 for l in range(256) if decode(l, 0xbf, 0xd4) is not None}
    jung = {v: decode(0xa1, v, 0xd4) // 28 for v in range(256) if decode(0xa1, v, 0xd4) is not None}
    jong = {t: decode(0xa1, 0xbf, t) for t in range(256) if decode(0xa1, 0xbf, t) is not None}
    for l, i in cho.items():
        for v, j in jung.items():
            for t, k in jong.items():
                assert decode(l, v, t) == (i * 21 + j) * 28 + k
    for n in range(2, 8):
        assert probe('euc_kr', bytes([0xa4, 0xd4, 0xa4, 0xa1, 0xa4, 0xbf, 0xa4, 0xd4][:n]))[0] == 'more'
    for at in (2, 4, 6):
        seq = bytearray([0xa4, 0xd4, 0xa4, 0xa1, 0xa4, 0xbf, 0xa4, 0xd4])
        seq[at] = 0xa5
        assert probe('euc_kr', bytes(seq)) == ('err', 1)
    return ['K %s %s' % (name, ' '.join('%x:%d' % item for item in sorted(table.items())))
            for name, table in (('L', cho), ('V', jung), ('T', jong))]


def cell_text(cell):
    if cell == 'K':
        return 'K'
    if cell is None:
        return '>'
    if isinstance(cell, int):
        return '!%d' % -cell
    return '+'.join('%x' % c for c in cell)


def node_line(prefix, cells):
    out = []
    i = 0
    while i < 256:
        cell = cells[i]
        k = 1
        if isinstance(cell, int):
            while i + k < 256 and cells[i + k] == cell:
                k += 1
        elif isinstance(cell, list) and len(cell) == 1:
            while i + k < 256 and isinstance(cells[i + k], list) and cells[i + k] == [cell[0] + k]:
                k += 1
        out.append(cell_text(cell) + ('*%d' % k if k > 1 else ''))
        i += k
    return 'N %s %s' % (prefix.hex() or '.', ' '.join(out))


def four_bytes(index):
    b4 = index % 10
    index //= 10
    b3 = index % 126
    index //= 126
    return bytes([index // 10 + 0x81, index % 10 + 0x30, b3 + 0x81, b4 + 0x30])


def inverse(nodes, ranges):
    inv = {}
    for prefix, cells in nodes:
        for b, cell in enumerate(cells):
            if isinstance(cell, list) and len(cell) == 1:
                inv.setdefault(cell[0], prefix + bytes([b]))
    return inv


def range_encode(by_cp, cp):
    """The four-byte sequence of cp through the ranges sorted by first code point, or None."""
    k = bisect.bisect_right(by_cp, (cp, float('inf'))) - 1
    if k >= 0:
        first, index, count = by_cp[k]
        if cp < first + count:
            return four_bytes(index + cp - first)
    return None


def encoded(codec, text):
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11')
    lines = ['# multibyte codecs of CPython 3.11, written by interpreter/src/test/python/gen_cjkcodecs.py']
    for codec in CODECS:
        nodes, fours = trie(codec)
        ranges = gb18030_ranges(fours) if fours else []
        # the trie's nodes in depth-first order: a node's line comes before those of its children
        # (the reader fills cells marked '>' in order)
        lines.append('C %s %s' % (codec, codecs.lookup(codec).name))
        for prefix, cells in nodes:
            lines.append(node_line(prefix, cells))
        for index, cp, count in ranges:
            lines.append('R %x %x %d' % (index, cp, count))
        if codec == 'euc_kr':
            lines.extend(makeup_jamo())
        inv = inverse(nodes, ranges)
        by_cp = sorted((cp, index, count) for index, cp, count in ranges)
        overrides = 0
        for cp in range(0x110000):
            want = encoded(codec, chr(cp))
            have = inv.get(cp)
            if have is None and ranges:
                have = range_encode(by_cp, cp)
            if want != have:
                lines.append('X %x %s' % (cp, want.hex() if want is not None else '-'))
                overrides += 1
        pairs = 0
        for prefix, cells in nodes:
            for b, cell in enumerate(cells):
                if isinstance(cell, list) and len(cell) == 2:
                    text = ''.join(map(chr, cell))
                    seq = encoded(codec, text)
                    if seq == prefix + bytes([b]):
                        lines.append('P %x %x %s' % (cell[0], cell[1], seq.hex()))
                        pairs += 1
        print(codec, len(nodes), 'nodes', len(ranges), 'ranges', overrides, 'overrides', pairs, 'pairs')
    with open(OUT, 'w', encoding='ascii') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
