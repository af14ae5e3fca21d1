# What happens to a list's memory when you pop, del slices, clear or reassign?
import sys

def show(label, lst):
    print(f"{label:<28} len={len(lst):<4} getsizeof={sys.getsizeof(lst)}")

lst = list(range(100))
show("list(range(100))", lst)
lst.append(1)
show("after append", lst)
while len(lst) > 10:
    lst.pop()
    if len(lst) in (90, 75, 50, 49, 25, 20, 12, 11):
        show(f"popped down to {len(lst)}", lst)
del lst[2:8]
show("del lst[2:8]", lst)
lst.clear()
show("clear()", lst)
lst += [1, 2, 3]
show("+= [1,2,3]", lst)
lst.extend(range(20))
show("extend(range(20))", lst)
lst[:] = []
show("lst[:] = []", lst)
lst.insert(0, 'x')
show("insert(0, 'x')", lst)
copy = lst.copy()
show("copy()", copy)
sl = list(range(50))[::2]
show("slice [::2] of 50", sl)
big = [None] * 1000
show("[None] * 1000", big)
show("sorted(big-ish)", sorted(range(33)))
show("reversed list", list(reversed(range(33))))
