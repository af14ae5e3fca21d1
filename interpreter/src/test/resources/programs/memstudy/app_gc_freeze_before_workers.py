# A server preloads its configuration, then calls gc.freeze() before starting workers (as one
# does before os.fork so children never touch those objects' headers): the frozen objects go
# to the permanent generation, collections ignore them, and unfreeze puts them in the oldest.
# collectors: generational marksweep
import gc


class Route:
    def __init__(self, path, handler):
        self.path, self.handler = path, handler
        self.self_ref = self


def handler(req):
    return req


gc.disable()
gc.collect()
routes = [Route(f"/api/{i}", handler) for i in range(20)]
config = {"routes": routes, "workers": 4}
before = gc.get_freeze_count()
gc.freeze()
frozen = gc.get_freeze_count() - before
print("frozen something:", frozen > 40)
print("counts after freeze:", gc.get_count())
print("routes in gen 2 list:", any(o is routes for o in gc.get_objects(2)))
del routes, config
print("cycles frozen, collect finds:", gc.collect())
worker_garbage = [Route("/tmp", handler) for _ in range(3)]
del worker_garbage
print("worker garbage collect:", gc.collect())
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("the old routes now collected:", gc.collect())
gc.enable()
