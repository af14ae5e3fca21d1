# Dropping a suspended generator closes it: GeneratorExit is raised at the yield, so its finally
# block and its locals' __del__ run then.
class D:
    def __del__(self):
        print("  local freed")

def gen():
    d = D()
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")

g = gen()
print(next(g))
print("dropping the generator:")
del g
print("end")
