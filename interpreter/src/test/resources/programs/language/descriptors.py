# data and non-data descriptors, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be int')
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class C:
    x = Typed()
    y = NonData()
c = C()
c.x = 5
print(c.x, type(C.x).__name__)
try:
    c.x = 'a'
except TypeError as e:
    print(e)
print(c.y)
c.__dict__['y'] = 'instance'
print(c.y)
c.__dict__['x'] = 'ignored'
print(c.x)
