# chr and ord over ASCII, latin-1, the BMP and beyond.
print(ord("a"), ord("\n"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(0x20AC), chr(0x1F600))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
