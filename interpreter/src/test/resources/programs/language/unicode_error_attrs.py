# UnicodeDecodeError/EncodeError attributes
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e, e.args)
e = UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'bad')
print(e, repr(e.object))
print(isinstance(e, ValueError), UnicodeError.__mro__[1].__name__)
