# quopri: encodestring/decodestring and encode/decode on files, with quotetabs and header,
# long lines, trailing white space, CRLF input and bad escapes.
import io
import quopri

samples = [
    b'hello world',
    b'caf\xc3\xa9 = 3\n',
    b'trailing space \nand tab\t\nend',
    b'tabs\tinside and spaces',
    b'x' * 200,
    b'a' * 74 + b'==' + b'b' * 10,
    b'.\nline\n.',
    b'crlf line\r\nsecond \r\n',
    b'under_score and space',
    bytes(range(256)),
    b'',
    b' ',
    b'word' * 19 + b' \n',
]
for data in samples:
    for quotetabs in (False, True):
        for header in (False, True):
            enc = quopri.encodestring(data, quotetabs=quotetabs, header=header)
            dec = quopri.decodestring(enc, header=header)
            print(quotetabs, header, enc[:120], len(enc), dec == data)
for text in [b'=41=42=4', b'soft=\nbreak', b'soft=  \r\nbreak', b'==41', b'=ZZ', b'a_b', b'=\n', b'=4a=4A', b'x=']:
    print(text, quopri.decodestring(text), quopri.decodestring(text, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'line one \nline two=\n'), out, quotetabs=False)
print(out.getvalue())
back = io.BytesIO()
quopri.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False),
      quopri.needsquoting(b'_', False, True), quopri.quote(b'\xff'), quopri.ishex(b'f'), quopri.unhex(b'fF'))
