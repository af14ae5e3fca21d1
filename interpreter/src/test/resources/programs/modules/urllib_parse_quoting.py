# urllib.parse's percent escapes: quote/quote_plus with safe characters, encodings and bytes,
# unquote/unquote_plus (bad escapes kept, undecodable bytes replaced), unquote_to_bytes,
# urlencode (doseq, safe, quote_via, bytes), parse_qs/parse_qsl (blank values, strict parsing,
# separators, max_num_fields) and their errors.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

for s in ['abc def/ghi', 'ü€', "~_.-!*'()", '', 'a+b&c=d', '100% sure?']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'),
          unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s)
print(quote('é', encoding='latin-1'), quote('é\u20ac', encoding='ascii', errors='replace'))
print(quote(b'\x00\xff '), quote_from_bytes(b'a b', safe=b' '), quote(bytearray(b'x y')))
print(unquote('%zz%4'), unquote('%C3%BC%E2'), unquote('%e2%82%ac%41'), unquote('ü%41'),
      unquote('%E9', encoding='latin-1'), unquote('%E9', errors='ignore'))
print(unquote_to_bytes('%41%zz%'), unquote_to_bytes(''), unquote(b'%41%42'), unquote_plus('a+b%2Bc'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}))
print(urlencode({'c': ['1', '2'], 'd': (3,), 'e': b'\xff', 'f': 'plain', 'g': 7}, doseq=True))
print(urlencode([('k', 'v/w'), ('k', 'é')], safe='/'), urlencode([('k', 'a b')], quote_via=quote))
print(urlencode([]), urlencode({b'key': b'val ue'}))
for q in ['a=1&b=2&a=3', 'a=&b', 'x=a+b%20c&y', '&&a=1', 'a=1;b=2', 'k=%E9']:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qs(q, keep_blank_values=True),
          parse_qsl(q, separator=';'), parse_qsl(q, encoding='latin-1'))
print(parse_qs(b'a=1&a=2'), parse_qsl(b'x=%41+b'))
for bad in (lambda: parse_qsl('a&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1),
            lambda: urlencode('abc'), lambda: urlencode([1, 2]), lambda: quote(b'x', encoding='utf-8'),
            lambda: quote_from_bytes('x'), lambda: parse_qsl('a', separator='')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
