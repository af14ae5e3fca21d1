# locale in the C locale, as a program that formats numbers portably sees it: getlocale,
# setlocale(LC_ALL, None) and to 'C', localeconv's dict, format_string with grouping and
# monetary, currency() refused, str/atof/atoi/delocalize/localize, strcoll/strxfrm, normalize,
# nl_langinfo entries, and setlocale's error for an unknown locale.
import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(locale.format_string('%d items', 1234567, grouping=True))
print(locale.format_string('%.2f|%10.3f|%-8d|%s', (1234.5, 3.14159, 42, 'x')))
print(locale.format_string('%(n)d of %(t)d', {'n': 3, 't': 10}))
print(locale.format_string('%.1f%%', 99.5))
print(locale.format_string('%e', 12345.678, grouping=True))
print(locale.format_string('%.2f', 1234567.891, grouping=True, monetary=True))
try:
    print(locale.currency(12.5))
except ValueError as e:
    print('ValueError:', e)
print(locale.str(3.0), locale.str(1e20), locale.str(0.1))
print(locale.atof('3.25'), locale.atoi('-17'), locale.delocalize('1234.5'), locale.localize('1234.5'))
try:
    locale.atof('1,234.5')
except ValueError as e:
    print('ValueError:', e)
print(sorted(['b', 'B', 'a', 'A', 'é', 'e'], key=locale.strxfrm))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
for name in ['en_US', 'de_DE.utf8', 'C', 'ja_JP.eucJP', 'fr', 'POSIX']:
    print(name, '->', locale.normalize(name))
for item in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR',
             'DAY_1', 'ABMON_12', 'CRNCYSTR']:
    print(item, repr(locale.nl_langinfo(getattr(locale, item))))
try:
    locale.setlocale(locale.LC_ALL, 'xx_NOPE.UTF-99')
except locale.Error as e:
    print('locale.Error:', e)
try:
    locale.setlocale(12345, 'C')
except locale.Error as e:
    print('locale.Error:', e)
print(locale.getpreferredencoding(False))
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC,
      locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
