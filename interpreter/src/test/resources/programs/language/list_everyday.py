# Everyday list work: append/extend/insert/remove/pop/index/count, slicing assignment, copying
# (shallow versus deep), list multiplication pitfalls, sorting in place versus sorted, stack and
# queue use, min/max/sum, list equality and ordering, and the common errors.
import copy

fruits = ["apple", "banana"]
fruits.append("cherry")
fruits.extend(["date", "elder"])
fruits.insert(1, "avocado")
fruits.insert(100, "zucchini")
fruits.insert(-100, "acai")
print(fruits, len(fruits))
fruits.remove("banana")
print(fruits.pop(), fruits.pop(0), fruits.pop(-2), fruits)
print(fruits.index("cherry"), fruits.count("apple"), "fig" in fruits)
try:
    fruits.remove("fig")
except ValueError as e:
    print("ValueError:", e)
try:
    fruits.index("fig")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = list(range(10))
nums[2:5] = ["a"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
try:
    nums[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
nums[1:1] = [7, 7]
del nums[-3:]
print(nums, nums[::-1], nums[-2:], nums[:-2])
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
orig = [[1, 2], [3]]
shallow = orig.copy()
deep = copy.deepcopy(orig)
orig[0].append(99)
print(shallow, deep, orig == shallow, orig is shallow, list(orig) == orig[:])
data = [5, 2, 9, 1]
print(sorted(data), data, data.sort(), data, data.reverse(), data)
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
from collections import deque
queue = deque(["a", "b"])
queue.append("c")
print(queue.popleft(), list(queue))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sum([[1], [2]], []), max([], default="empty"))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2]] == [1, [2]])
print([1, 2] + [3], [0] * 4, [1, 2] * 0, list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
print([row[1] for row in matrix], list(map(list, zip(*matrix))), sum(map(sum, matrix)))
words = "one two three four".split()
print([w for w in words if len(w) > 3], [w[::-1] for w in words], list(enumerate(words))[1])
a = [1, 2, 3]
b = a
b += [4]
c = a + [5]
print(a, b, c, a is b)
print([].__len__(), [None] * 2, [[]] * 2, list(reversed([1, 2, 3])), [1, 2, 3][::-2])
lst = [3, 1, 2]
lst.clear()
print(lst, bool(lst), lst or "empty")
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted(["10", "9", "100"], key=int))
