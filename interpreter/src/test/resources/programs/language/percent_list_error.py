# % formatting with a non-tuple argument
print('abc' % [])
try:
    print('abc' % [1])
except TypeError as e:
    print(e)
print('%s' % [1], '%s' % ([1],))
try:
    '%d %d' % (1,)
except TypeError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
print('abc' % {'a': 1}, '%(a)s' % {'a': 1})
