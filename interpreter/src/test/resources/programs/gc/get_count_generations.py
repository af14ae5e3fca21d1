# Collecting generation g zeroes the counts of generations 0..g and adds one to count[g+1]:
# count[1] counts generation-0 collections, count[2] generation-1 collections.
# marksweep: expect get_count_generations.marksweep.out
import gc

gc.collect()
print(gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
gc.collect(0)
print("after two more:", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
