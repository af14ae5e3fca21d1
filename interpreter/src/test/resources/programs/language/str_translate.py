# str.maketrans and str.translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc'.translate(t), 'hello'.translate({ord('l'): None}), 'hi'.translate({104: 'HH'}))
print(str.maketrans({'a': 'A', 98: None}), 'abc'.translate(str.maketrans({'a': 'A', 98: None})))
print(str.maketrans('ab', 'cd', 'xy'))
print('a-b_c'.translate(str.maketrans('-_', '  ')), 'text'.translate({}), 'éé'.translate({233: 'e'}))
for args in [('ab', 'c'), ('a',), (1, 2), ({'ab': 1},), ({1.5: 'x'},)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}]:
    try:
        'a'.translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == 97:
            return 'A'
        raise LookupError(k)
print('banana'.translate(Table()))
