# A settings lookup chain that meets None: the caret line under the whole failing attribute
# access inside a method called from a comprehension, with the suggestion-free message for
# NoneType.
class Settings:
    def __init__(self, raw):
        self.raw = raw

    def section(self, name):
        return self.raw.get(name)

    def value(self, name, key):
        return self.section(name).get(key).strip()

s = Settings({"db": {"host": " localhost ", "port": None}, "cache": None})
print(s.value("db", "host"))
values = [s.value(sec, key) for sec, key in [("db", "host"), ("cache", "ttl")]]
print(values)
