# A WeakValueDictionary entry for a cycle member: the collection frees the two instances and the
# entry's KeyedRef (freed after its callback removed the entry): 3.
# refcount: expect collect_weak_value_dict.refcount.out
import gc
import weakref

class Node:
    pass

gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
wd = weakref.WeakValueDictionary()
wd["a"] = a
del a, b
print("len before:", len(wd))
print("collect:", gc.collect())
print("len after:", len(wd))
