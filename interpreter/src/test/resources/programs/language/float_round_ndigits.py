# round() of a float: to an int half to even without ndigits; with ndigits the exact binary value
# rounded (2.675 -> 2.67), huge and tiny ndigits, infinities and NaN, overflow; __floor__ and friends.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(1e20), type(round(2.0)).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(-0.4, 0), round(5e-324, 400))
print(round(1.5, 400), round(123.456, -400), round(-123.456, -400), round(1e300, -300), round(float("inf"), 2))
print((2.5).__round__(), (2.5).__round__(0), (3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__(), (-3.2).__floor__())
for bad in (lambda: round(float("nan")), lambda: round(float("inf")), lambda: round(1.7e308, -308), lambda: round(1.5, 1.5)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
