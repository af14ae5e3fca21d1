# complex arithmetic and repr.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), type(z).__name__)
print(z * (1 - 2j), z / 2, z ** 2, (1j) ** 2, -z)
print(complex(1, -1), complex("2+3j"), complex(0, 0), 1j * 1j == -1, 0j)
print(repr(1.5 + 0j), repr(-0.0 - 1j), complex(1e300, 1e300) * 10)
try:
    z < 1
except TypeError as e:
    print("TypeError:", e)
