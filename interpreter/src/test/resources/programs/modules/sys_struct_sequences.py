# sys.version_info, float_info, int_info, hash_info and flags are struct sequences: tuples whose
# items have names, with CPython's repr, sizes, comparisons and constructors.
import sys
v = sys.version_info
print(v, type(v), type(v).__mro__, isinstance(v, tuple), len(v), v[:2], v[0] is v.major, v.releaselevel)
print(v >= (3, 11), (3, 12) > v, v == (3, 11, 7, "final", 0), v == v, hash(v) == hash(tuple(v)), v + (1,), v * 0, list(v)[-1])
print(sys.float_info)
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.flags.optimize, sys.flags.dev_mode)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon == 2 ** -52, sys.float_info.mant_dig, sys.float_info[8])
print(sys.getsizeof(v), sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info), sys.getsizeof(sys.hash_info), sys.getsizeof(sys.flags))
t = type(sys.float_info)
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__[:3], t.__name__, t.__module__, v.__reduce__())
made = t(range(11))
print(made, made.dig, type(made).__name__, type(sys.int_info)((1, 2, 3, 4)).sizeof_digit)
for bad in (lambda: type(v)(), lambda: type(sys.flags)(), lambda: t((1, 2)), lambda: v[5], lambda: setattr(v, "major", 4)):
    try:
        bad()
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
