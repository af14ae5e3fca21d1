# From CPython's gc tests: when __del__ resurrects one object of a cycle, everything it reaches
# survives the collection too, intact.
# refcount: expect suite_resurrection_transitive.refcount.out
import gc

class Cargo:
    def __init__(self):
        self.me = self

class Lazarus:
    instances = []

    def __del__(self):
        Lazarus.instances.append(self)

gc.collect()
gc.disable()
laz = Lazarus()
cargo = Cargo()
cargo_id = id(cargo)
laz.cargo = cargo
cargo.laz = laz
del laz, cargo
print("collect:", gc.collect())
print("resurrected:", len(Lazarus.instances))
if Lazarus.instances:
    inst = Lazarus.instances.pop()
    print("has cargo:", hasattr(inst, "cargo"), id(inst.cargo) == cargo_id, inst.cargo.me is inst.cargo)
    print("cargo points back:", inst.cargo.laz is inst)
    del inst
print("collect:", gc.collect())
gc.enable()
