# Storing sys.exc_info() keeps the traceback, its frames and their locals alive.
import sys
import gc
import weakref

class Big:
    def __del__(self):
        print("Big freed")

errors = []

def process():
    big = Big()
    try:
        1 / 0
    except ZeroDivisionError:
        errors.append(sys.exc_info())

process()
print("after process; errors", len(errors))
etype, evalue, tb = errors[0]
print("traceback frame", tb.tb_frame.f_code.co_name, "has big:", "big" in tb.tb_frame.f_locals)
del etype, evalue, tb
print("clearing the stored info")
errors.clear()
print("cleared; gc found", gc.collect())

def process2():
    big = Big()
    try:
        raise KeyError("k")
    except KeyError as e:
        return e

e = process2()
print("returned exception keeps frame:", e.__traceback__.tb_frame.f_locals.get("big") is not None)
e.__traceback__.tb_frame.clear()
print("frame.clear() done")
del e
print("end")
