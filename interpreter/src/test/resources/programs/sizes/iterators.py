# Iterator objects over built-in sequences and the lazy builtins.
import sys

L = [1, 2, 3]
d = {"a": 1}
cases = [("list_iterator", iter(L)), ("tuple_iterator", iter((1, 2))), ("str_iterator", iter("ab")),
         ("range_iterator", iter(range(5))), ("set_iterator", iter({1})),
         ("dict_keyiterator", iter(d)), ("reversed", reversed(L)), ("enumerate", enumerate(L)),
         ("zip", zip(L, L)), ("map", map(abs, L)), ("filter", filter(None, L)),
         ("dict_keys", d.keys()), ("dict_values", d.values()), ("dict_items", d.items())]
for name, it in cases:
    print(f"{name:18} {type(it).__name__:18} {sys.getsizeof(it)}")
