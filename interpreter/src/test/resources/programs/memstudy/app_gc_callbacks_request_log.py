# A web-ish application logging the collector through gc.callbacks: a callback records each
# collection's phase, generation and counts while requests build cyclic session objects; the
# log is then summarized (exact numbers for the explicit collections).
# collectors: generational marksweep
import gc

log = []


def on_gc(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


class Session:
    def __init__(self, user):
        self.user = user
        self.state = {"session": self}


def serve(n):
    for i in range(n):
        Session(f"user{i}")


gc.collect()
gc.callbacks.append(on_gc)
gc.disable()
serve(10)
print("explicit gen 0:", gc.collect(0))
serve(5)
print("explicit full:", gc.collect())
print("nothing left:", gc.collect(1))
gc.callbacks.remove(on_gc)
for entry in log:
    print(entry)
print("pairs:", len(log) // 2, "all starts before stops:",
      all(log[i][0] == "start" and log[i + 1][0] == "stop" for i in range(0, len(log), 2)))
gc.enable()
