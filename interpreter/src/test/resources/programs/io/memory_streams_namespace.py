# The namespaces of io.BytesIO and io.StringIO as bytesio.c and stringio.c fill them (their
# methods, getsets and slot wrappers; no __dict__ of their own: instances reach theirs through
# _io._IOBase's read-only getset), and of the _BytesIOBuffer type getbuffer() exports through.
import io

print(sorted(vars(io.BytesIO)))
print(sorted(vars(io.StringIO)))
print(sorted(vars(type(io.BytesIO().getbuffer().obj))))
