# From CPython's gc tests: a cycle left in __main__'s globals when the program ends with
# SystemExit(0) is still collected at shutdown, so its __del__ runs.
# refcount: expect suite_global_del_systemexit.refcount.out
class ClassWithDel:
    def __del__(self):
        print('__del__ called')

a = ClassWithDel()
a.link = a
print("raising SystemExit")
raise SystemExit(0)
