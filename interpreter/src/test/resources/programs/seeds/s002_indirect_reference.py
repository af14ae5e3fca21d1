# Seed article 002 (wfj): a list element refers to the same object as the variable it was built
# from ("indirect reference").
myname = "wfj"
l = ["a", "b", myname]
print(id(myname) == id(l[2]))
print(l[2] is myname)
