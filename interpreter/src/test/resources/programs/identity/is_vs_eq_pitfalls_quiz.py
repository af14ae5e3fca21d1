# A quiz of `is` against `==` as tutorials pose it, each answer computed
# at run time: ints around the cache edges built in a loop, strs built by
# concatenation and by join, None/True/False comparisons, and containers
# holding equal but distinct objects.
def quiz(question, value):
    print(f"{question:<44} {value}")

a = 0
for _ in range(256):
    a += 1
b = 256
quiz("a += 1 up to 256, a is 256-literal", a is b)
a += 1
c = 257
quiz("one more: a is 257-literal", a is c)
quiz("a == 257", a == c)
n = -5
quiz("-5 computed as 0 - 5 is -5", (0 - 5) is n)
m = -6
quiz("-6 computed as 0 - 6 is -6 (cache edge)", (0 - 6) is m)
prefix = "hello"
quiz("prefix + '' is prefix", prefix + "" is prefix)
quiz("'' + prefix is prefix", "" + prefix is prefix)
quiz("prefix + ' world' is 'hello world'", prefix + " world" is "hello world")
quiz("''.join(['hel', 'lo']) is prefix", "".join(["hel", "lo"]) is prefix)
quiz("''.join(['hel', 'lo']) == prefix", "".join(["hel", "lo"]) == prefix)
quiz("prefix[:] is prefix", prefix[:] is prefix)
quiz("prefix[0] is 'h'", prefix[0] is "h")
x = None
quiz("x is None", x is None)
quiz("bool([]) is False", bool([]) is False)
quiz("(1 == 1) is True", (1 == 1) is True)
quiz("[] == [] / [] is []", ([] == [], [] is []))
l1 = [1000, 2000]
l2 = [1000, 2000]
quiz("l1 == l2, l1 is l2", (l1 == l2, l1 is l2))
quiz("l1[0] is l2[0] (constants of one module)", l1[0] is l2[0])
l3 = [int("1000")]
quiz("int('1000') is l1[0]", l3[0] is l1[0])
quiz("1000 in l3 (equality first, identity fast path)", 1000 in l3)
nan = float("nan")
quiz("nan in [nan] (identity wins)", nan in [nan])
quiz("[nan] == [nan]", [nan] == [nan])
quiz("(nan,) == (nan,)", (nan,) == (nan,))
quiz("nan == nan", nan == nan)
quiz("{nan: 1}[nan]", {nan: 1}[nan])
