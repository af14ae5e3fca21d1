# maketrans/translate forms, casefold against lower, swapcase, title, capitalize
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdd-cba'.translate(t))
t2 = str.maketrans({'a': 'AA', 'b': None, ord('c'): 'C', 'e': 101})
print(sorted(t2.items()), 'abcde'.translate(t2))
print('hello'.translate({104: 'J', 111: None}), 'abc'.translate([None, None] * 50 + ['X']))
class Table:
    def __getitem__(self, k):
        if k == ord('z'):
            raise LookupError
        return chr(k).upper()
print('lazy'.translate(Table()))
for bad in (lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
            lambda: 'a'.translate({97: 1.5}), lambda: str.maketrans({1.5: 'a'}), lambda: 'a'.translate({97: 0x110000})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in ('Straße', 'ǅungla', 'ΣΑΣ', 'ﬁne', 'İstanbul', 'MASSE'):
    print(s.casefold(), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
print("they're bill's friends".title(), 'hello world'.capitalize(), 'ABC def'.swapcase())
print('ß'.casefold() == 'ss', 'ß'.upper(), 'ﬃ'.upper(), len('ﬃ'.upper()))
