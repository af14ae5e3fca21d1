# The stateful CJK codecs: HZ and the ISO-2022 family (iso2022_kr, _jp, _jp_1, _jp_2, _jp_2004,
# _jp_3, _jp_ext), JIS X 0213's pairs (a kana and U+309A in one code) held back between inputs.
# Designations and shifts as the encoder writes them, the decoder following escape sequences
# (foreign ones copied through, unknown sets an error over the sequence, ESC & @ ESC $ B, the
# single shift ESC N into G2), errors with their ranges and reasons under the standard handlers,
# incremental coders with their state (getstate/setstate) and stream coders' reset.
import codecs
import io

NAMES = ['hz', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
         'iso2022_kr']
TEXTS = ['plain ascii', '中文 and 汉字', '~tilde~', 'テスト ｶﾀｶﾅ', '¥100 ‾', '한국어 텍스트',
         'mixed 中 テ 한 é Ω', 'line\none中\ntwo한\n', 'pairs か\u309aか ㇷ\u309a \u02e9\u02e5 鷗 𠀋']


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for name in NAMES:
    info = codecs.lookup(name)
    print(name, info.name, info.incrementalencoder.__module__, info.streamwriter.__qualname__)
    for text in TEXTS:
        print('  ', repr(text), attempt(lambda: text.encode(name)),
              attempt(lambda: text.encode(name, 'replace').decode(name)))

print('aliases', [codecs.lookup(a).name for a in ('hzgb', 'hz-gb-2312', 'csISO2022JP', 'ISO-2022-JP-2',
                                                   'iso2022jp_ext', 'ISO_2022_KR')])

# decoding: designations, shifts, controls and errors
CASES = [
    ('hz', b'ab~{VPND~}cd'), ('hz', b'~~ ~\nnext'), ('hz', b'~{VP~~'), ('hz', b'~x'), ('hz', b'~{V'),
    ('hz', b'~{VP\x80'), ('hz', b'~}'), ('hz', b'~{~{'), ('hz', b'~{!!~}'), ('hz', b'~{\x7f\x7f~}'),
    ('iso2022_jp', b'\x1b$BF|K\\\x1b(Bok'), ('iso2022_jp', b'\x1b$@F|\x1b(J\\~\x1b(B\\~'),
    ('iso2022_jp', b'\x1b&@\x1b$BF|\x1b(B'), ('iso2022_jp', b'\x1b$(DF|'), ('iso2022_jp', b'\x1b$B\x7f\x7f'),
    ('iso2022_jp', b'\x1b$BF'), ('iso2022_jp', b'\x1b$'), ('iso2022_jp', b'a\x1b[31mred\x1b[0m'),
    ('iso2022_jp', b'\x1b$B\x0eF|\x0f'), ('iso2022_jp', b'\xa4\xa2'), ('iso2022_jp', b'\x1b$B!@\x1b(B'),
    ('iso2022_jp', b'\x1b' + b'(' * 20), ('iso2022_jp_1', b'\x1b$(D"/\x1b(B'),
    ('iso2022_jp_2', b'\x1b.A\x1bNi\x1b.F\x1bNa\x1bN!'), ('iso2022_jp_2', b'\x1b$A VP\x1b$(CGQ\x1b(B'),
    ('iso2022_jp_2', b'\x1bNa'), ('iso2022_jp_2', b'\x1b.A\x1bN\xe9'), ('iso2022_jp', b'\x1b.A'),
    ('iso2022_jp_ext', b'\x1b(I1\x1b(B'), ('iso2022_kr', b'\x1b$)C\x0eGQ\x0fA\x0eGQ\nB'),
    ('iso2022_jp_2004', b'\x1b$(Q$w$+\x1b$(P!!\x1b(B'), ('iso2022_jp_3', b'\x1b$(O$w~e\x1b$(Q$w'),
    ('iso2022_jp_2004', b'\x1b$(O$w'), ('iso2022_kr', b'\x0eGQ'), ('iso2022_kr', b'\x1b$)C\x0e$T\x0f'), ('iso2022_kr', b'\x1b$)A'),
]
for name, data in CASES:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        print(name, data, errors, attempt(data.decode, name, errors))

# encoding errors: characters no designation maps
for name in NAMES:
    for errors in ('strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'):
        print(name, errors, attempt('a\u20ac中\U0001F600b'.encode, name, errors))
codecs.register_error('test.iso', lambda e: ('[%s %d-%d]' % (e.encoding, e.start, e.end), e.end))
codecs.register_error('test.isobytes', lambda e: (b'<%d>' % e.start, e.end))
for name in ('hz', 'iso2022_jp', 'iso2022_kr'):
    print(name, attempt('中\u20ac\u20ac文'.encode, name, 'test.iso'), attempt('中\u20ac文'.encode, name, 'test.isobytes'),
          attempt(b'\x80\x81'.decode, name, 'test.iso'))

# incremental coders carry the state between inputs
for name in NAMES:
    encoder = codecs.getincrementalencoder(name)('replace')
    pieces = [encoder.encode(piece) for piece in ('a', '中', '文', 'テ', 'か', '\u309a', 'か', 'b')]
    print(name, 'pieces', pieces, encoder.getstate(), encoder.encode('', True), encoder.getstate())
    encoder.encode('中')
    state = encoder.getstate()
    other = codecs.getincrementalencoder(name)()
    other.setstate(state)
    print(name, 'setstate', state, other.encode('文x', True))
    encoder.reset()
    print(name, 'after reset', encoder.getstate(), encoder.encode('中', True))
    data = '中x文\n한'.encode(name, 'ignore')
    decoder = codecs.getincrementaldecoder(name)()
    out = [decoder.decode(data[i:i + 1]) for i in range(len(data))]
    print(name, 'bytewise', out, decoder.getstate(), repr(decoder.decode(b'', True)))
    decoder.reset()
    print(name, 'decoder reset', decoder.getstate())
    decoder = codecs.getincrementaldecoder(name)()
    decoder.decode(data[:4])
    print(name, 'partial', decoder.getstate(), attempt(decoder.decode, b'', True))

# stream coders: the writer returns to ASCII on reset
for name in ('hz', 'iso2022_jp', 'iso2022_kr'):
    buf = io.BytesIO()
    writer = codecs.getwriter(name)(buf)
    writer.write('中')
    writer.write('文')
    mid = buf.getvalue()
    writer.reset()
    print(name, 'writer', mid, buf.getvalue())
    reader = codecs.getreader(name)(io.BytesIO(buf.getvalue()))
    print(name, 'reader', repr(reader.read()))

# pseudo-random bytes (a fixed linear congruential sequence) decoded with replace
seed = 12345
for name in NAMES:
    alphabet = b'~{}\n\x1b$()B@JACD.NI\x0e\x0fVPF|GQ!"\x80a'
    results = []
    for _ in range(40):
        chunk = bytearray()
        for _ in range(12):
            seed = (seed * 1103515245 + 12345) % 2 ** 31
            chunk.append(alphabet[seed % len(alphabet)])
        results.append(bytes(chunk).decode(name, 'replace'))
    print(name, 'fuzz', ascii(results))
