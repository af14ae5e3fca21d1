# float.hex/fromhex, is_integer, round half to even, % and format-spec corners
for x in (0.0, -0.0, 1.0, 0.1, -2.5, 1e-320, float('inf'), float('nan'), 1.7976931348623157e308):
    print(repr(x), x.hex(), x.is_integer() if x == x and abs(x) != float('inf') else '-')
for s in ('0x1.8p1', '-0x1p-1074', '0X1.FFFFFFFFFFFFFP+1023', 'inf', '-Infinity', 'nan', ' 0x10 ', '0x.8', '1'):
    print(s.strip(), float.fromhex(s))
for bad in ('0x1p9999', 'zz', '0x1.2.3'):
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)], round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1e300, -299), round(123.456, -1), round(-0.0), round(5.5, 0), type(round(5.5)), type(round(5.5, 0)))
for fmt in ('%e', '%.0e', '%g', '%.3g', '%#g', '%10.2f', '%-10.2f|', '%+.1f', '% .1f', '%08.2f', '%.0f', '%#.0f', '%r', '%a', '%i'):
    print(fmt, fmt % 2.5, fmt % -1234567.891)
for spec in ('', 'g', '.2', '.2g', '.0%', '10.3e', '<10', '^10.1f', '=+10.2f', ',.2f', '_.3f', 'n', '#.0g', '.3', '015,.1f', 'E', 'G'):
    print(repr(spec), format(12345.6789, spec), format(-0.00001234, spec), format(float('inf'), spec))
print(format(1e16, ''), format(1e16, 'g'), str(1e16), 1e22, 1.0e-5, 123456789012345678.0, format(0.1, '.20f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    '%d' % 1.5
    print('%d' % 1.5, '%x' % 255, '%c' % 65)
    '%x' % 1.5
except TypeError as e:
    print('TypeError:', e)
