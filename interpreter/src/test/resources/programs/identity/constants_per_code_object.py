# Constants are merged across every code object of one compilation: equal
# big ints, strs with spaces and tuples in two functions of the module are
# one object, folded expressions too; a separate compile() or exec makes its
# own.
def first():
    a = 100000
    b = 100000
    c = 99999 + 1
    s1 = "hello world!"
    s2 = "hello world!"
    t1 = (1, 2, "x y")
    t2 = (1, 2, "x y")
    return a, b, c, s1, s2, t1, t2

def second():
    return 100000, "hello world!", (1, 2, "x y")

a, b, c, s1, s2, t1, t2 = first()
print("ints in one function:", a is b, "folded 99999 + 1:", a is c)
print("strs with spaces:", s1 is s2, "tuples:", t1 is t2, "tuple item shared:", t1[2] is t2[2])
x, s, t = second()
print("across functions:", a is x, s1 is s, t1 is t)
print("consts of first:", [v for v in first.__code__.co_consts if v is not None])
n = 5
print("in-set is a frozenset constant:", n in {1, 2, 3}, [type(v).__name__ for v in (lambda v: v in {1, 2, 3}).__code__.co_consts if v is not None])
print("list display in 'in' becomes a tuple:", [v for v in (lambda v: v in [7, 8, 9]).__code__.co_consts if v is not None])
def powers():
    return 2 ** 10, 2 ** 100, "ab" * 3, "x" * 5000
print("folded constants:", [type(v).__name__ for v in powers.__code__.co_consts if v is not None][:4], len(powers.__code__.co_consts))
g1 = lambda: 1.5
g2 = lambda: 1.5
print("two lambdas:", g1() is g2(), g1() is g1())
big_a = 10**20
big_b = 10**20
print("module level big ints:", big_a is big_b)
y = -5
z = -5
w = -6
v = -6
print("negatives:", y is z, w is v, "unary folded:", (lambda: -6)() is (lambda: -6)())
print("bytes constants:", b"data here" is b"data here", "empty tuple:", () is (lambda: ())())
other = eval(compile("100000", "<separate>", "eval"))
print("separate compile:", other is a, other == a)
ns = {}
exec("k = 'hello world!'", ns)
print("exec'd constant:", ns["k"] is s1, ns["k"] == s1)
