# get_object_traceback for objects of several kinds created on known lines.
import tracemalloc

tracemalloc.start(2)

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

def create():
    return [
        [1, 2, 3],
        {"k": 1},
        "x" * 100,
        bytes(200),
        Slotted(),
        (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21),
        bytearray(50),
        Plain(),
    ]

objs = create()
for o in objs:
    tb = tracemalloc.get_object_traceback(o)
    if tb is None:
        print(type(o).__name__, None)
    else:
        print(type(o).__name__, [f.lineno for f in tb])
cls_tb = tracemalloc.get_object_traceback(Plain)
print("class object:", cls_tb is not None and cls_tb[0].lineno)
func_tb = tracemalloc.get_object_traceback(create)
print("function object:", func_tb is not None and func_tb[0].lineno)
tracemalloc.stop()
