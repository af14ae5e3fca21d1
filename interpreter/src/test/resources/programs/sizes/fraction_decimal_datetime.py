# sys.getsizeof of number and time objects people keep in records: Fraction, Decimal, datetime.
import sys
from fractions import Fraction
from decimal import Decimal
import datetime

print("int", sys.getsizeof(7), sys.getsizeof(2**40), sys.getsizeof(2**70))
print("float", sys.getsizeof(1.5), "complex", sys.getsizeof(1j))
f = Fraction(3, 4)
print("Fraction has dict:", hasattr(f, "__dict__"), "slots", Fraction.__slots__)
print("Fraction parts", sys.getsizeof(f.numerator), sys.getsizeof(f.denominator))
print("Fraction big parts", sys.getsizeof(Fraction(2**100, 3).numerator))
print("date", sys.getsizeof(datetime.date(2024, 1, 2)))
print("time", sys.getsizeof(datetime.time(1, 2, 3)))
print("time tz", sys.getsizeof(datetime.time(1, 2, 3, tzinfo=datetime.timezone.utc)))
print("datetime", sys.getsizeof(datetime.datetime(2024, 1, 2, 3, 4, 5)))
print("datetime tz", sys.getsizeof(datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc)))
print("timedelta", sys.getsizeof(datetime.timedelta(days=1)))
print("timezone", sys.getsizeof(datetime.timezone.utc))
print("Decimal small", sys.getsizeof(Decimal(1)))
print("Decimal 1.1", sys.getsizeof(Decimal("1.1")))
print("Decimal 40 digits", sys.getsizeof(Decimal("1" * 40)))
print("Decimal 100 digits", sys.getsizeof(Decimal("9" * 100)))
