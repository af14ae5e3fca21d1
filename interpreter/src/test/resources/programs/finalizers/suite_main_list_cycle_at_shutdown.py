# From CPython's gc tests: a list that contains itself and an instance with __del__, bound to a
# global of __main__, is collected at shutdown and the __del__ runs.
# refcount: expect suite_main_list_cycle_at_shutdown.refcount.out
class C:
    def __del__(self):
        print('__del__ called')

l = [C()]
l.append(l)
print("end of program")
