def make_strs(n):
    return [str(i) * 10 for i in range(n)]


def make_lists(n):
    return [[i] for i in range(n)]

data = make_strs(2000)
data2 = make_lists(500)
