# copyreg and shelve as a persistent cache uses them: copyreg.pickle registering a reducer for a
# class with __slots__, the dispatch_table of a Pickler subclass, copy() using copyreg too,
# __newobj__/__reduce_ex__(2) of plain instances, extension codes; shelve over dbm.dumb in a
# temporary directory (writeback True and False, keys, KeyError, closed-shelf error) and the
# dumb database's files and key order.
import copy
import copyreg
import dbm.dumb
import io
import os
import pickle
import shelve
import tempfile

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'

calls = []
def reduce_vec(v):
    calls.append('reduce')
    return Vec, (v.x, v.y)

copyreg.pickle(Vec, reduce_vec)
v2 = pickle.loads(pickle.dumps(Vec(1, 2)))
print(v2, calls, copy.copy(Vec(3, 4)), calls)
print(copyreg.dispatch_table[Vec] is reduce_vec)
try:
    copyreg.pickle(Vec, 'not callable')
except TypeError as e:
    print('TypeError', e)

class Temp:
    def __init__(self, c):
        self.c = c

class FahrenheitPickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Temp] = lambda t: (Temp, (t.c * 9 / 5 + 32,))
f = io.BytesIO()
FahrenheitPickler(f).dump([Temp(100), Temp(0)])
print([t.c for t in pickle.loads(f.getvalue())], [t.c for t in pickle.loads(pickle.dumps([Temp(100)]))])

class Plain:
    def __init__(self):
        self.a = 1
r = Plain().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Plain, r[2], r[3:])
print(Plain().__reduce_ex__(1)[0] is copyreg._reconstructor)
copyreg.add_extension('probe.mod', 'Thing', 240)
print(copyreg._extension_registry[('probe.mod', 'Thing')], copyreg._inverted_registry[240])
for args in [('probe.mod', 'Other', 240), ('x', 'y', 0)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError', e)
copyreg.remove_extension('probe.mod', 'Thing', 240)
print(('probe.mod', 'Thing') in copyreg._extension_registry)

with tempfile.TemporaryDirectory() as d:
    base = os.path.join(d, 'cache')
    with shelve.Shelf(dbm.dumb.open(base, 'c')) as sh:
        sh['users'] = ['ann']
        sh['count'] = 1
        sh['users'].append('bob')
        print(sh['users'], len(sh), sorted(sh.keys()), 'count' in sh)
    print(sorted(os.listdir(d)))
    with shelve.Shelf(dbm.dumb.open(base, 'w'), writeback=True) as sh:
        sh['users'].append('cy')
        sh['vec'] = Vec(5, 6)
        del sh['count']
        try:
            sh['count']
        except KeyError as e:
            print('KeyError', e)
    with shelve.Shelf(dbm.dumb.open(base, 'r')) as sh:
        print(sh['users'], sh['vec'], sorted(sh), sh.get('count', 'gone'))
        try:
            sh['new'] = 1
        except Exception as e:
            print(type(e).__name__, e)
    sh = shelve.Shelf(dbm.dumb.open(base, 'r'))
    sh.close()
    try:
        sh['users']
    except ValueError as e:
        print('ValueError', e)
    db = dbm.dumb.open(os.path.join(d, 'raw'), 'n')
    for k in ['b', 'a', 'c']:
        db[k] = k.upper() * 3
    db['a'] = 'replaced'
    print(db.keys(), db[b'a'], len(db), db.get(b'zz', b'?'))
    try:
        db[1] = b'x'
    except TypeError as e:
        print('TypeError', e)
    db.close()
    with open(os.path.join(d, 'raw.dir')) as f:
        print(sorted(f.read().splitlines()))
    try:
        dbm.dumb.open(os.path.join(d, 'absent'), 'r')
    except OSError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
