# ascii(), !a and %a escape through one PyObject_ASCII; list + list, tuple + tuple and repetition, and the message when the types differ
s = 'é€😀'
print(ascii(s), f'{s!a}', '%a' % s)
print([1] + [2], (1,) + (2,), [0] * 3, (1, 2) * 2, [] * 5)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
