# What reads the character classes besides the predicates: int() and float() of digits of any
# script and of Unicode white space, split() and strip() on Unicode white space, and their errors.
for s in ['٣', '١٢٣', '  ٤٥\u3000', '۱۲', '१२३', '๑๒', '１２３', '𝟙𝟚', '−5', '١_٢', '\u2003 42 \u2003', '١.٥']:
    try:
        print(ascii(s), int(s))
    except ValueError as e:
        print(ascii(s), 'ValueError', e)
for s in ['١.٥', '٣e٢', '  ١٢.٥\x85', '１.５', '1.5\u200b', '²', '١٫٥', '-٣.٠']:
    try:
        print(ascii(s), float(s))
    except ValueError as e:
        print(ascii(s), 'ValueError', e)
for bad in ['²', '½', '①', 'Ⅻ', '一']:
    try:
        int(bad)
    except ValueError as e:
        print('int', e)
print(int('١٠', 16), int('٧', 8), int('  ١٢  ', 0))

ws = ''.join(chr(cp) for cp in range(0x3100) if chr(cp).isspace())
print(ascii(ws))
print(('a' + ws.join('bcd') + 'e').split())
print(('a\u200bb\u2060c\ufeffd').split())
print(ascii((ws + 'x y' + ws).strip()), ascii((ws + 'x').lstrip()), ascii(('x' + ws).rstrip()))
print(ascii('a\x1cb\x1dc\x1ed\x1ff'.split()), 'a\x1cb\x1dc'.splitlines())
print('a\u1680b\u180ec'.split(), 'x\u2028y\u2029z\x85w'.splitlines())
