# The format-spec mini-language shared by format(), f-strings and str.format: fills, alignment,
# signs, z, #, 0, grouping, precision, types, and its errors for str, int and float.
print(format("ab", "05"), format(7, "05"), format(-7, "*^+7"), format(2.5, "^+9.2e"), format("é", "→>4"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(1234567, "_"), format(255, "#_x"), format(3, "+05d"))
print(format(65, "c"), format(0x263A, "^5c"), format(1e6, ",.1f"), format(0.25, "08.1%"), format(10**20, ","))
specs = [("s", "+"), ("s", " "), ("s", "#"), ("s", "="), ("s", "z"), ("s", ",s"), ("s", "d"), ("s", "xx"),
         (1, ".2d"), (1, "z"), (1, "+c"), (1, "#c"), (1, ",x"), (1, "_c"), (1, "s"), (-1, "c"),
         (1.5, "d"), (1.5, ",_"), (1.5, ".")]
for value, spec in specs:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
