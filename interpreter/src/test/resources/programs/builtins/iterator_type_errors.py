# The TypeErrors and ValueErrors of the iterator types' constructors, through their vectorcalls
# (enumerate, map, filter, reversed), zip's tp_new, and the tp_new a subclass reaches.
class E(enumerate):
    pass


class F(filter):
    pass


class R(reversed):
    pass


class M(map):
    pass


for f in ['zip(1)', 'zip([],1)', 'map(len)', 'map(len,1)', 'filter(None,1)', 'filter(None)', 'enumerate()', 'enumerate(1)',
          'reversed(1)', 'reversed()', 'enumerate([],start=1,x=2)', 'zip(strict=1,x=2)', 'zip(x=1)', 'map(len,[],x=1)',
          'reversed([],x=1)', 'enumerate(iterable=[],st=1)', 'enumerate(start=1)', 'E()', 'E([],x=1)', 'E([],iterable=1)',
          'filter(None,[],x=1)', 'enumerate([], "a")', 'list(zip([1,2],[3],strict=True))', 'list(zip([1],[3,4],strict=True))',
          'list(zip([1],[3],[4,5],strict=True))', 'list(zip([1,2],[3],[4],strict=True))', 'map()', 'F(None)', 'R()',
          'type(M(len, [], x=1)).__name__']:
    try:
        print(f, eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)


class MI(map):
    def __init__(self, *args, **kwargs):
        pass


print(type(MI(len, [], x=1)).__name__)
