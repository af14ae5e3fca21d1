# The compiler folds a negative base to a fractional power: float's power hands it to complex's,
# so the constant is complex, as at run time. A result complex's power cannot hold is left to run
# time, which raises OverflowError there.
def consts(src):
    return compile(src, "expr", "eval").co_consts

for src in ["(-8) ** (1/3)", "(-8) ** 0.5", "(-2.5) ** 1.5", "(-1) ** 0.5", "(-8) ** -0.5", "-8 ** 0.5",
            "(-8.0) ** 2.0", "(-8) ** 2", "(-1e300) ** 1.5", "(-0.0) ** 0.5"]:
    print(src, "->", consts(src))
try:
    print((lambda: (-1e300) ** 1.5)())
except OverflowError as e:
    print("OverflowError:", e)
