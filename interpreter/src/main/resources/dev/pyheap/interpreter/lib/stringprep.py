"""RFC 3454 ("stringprep"): the tables of its appendices as functions of one character.

The tables are bound to Unicode 3.2, which `unicodedata` here stands for, as in CPython: the
module's ucd_3_2_0 (its categories, bidirectional classes and normalization). Table
B.3 (case folding) is str.lower but for the RFC's exceptions."""

from unicodedata import ucd_3_2_0 as unicodedata
import _ucd_3_2_0 as _data

__all__ = []


def in_table_a1(code):
    """A.1: unassigned in Unicode 3.2 (the noncharacters are in C.4 instead)."""
    if unicodedata.category(code) != 'Cn':
        return False
    p = ord(code)
    return not 0xFDD0 <= p < 0xFDF0 and p & 0xFFFF < 0xFFFE


# B.1: commonly mapped to nothing
_B1 = frozenset([0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060,
                 0xFEFF] + list(range(0xFE00, 0xFE10)))


def in_table_b1(code):
    return ord(code) in _B1


def map_table_b3(code):
    """B.3: case folding without normalization."""
    folded = _data.B3_EXCEPTIONS.get(ord(code))
    return code.lower() if folded is None else folded


def map_table_b2(a):
    """B.2: case folding for use with NFKC: B.3's, then, where NFKC and folding again change the
    result, the folding of the normalized text."""
    folded = map_table_b3(a)
    normalized = unicodedata.normalize('NFKC', folded)
    again = unicodedata.normalize('NFKC', ''.join(map_table_b3(c) for c in normalized))
    return again if again != normalized else folded


def in_table_c11(code):
    """C.1.1: ASCII space."""
    return code == ' '


def in_table_c12(code):
    """C.1.2: non-ASCII space characters."""
    return code != ' ' and unicodedata.category(code) == 'Zs'


def in_table_c11_c12(code):
    return unicodedata.category(code) == 'Zs'


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) < 0x80 and unicodedata.category(code) == 'Cc'


# C.2.2's characters besides the C1 controls
_C22 = frozenset([0x6DD, 0x70F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029, 0xFEFF]
                 + list(range(0x2060, 0x2064)) + list(range(0x206A, 0x2070))
                 + list(range(0xFFF9, 0xFFFD)) + list(range(0x1D173, 0x1D17B)))


def in_table_c22(code):
    """C.2.2: non-ASCII control characters."""
    p = ord(code)
    if p < 0x80:
        return False
    return unicodedata.category(code) == 'Cc' or p in _C22


def in_table_c21_c22(code):
    return unicodedata.category(code) == 'Cc' or ord(code) in _C22


def in_table_c3(code):
    """C.3: private use."""
    return unicodedata.category(code) == 'Co'


def in_table_c4(code):
    """C.4: non-character code points."""
    p = ord(code)
    return 0xFDD0 <= p < 0xFDF0 or p & 0xFFFF >= 0xFFFE


def in_table_c5(code):
    """C.5: surrogate codes."""
    return unicodedata.category(code) == 'Cs'


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return 0xFFF9 <= ord(code) <= 0xFFFD


def in_table_c7(code):
    """C.7: inappropriate for canonical representation (ideographic description characters)."""
    return 0x2FF0 <= ord(code) <= 0x2FFB


_C8 = frozenset([0x340, 0x341, 0x200E, 0x200F] + list(range(0x202A, 0x202F))
                + list(range(0x206A, 0x2070)))


def in_table_c8(code):
    """C.8: change display properties or are deprecated."""
    return ord(code) in _C8


def in_table_c9(code):
    """C.9: tagging characters."""
    p = ord(code)
    return p == 0xE0001 or 0xE0020 <= p <= 0xE007F


def in_table_d1(code):
    """D.1: characters with bidirectional property R or AL."""
    return unicodedata.bidirectional(code) in ('R', 'AL')


def in_table_d2(code):
    """D.2: characters with bidirectional property L."""
    return unicodedata.bidirectional(code) == 'L'
