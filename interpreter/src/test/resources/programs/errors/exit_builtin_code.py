# site's exit(): a Quitter object, its repr tells how to leave the prompt; exit(n) ends the program with code n.
print(repr(exit))
print(str(exit))
print(type(exit).__name__, type(exit).__module__, callable(exit))
try:
    exit(5)
except SystemExit as e:
    print("caught", type(e).__name__, e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("no code:", e.code, e.args)
try:
    exit(code="by keyword")
except SystemExit as e:
    print("keyword:", e.code)
print("leaving with 3")
exit(3)
print("not reached")
