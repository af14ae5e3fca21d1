# Storing a bound method on its own instance makes a cycle: instance -> method -> instance.
# refcount: expect collect_bound_method_cycle.refcount.out
import gc

class Button:
    def click(self):
        return "clicked"

gc.collect()
b = Button()
b.handler = b.click
print(b.handler())
del b
print(gc.collect())
