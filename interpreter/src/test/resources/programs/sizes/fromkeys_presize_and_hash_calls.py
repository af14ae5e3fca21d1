# dict.fromkeys as _PyDict_FromKeys runs it: over an exact dict, set or frozenset the new table is
# sized for the source at once (estimate_log2_keysize of its length) and the keys go in with the
# hashes the source stored, so no __hash__ runs; from a set the table has the general 24-byte
# entries even for str keys (a dict source keeps str-only entries when its own table has them);
# any other iterable (a list, a dict subclass, a set subclass, a generator) inserts key by key,
# hashing each; a dict subclass as cls takes the slow path too (its __setitem__ runs).
import sys


class Key:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        Key.calls += 1
        return self.n

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


def hashes(make):
    Key.calls = 0
    result = make()
    return Key.calls, len(result)


keys = [Key(i) for i in range(5)]
as_set = set(keys)
as_dict = dict.fromkeys(keys)
as_frozen = frozenset(keys)
print("from a set:", hashes(lambda: dict.fromkeys(as_set)))
print("from a frozenset:", hashes(lambda: dict.fromkeys(as_frozen)))
print("from a dict:", hashes(lambda: dict.fromkeys(as_dict)))
print("from a list:", hashes(lambda: dict.fromkeys(keys)))
print("from a generator:", hashes(lambda: dict.fromkeys(k for k in keys)))


class SetSub(set):
    pass


class DictSub(dict):
    def __setitem__(self, key, value):
        print("  DictSub.__setitem__", key.n if isinstance(key, Key) else key)
        super().__setitem__(key, value)


print("from a set subclass:", hashes(lambda: dict.fromkeys(SetSub(keys))))
print("DictSub.fromkeys(set):", hashes(lambda: DictSub.fromkeys(set(keys[:2]))))

words = {"alpha", "beta", "gamma"}
print("str keys from a set:", sys.getsizeof(dict.fromkeys(words)), "from a list:", sys.getsizeof(dict.fromkeys(sorted(words))))
print("str keys from a dict:", sys.getsizeof(dict.fromkeys(dict.fromkeys(sorted(words)))))
print("int keys from a set:", sys.getsizeof(dict.fromkeys({1, 2, 3})), "from a list:", sys.getsizeof(dict.fromkeys([1, 2, 3])))
print("empty set:", sys.getsizeof(dict.fromkeys(set())), "empty dict:", sys.getsizeof(dict.fromkeys({})),
      "empty list:", sys.getsizeof(dict.fromkeys([])))
d = dict.fromkeys(words)
d["delta"] = None
print("str-keyed after one more str key:", sys.getsizeof(d), sorted(d))
print("value shared:", len({id(v) for v in dict.fromkeys(words, []).values()}))
