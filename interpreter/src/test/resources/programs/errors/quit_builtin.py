# site's quit(): the same Quitter as exit, under its own name; quit() with no code exits 0 after finally blocks ran.
print(repr(quit))
print(quit is exit, type(quit) is type(exit))
try:
    quit()
finally:
    print("finally runs before the exit")
print("not reached")
