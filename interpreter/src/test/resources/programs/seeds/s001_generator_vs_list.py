# Seed article 001's advice: a generator produces items one at a time, so it stays small while a
# list holds every item; a list comprehension builds the list directly.
import sys

squares_list = [x * x for x in range(10000)]
squares_gen = (x * x for x in range(10000))
print(sys.getsizeof(squares_list) > 80000, sys.getsizeof(squares_gen) < 300)
print(sum(squares_list) == sum(squares_gen))
print(sum(squares_gen))
