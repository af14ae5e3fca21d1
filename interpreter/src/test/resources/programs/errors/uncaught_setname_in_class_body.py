# Pins down: the traceback of a class statement whose descriptor's __set_name__ raises: 3.11 wraps
# the error in RuntimeError ("Error calling __set_name__ ...") with the original as __cause__, and
# the traceback shows the class statement's line, the descriptor frame and the cause chain.
class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f'field names must be lower case: {name!r}')
        self.name = name

class Good:
    a = Field(int)
    b = Field(str)

print('Good fields', Good.a.name, Good.b.name)

class Bad:
    ok = Field(int)
    NotOk = Field(str)
