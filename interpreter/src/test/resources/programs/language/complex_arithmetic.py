# complex: repr and str as complex_repr, arithmetic with ints and floats on either side, pow, abs, ==, hash.
z = 1 + 2j
w = complex(3, -4)
print(z, w, repr(-0j), 0j, -1j, complex(-0.0, 0.0), complex(0.0, -0.0), 2j, 1.5 + 0j, complex(1e16, 1e-5))
print(z + w, z - w, z * w, z / w, -z, +z, abs(w), abs(3j), z.conjugate(), z.real, z.imag, type(z.real).__name__)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, 1 / z, z - 1, 1 - z, 2 ** z, z ** 2, z ** -2, z ** 0, z ** 0.5, z ** z)
print(z == complex(1, 2), z != 1, complex(3, 0) == 3, 3 == complex(3, 0), complex(0.5) == 0.5, z == "x", bool(0j), bool(z))
print(hash(complex(3, 0)) == hash(3), hash(0j) == hash(0), hash(z) == hash(complex(1.0, 2.0)), hash(1j))
inf, nan = float("inf"), float("nan")
print(complex(nan, inf), complex(inf, nan), complex(-inf, -inf), abs(complex(inf, nan)), complex(1, nan))
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(z), complex(z, z), complex(1, z), complex(imag=3), complex(real=2, imag=1))
for s in ["1+2j", " (3-4j) ", "j", "-j", "+1.5e3J", "5", "inf+nanj", "1_0+2_0j", "-1.5e-3-2.5e+2j", "2j"]:
    print(repr(s), complex(s))
class C:
    def __complex__(self):
        return 5j
print(complex(C()), z is complex(z), type(complex(C())).__name__)
for bad in ["complex('1+')", "complex('x')", "complex('1 + 2j')", "complex('(1+2j')", "complex('1', 2)", "complex(1, '2')",
            "complex([])", "complex(1, [])", "z // 2", "z % 2", "z < w", "1 / 0j", "0j ** -1", "pow(z, 2, 3)",
            "int(z)", "float(z)", "complex(1e308, 1e308) ** 3", "abs(complex(1e308, 1e308))", "~z"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
