# Identifiers in source and str.isidentifier (Unicode 14.0's XID_Start/XID_Continue), NFKC
# normalisation of identifiers, and the tokenizer's errors for characters that cannot be in one.
ñame = 1
ĉu = 2
名前 = 3
ｆｕｌｌ = 4
ﬁle = 5
ℌ = 6
print(ñame, ĉu, 名前, full, file, H, sorted(k for k in globals() if not k.startswith('__')))
print('ñame'.isidentifier(), 'ﬁle'.isidentifier(), '²x'.isidentifier(), 'x²'.isidentifier(),
      '℘'.isidentifier(), '℮'.isidentifier(), '·'.isidentifier(), 'a·'.isidentifier(), '\u309b'.isidentifier(),
      'a\u309b'.isidentifier(), '_'.isidentifier(), '\u0897'.isidentifier(), 'a\u0897'.isidentifier())


class Ĉlass:
    ăttr = 1


print(Ĉlass.ăttr, getattr(Ĉlass, 'ăttr'), Ĉlass.__name__)
for src in ['a€ = 1', 'a\u0897 = 1', '\u00b2 = 1', 'x = 1 ✓', 'v\u200b = 1', 'ab\u2e2fc = 1']:
    try:
        compile(src, 'src', 'exec')
        print(ascii(src), 'ok')
    except SyntaxError as e:
        print(ascii(src), 'SyntaxError', e.msg, e.offset)
ns = {}
exec('ﬀ = 1\nＡ = 2', ns)
print(sorted(k for k in ns if k != '__builtins__'))
