# float formatting with every presentation type (e E f F g G n % and none) crossed with the
# flags '#', ',', '_', sign options incl. 'z' (3.11), zero padding and '=' alignment, on
# specials (inf, nan, -0.0), huge and tiny values; and the errors for invalid combinations.
values = [0.0, -0.0, 1.5, -1234567.891, 1e16, 1.25e-7, 123456789012.0, float('inf'), float('-nan'), 2.5]
specs = ['', 'e', '.3E', 'f', '.0f', '#.0f', 'F', 'g', '#g', '.3g', '#.3G', 'n', '%', '.1%',
         ',', ',.2f', '_.3f', '_g', '+,.1e', ' .2f', '012.3f', '=+12.2f', '^15,.1f', '#.0e', 'z.1f',
         '+z08.2f', '#x' if False else '.1', '020,.2f', '>+10', 'r' if False else '.12g']
for s in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append('ERR')
    print(f'{s!r:>10}: ' + ' | '.join(row))
for bad in ['d', 'x', ',_f', '_,f', 'c', 's', '=s' if False else 'zd', '.f' if False else '+#,%q', ',n']:
    try:
        print(bad, format(1.5, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(f'{1e22:f}', f'{1e-5:g}', f'{1e-4:g}', f'{123456.0:g}', f'{1234567.0:g}', f'{0.1+0.2!r}')
print(f'{3.14159:{"^"}{12}.{3}}', '{:{}{}}'.format(2.5, '*>', 8))
print('%e|%E|%f|%g|%G|%#g|%.0e|%+.2f|% .3g|%08.2f|%-8.2f|' % (1.5, 1.5e300, -0.0, 1e-10, 1e20, 2.0, 12345.0, 0.125, 1/3, -3.14159, 2.5))
print('%r %s %a' % (0.1, 1e100, float('inf')), '%.3s' % 3.14159, '%5.1f%%' % 99.44)
print(round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.5), round(1234.5678, -2))
print(repr(1e16), repr(1e15), repr(123456789.123456789), repr(5e-324), repr(1.7976931348623157e308), str(-0.0))
print(float.hex(0.1), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio(), (2.5).is_integer())
