# get_threshold/set_threshold: (700, 10, 10) by default; set_threshold takes one to three values.
import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
