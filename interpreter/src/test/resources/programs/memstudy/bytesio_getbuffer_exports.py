# io.BytesIO.getbuffer() exports its buffer: while the view lives the BytesIO cannot
# be resized or closed; writes through the view change the stream's contents.
import io

bio = io.BytesIO(b"abcdef")
view = bio.getbuffer()
print(view.nbytes, bytes(view), view.readonly)
view[0:2] = b"XY"
print(bio.getvalue())
for action in ("write", "truncate", "close"):
    try:
        if action == "write":
            bio.seek(0, 2)
            bio.write(b"more")
        elif action == "truncate":
            bio.truncate(2)
        else:
            bio.close()
        print(action, "ok")
    except BufferError as e:
        print(action, "BufferError:", e)
bio.seek(0)
try:
    bio.write(b"12")
except BufferError as e:
    print("even a write within the size:", e)
del view
bio.seek(0, 2)
bio.write(b"!")
print("after view released:", bio.getvalue())
with bio.getbuffer() as v2:
    print("with-view:", bytes(v2[-3:]))
bio.truncate(3)
print("truncated:", bio.getvalue())
bio.close()
try:
    bio.getbuffer()
except ValueError as e:
    print("ValueError:", e)

buf = bytearray(8)
src = io.BytesIO(b"12345678901")
print("readinto:", src.readinto(buf), buf)
mv = memoryview(buf)[2:5]
print("readinto view:", src.readinto(mv), buf)
print("tell:", src.tell())
