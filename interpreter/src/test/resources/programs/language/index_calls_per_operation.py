# how many times __index__ runs per operation
class I:
    def __index__(self):
        print("index")
        return 2
i = I()
print("range"); range(i)
print("slice range"); range(10)[i:i]
print("int"); int(i)
print("slice tuple"); (1, 2, 3)[:i]
print("slice list"); [1, 2, 3][i:]
print("slice str"); "abc"[:i]
print("repeat"); [0] * i
print("bytes"); bytes(i)
print("hex"); hex(i)
