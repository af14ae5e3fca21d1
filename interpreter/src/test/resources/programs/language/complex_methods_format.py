# complex: constructor forms, repr of signed zeros and infinities, arithmetic corners, format
for z in (complex(1, 2), complex(-0.0, 0.0), complex(0, -0.0), complex('1+2j'), complex(' (3-4j) '), complex('j'),
          complex('-1.5e3J'), complex(2), complex(1j, 1j), complex(float('inf'), float('nan')), 1j ** 2, (1+1j) / 2):
    print(repr(z), z.real, z.imag, abs(z) if z == z else '-', z.conjugate())
for bad in ('1+', '1 + 2j', 'x', '(1+2j', ''):
    try:
        complex(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in (lambda: complex('1', 2), lambda: complex([]), lambda: 1j < 2j, lambda: 1j // 1, lambda: 1j % 1, lambda: int(1j), lambda: (0j) ** -1):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(format(1+2j), format(1.5-2j, '.2f'), format(3j, '>12'), format(1+1j, 'g'), '{:+.1e}'.format(-1j), f'{2+0j!r:>10}')
print(hash(1+0j) == hash(1), 1+0j == 1, (1+2j) == complex(1, 2), pow(2j, 2), (1+2j) * (3-1j), (2+0j) ** 0.5)
class C:
    def __complex__(self):
        return 3+4j
print(complex(C()), abs(complex(C())), complex(1.5), complex(True))
for spec in ('', '.2f', '>12', 'g', '+.1e', '10', '<20.3f', 'e', '^30', ' .1f', ',.2f', '_.1f', '.0f', '#g', '#.0f', 'z.1f', 'n', 'E', '.3'):
    print(repr(spec), [format(z, spec) for z in (1+2j, 3j, -0.0-1j, complex(1.5, -2), complex(float('inf'), float('nan')), 12345.678+0j)])
for spec in ('010', '=10', '0>20', 'd', '%', 'x', 's', '.2s'):
    try:
        format(1j, spec)
    except ValueError as e:
        print('ValueError:', e)
