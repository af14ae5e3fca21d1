# How an app's objects move through the generations: objects surviving gc.collect(0) are
# found by gc.get_objects(1), then by get_objects(2) after collect(1); a cycle made young is
# found by collect(0) while old cycles need collect(2).
# collectors: generational
import gc


class Conf:
    pass


def in_gen(obj, gen):
    return any(o is obj for o in gc.get_objects(gen))


gc.disable()
gc.collect()
conf = Conf()
print("new:", in_gen(conf, 0), in_gen(conf, 1), in_gen(conf, 2))
gc.collect(0)
print("after collect(0):", in_gen(conf, 0), in_gen(conf, 1), in_gen(conf, 2))
gc.collect(1)
print("after collect(1):", in_gen(conf, 0), in_gen(conf, 1), in_gen(conf, 2))
old = Conf()
old.me = old
gc.collect(1)
gc.collect(1)
del old
young = Conf()
young.me = young
del young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
print("counts:", gc.get_count())
gc.enable()
