# float division and modulo by zero, math domain errors caught, then an uncaught ZeroDivisionError in divmod.
import math
for expr in ["1 / 0", "1.0 / 0", "1 % 0", "1.5 // 0.0", "0 ** -1", "math.log(0)", "math.sqrt(-1)", "math.exp(1000)"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(f"{expr:14} {type(e).__name__}: {e}")
print(divmod(7, 2), divmod(-7.5, 2))
print(divmod(10, 0.0))
