# itertools' C types refuse bad arguments with 3.11's messages: Argument Clinic's positional checks ("cycle expected
# 1 argument, got 0"), PyArg_ParseTupleAndKeywords' ("repeat() missing required argument 'object' (pos 1)"),
# islice's index rules, tee's n, product's repeat, permutations' r; and their __setstate__ refusing malformed
# states (or clamping indices) as itertoolsmodule.c does.
import itertools as it
cases = ["it.count(1,2,3)","it.count(x=1)","it.count('a')","it.count(1,'a')","it.cycle()","it.cycle(1)","it.cycle([],x=1)","it.cycle([],[])",
"it.repeat()","it.repeat(1,2,3)","it.repeat(1,'a')","it.repeat(x=1)","it.accumulate()","it.accumulate(1)","it.accumulate([],None,None)","it.accumulate([],x=1)",
"it.chain(x=1)","it.chain.from_iterable()","it.chain.from_iterable(1,2)","list(it.chain(1))","it.compress()","it.compress([],1)","it.compress([])","it.dropwhile(None)","it.dropwhile(None,1)","it.takewhile()","it.filterfalse(None)","it.filterfalse(None,[],x=1)",
"it.groupby()","it.groupby(1)","it.groupby([],None,1)","it.groupby([],x=1)","it.islice()","it.islice([])","it.islice([],1,2,3,4)","it.islice([],-1)","it.islice([],'a')","it.islice([],1,'a')","it.islice([],1,2,0)","it.islice([],1,2,'a')","it.islice([],x=1)","it.islice(1,2)",
"it.starmap(None)","list(it.starmap(None,[1]))","it.tee()","it.tee([],-1)","it.tee([],'a')","it.tee(1)","it.tee([],1,2)","it.zip_longest(1)","it.zip_longest(x=1)","it.zip_longest([],fillvalue=1,x=2)",
"it.product(1)","it.product([],repeat=-1)","it.product([],x=1)","it.product([],repeat='a')","it.permutations()","it.permutations([],-1)","it.permutations([],'a')","it.permutations(1)","it.combinations([])","it.combinations([],-1)","it.combinations_with_replacement([],-1)","it.combinations_with_replacement([])","it.pairwise()","it.pairwise(1)","it.pairwise([],x=1)","it.pairwise([],[])",
"it.count(1.5).__setstate__","type(it.tee([])[0])()", "type(it.tee([])[0])(1)", "it.islice([],None,None,None)", "it.islice([],2**70)", "it.repeat(1,-5).__length_hint__()", "it._tee_dataobject", "it._grouper", "it.accumulate([], initial=1, func=None)", "it.repeat(1, times=None)", "it.count(start=1, step=2)"]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', type(r).__name__)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
for c in ['it.count(1.5).__setstate__', 'type(it.tee([])[0])()', 'type(it.tee([])[0])(1)', 'it.repeat(1, -5).__length_hint__()',
          'it.repeat(1).__length_hint__()', 'list(it.repeat(1, 0))', 'it._tee_dataobject([], [], None).__reduce__()[1][1:]',
          'it._tee_dataobject([], 1, None)', 'it._tee_dataobject([], [1], 5)', 'it._tee_dataobject([], [0] * 58, None)',
          'it._grouper(1, 2)', 'list(it._grouper(it.groupby("aa"), "a"))', 'it.chain.from_iterable(x=1)', 'it.tee([], n=2)']:
    try:
        r = eval(c)
        print(c, '->', r)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
for make, s in [(lambda: it.cycle([1]), 1), (lambda: it.cycle([1]), (1, 2)), (lambda: it.cycle([1]), ([1],)),
                (lambda: it.chain(), 1), (lambda: it.chain(), (1,)), (lambda: it.chain(), (iter('a'), 2)),
                (lambda: it.groupby([]), (1,)), (lambda: it.groupby([]), 1), (lambda: it.tee([])[0], (1, 2)),
                (lambda: it.tee([])[0], (it.tee([1])[0].__reduce__()[2][0], 99)), (lambda: it.tee([])[0], 5),
                (lambda: it.product('ab'), (5,)), (lambda: it.product('ab'), ('a',)), (lambda: it.product('ab'), [0]),
                (lambda: it.permutations('ab'), 1), (lambda: it.permutations('ab'), ((0, 1), (1,))),
                (lambda: it.permutations('ab'), ([0, 1], (1,))), (lambda: it.combinations('abc', 2), (1,)),
                (lambda: it.combinations_with_replacement('abc', 2), (1, 2, 3)), (lambda: it.islice([], 1), 'a'),
                (lambda: it.islice([], 1), 2 ** 70)]:
    o = make()
    try:
        print(type(o).__name__, o.__setstate__(s))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
p = it.product('abc', 'de')
p.__setstate__((7, -3))
print('product clamped', list(p))
p = it.permutations('abcd', 2)
next(p)
p.__setstate__(((3, 2, 1, 0), (9, -1)))
print('permutations clamped', list(p))
cw = it.combinations_with_replacement('abc', 2)
cw.__setstate__((2, 0))
print('cwr clamped', list(cw))
cb = it.combinations('abcd', 2)
cb.__setstate__((1, 9))
print('combinations clamped', list(cb))
e = it.product('ab', [])
e.__setstate__((0, 0))
print('product of an empty pool', list(e))
cy = it.cycle('ab')
cy.__setstate__((['x', 'y', 'z'], 1))
print('cycle from state', list(it.islice(cy, 5)))
t = it.takewhile(bool, [1, 2])
t.__setstate__(1)
print('takewhile stopped by state', list(t))
d = it.dropwhile(bool, [1, 0, 2])
d.__setstate__(True)
print('dropwhile started by state', list(d))
z = it.zip_longest('a', 'bcd')
z.__setstate__('*')
print('zip_longest fill from state', list(z))
i = it.islice('abcdef', 2, 5)
i.__setstate__(1)
print('islice count from state', list(i))
g = it.groupby('aabc')
g.__setstate__(('a', 'a', 'a'))
print('groupby from state', [(k, list(v)) for k, v in g])
