# UnicodeError and its subclasses: layouts, attributes, str() of each kind, codec errors and error handlers
import sys
for cls in (UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError):
    print(cls.__name__, cls.__basicsize__, cls.__mro__[1].__name__)
try:
    b'\xff\xfeab'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
    print(repr(e))
    print(sys.getsizeof(e), e.args)
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
    print(sys.getsizeof(e))
try:
    'h€€o'.encode('latin-1')
except UnicodeEncodeError as e:
    print(str(e), e.start, e.end)
try:
    b'abc\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(str(e))
e = UnicodeDecodeError('utf-8', b'\x80abc', 0, 1, 'invalid start byte')
print(str(e), e.args)
e.reason = 'changed'
e.start = 2
print(str(e))
e2 = UnicodeEncodeError('ascii', 'x\u20acy', 1, 2, 'nope')
print(str(e2))
e3 = UnicodeTranslateError('x\u20acy', 1, 2, 'bad')
print(str(e3), e3.encoding)
print(str(UnicodeError('plain')), UnicodeError().args)
try:
    UnicodeDecodeError('utf-8')
except TypeError as e:
    print("TypeError:", e)
print(b'\xffab'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'), 'é'.encode('ascii', 'replace'))
print('é€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
print(b'\xc3'.decode('utf-8', 'backslashreplace'))
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print(str(e))
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print(str(e))
try:
    '\udc80'.encode('utf-8')
except UnicodeEncodeError as e:
    print(str(e))
try:
    b'abc'.decode('nope')
except LookupError as e:
    print("LookupError:", e)
try:
    'abc'.encode('utf-8', 'bogus')
except LookupError as e:
    print("LookupError:", e)
print(issubclass(UnicodeDecodeError, ValueError))
