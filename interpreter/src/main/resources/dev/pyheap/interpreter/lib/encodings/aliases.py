"""Encoding aliases: the normalized names (see encodings.normalize_encoding) that name a codec
module of the package other than by its own name. The table is the codec registry's own list of
spellings, so the package and codecs.lookup agree on every name, and the aliases of the codecs
written in Python (utf_7 and the multibyte codecs)."""

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
    # the multibyte codecs (_multibytecodec), CPython's aliases of them
    table.update({
        '932': 'cp932', '936': 'gbk', '949': 'cp949', '950': 'cp950', 'big5_hkscs': 'big5hkscs',
        'big5_tw': 'big5', 'chinese': 'gb2312', 'cp1361': 'johab', 'cp936': 'gbk', 'csbig5': 'big5',
        'csiso58gb231280': 'gb2312', 'csshiftjis': 'shift_jis', 'euc_cn': 'gb2312', 'euc_jis2004':
        'euc_jis_2004', 'euccn': 'gb2312', 'eucgb2312_cn': 'gb2312', 'eucjis2004': 'euc_jis_2004',
        'eucjisx0213': 'euc_jisx0213', 'eucjp': 'euc_jp', 'euckr': 'euc_kr', 'gb18030_2000':
        'gb18030', 'gb2312_1980': 'gb2312', 'gb2312_80': 'gb2312', 'hkscs': 'big5hkscs',
        'iso_ir_58': 'gb2312', 'jisx0213': 'euc_jis_2004', 'korean': 'euc_kr', 'ks_c_5601':
        'euc_kr', 'ks_c_5601_1987': 'euc_kr', 'ks_x_1001': 'euc_kr', 'ksc5601': 'euc_kr', 'ksx1001':
        'euc_kr', 'ms1361': 'johab', 'ms932': 'cp932', 'ms936': 'gbk', 'ms949': 'cp949', 'ms950':
        'cp950', 'ms_kanji': 'cp932', 'mskanji': 'cp932', 's_jis': 'shift_jis', 's_jis_2004':
        'shift_jis_2004', 's_jisx0213': 'shift_jisx0213', 'shiftjis': 'shift_jis', 'shiftjis2004':
        'shift_jis_2004', 'shiftjisx0213': 'shift_jisx0213', 'sjis': 'shift_jis', 'sjis_2004':
        'shift_jis_2004', 'sjisx0213': 'shift_jisx0213', 'u_jis': 'euc_jp', 'uhc': 'cp949', 'ujis':
        'euc_jp', 'x_mac_japanese': 'shift_jis', 'x_mac_korean': 'euc_kr', 'x_mac_simp_chinese':
        'gb2312', 'x_mac_trad_chinese': 'big5'})
    # the stateful multibyte codecs (HZ, ISO-2022), CPython's aliases of them
    table.update({
        'csiso2022jp': 'iso2022_jp', 'csiso2022kr': 'iso2022_kr', 'hz_gb': 'hz', 'hz_gb_2312': 'hz',
        'hzgb': 'hz', 'iso2022jp': 'iso2022_jp', 'iso2022jp_1': 'iso2022_jp_1', 'iso2022jp_2':
        'iso2022_jp_2', 'iso2022jp_ext': 'iso2022_jp_ext', 'iso2022kr': 'iso2022_kr', 'iso_2022_jp':
        'iso2022_jp', 'iso_2022_jp_1': 'iso2022_jp_1', 'iso_2022_jp_2': 'iso2022_jp_2',
        'iso_2022_jp_ext': 'iso2022_jp_ext', 'iso_2022_kr': 'iso2022_kr', 'iso2022jp_2004': 'iso2022_jp_2004',
        'iso_2022_jp_2004': 'iso2022_jp_2004', 'iso2022jp_3': 'iso2022_jp_3', 'iso_2022_jp_3': 'iso2022_jp_3'})
    return table


aliases = _table()
del _table
