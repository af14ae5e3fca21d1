# objgraph.count and by_type for user classes across creation and deletion, with a shared counter list.
# collectors: generational marksweep
# requires: objgraph
import gc
import objgraph

class Order:
    pass

class Customer:
    pass

print(objgraph.count("Order"), objgraph.count("Customer"))
orders = [Order() for _ in range(7)]
customers = {i: Customer() for i in range(3)}
print(objgraph.count("Order"), objgraph.count("Customer"))
print(len(objgraph.by_type("Order")), all(isinstance(o, Order) for o in objgraph.by_type("Order")))
print(objgraph.count("__main__.Order"), objgraph.count("Order", orders))
del orders[:4]
print(objgraph.count("Order"))
cyc = Order()
cyc.me = cyc
del cyc
print("cycle still counted:", objgraph.count("Order"))
gc.collect()
print("after collect:", objgraph.count("Order"))
print(objgraph.count("NoSuchType"))
stats = objgraph.typestats(shortnames=False)
print(stats.get("__main__.Order"), stats.get("__main__.Customer"))
print(objgraph.typestats(objects=orders))
