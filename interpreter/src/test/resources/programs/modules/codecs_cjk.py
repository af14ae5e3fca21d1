# The multibyte (CJK) codecs through str.encode/bytes.decode, codecs.lookup and the encodings
# modules: Japanese, Chinese and Korean text in each codec and its aliases; the errors of each
# handler with CPython's ranges and reasons ("illegal multibyte sequence", "incomplete multibyte
# sequence"); gb18030's four-byte forms, euc_kr's make-up sequences, the pairs of euc_jis_2004 and
# big5hkscs (an incremental encoder holding back the first of a pair); incremental decoders fed a
# byte at a time, their getstate/setstate; the stream reader and writer; _codecs_jp.getcodec.
import codecs
import io

SAMPLES = {
    'shift_jis': '日本語のテキスト、カタカナ ｶﾀｶﾅ ①', 'cp932': '日本語 ① ㈱ ～ ￢', 'euc_jp': '漢字かな交じり文',
    'shift_jis_2004': 'か゚ 𠀋', 'shift_jisx0213': 'か゚', 'euc_jis_2004': 'か゚き゚ 𠀋', 'euc_jisx0213': 'か゚',
    'gb2312': '简体中文', 'gbk': '简体中文 瀛', 'gb18030': '中文 € 😀 \x80 \uffff 𠀀',
    'big5': '繁體中文', 'cp950': '繁體中文 €', 'big5hkscs': '香港 Ê̄ Ê 𠄌',
    'euc_kr': '한국어 텍스트 갂', 'cp949': '한국어 갂', 'johab': '한국어 갂',
}


def show(call):
    try:
        return repr(call())
    except Exception as e:
        return '%s: %s %r' % (type(e).__name__, e, getattr(e, 'args', ()))


for codec, text in SAMPLES.items():
    data = text.encode(codec, 'backslashreplace')
    print(codec, codecs.lookup(codec).name, data.hex(), show(lambda: data.decode(codec)))
    print('  strict', show(lambda: text.encode(codec)))

for alias in ['sjis', 'S-JIS', 'ms932', 'eucjp', 'ujis', 'GB2312', 'cp936', 'euc-cn', 'big5-tw', 'hkscs',
              'ks_c_5601', 'UHC', 'cp1361', 'x-mac-japanese', 'Shift_JIS_2004']:
    print(alias, codecs.lookup(alias).name)

text = 'a€\udc80bあ\U0001f600'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
               'surrogateescape', 'surrogatepass', 'nosuch']:
    for codec in ['shift_jis', 'gbk', 'gb18030', 'euc_kr', 'big5']:
        print(errors, codec, show(lambda: text.encode(codec, errors)))
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
               'xmlcharrefreplace']:
    for codec, data in [('shift_jis', b'a\x82\x20\xff\x81\x40\x82'), ('euc_jp', b'\x8f\xa1\x20\xa4'),
                        ('gb18030', b'\x84\x31\xa5\x30\x81\x30\x81'), ('euc_kr', b'\xa4\xd4\xa4\xa1\xa4\xd4\xa4\xd4\xa4\xd4'),
                        ('big5', b'\xa4\x40\xa4'), ('cp949', b'\xc9\x41\xff')]:
        print(errors, codec, show(lambda: data.decode(codec, errors)))

for codec in ['euc_jis_2004', 'big5hkscs', 'shift_jis']:
    info = codecs.lookup(codec)
    enc = info.incrementalencoder()
    out = [show(lambda: (enc.encode(c), enc.getstate())) for c in 'かか\u309aÊ\u0304Ê']
    print(codec, out, show(lambda: enc.encode('', True)))
    state = codecs.getincrementalencoder(codec)()
    state.setstate(0x8b81e303)
    print('  setstate', show(lambda: state.encode('\u309a', True)))
    dec = info.incrementaldecoder('replace')
    data = 'かき\u304b\u309aÊ\u0304'.encode(codec, 'replace') + b'\x82'
    print('  bytewise', [dec.decode(data[k:k + 1]) for k in range(len(data))], dec.getstate(),
          show(lambda: dec.decode(b'', True)))
    dec.setstate((b'\x82', 0))
    print('  setstate', show(lambda: dec.decode(b'\xa0')))

for codec in ['gb18030', 'shift_jis']:
    info = codecs.lookup(codec)
    raw = '第一行\n第二行 😀\n'.encode(codec, 'replace')
    reader = info.streamreader(io.BytesIO(raw))
    print(codec, 'reader', show(lambda: reader.read(1)), show(reader.readline), show(reader.read))
    reader = info.streamreader(io.BytesIO(raw + raw[:1]))
    print(codec, 'lines', show(reader.readlines))
    sink = io.BytesIO()
    writer = info.streamwriter(sink)
    writer.write('書き込み')
    writer.writelines(['一', '二'])
    writer.reset()
    print(codec, 'writer', sink.getvalue())
    print(codec, [c.__name__ for c in (info.incrementalencoder, info.incrementaldecoder, info.streamreader,
                                       info.streamwriter)], info.incrementalencoder.__module__)

import _codecs_jp
import _codecs_kr
c = _codecs_jp.getcodec('cp932')
print(type(c).__name__, c.encode('～'), c.decode(b'\x81\x60'), show(lambda: _codecs_kr.getcodec('shift_jis')))
print(show(lambda: c.encode('x', 5)), show(lambda: c.decode(b'\x82', None)))
print(codecs.encode('テスト', 'euc_jp'), codecs.decode(b'\xa5\xc6\xa5\xb9\xa5\xc8', 'euc-jp'))
print(str(b'\xb0\xa1', 'euc_kr'), bytes('가', 'cp949'), bytearray('中', 'gbk'))
