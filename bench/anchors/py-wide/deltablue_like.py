# deltablue-like constraint propagation: class hierarchy, super(), properties, polymorphic calls.
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self._value = value
        self.constraints = []
        self.determined_by = None

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def satisfied(self):
        return True

    def execute(self):
        raise NotImplementedError


class Unary(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.output = v
        v.constraints.append(self)


class Stay(Unary):
    def execute(self):
        pass


class Edit(Unary):
    def __init__(self, v, strength, target):
        super().__init__(v, strength)
        self.target = target

    def execute(self):
        self.output.value = self.target


class Binary(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a = a
        self.b = b
        a.constraints.append(self)
        b.constraints.append(self)


class Equality(Binary):
    def execute(self):
        self.b.value = self.a.value


class Scale(Binary):
    def __init__(self, a, b, scale, offset, strength):
        super().__init__(a, b, strength)
        self.scale = scale
        self.offset = offset

    def execute(self):
        self.b.value = self.a.value * self.scale.value + self.offset.value


def chain_test(n, rounds):
    vs = [Variable("v%d" % i) for i in range(n)]
    cs = []
    for i in range(n - 1):
        cs.append(Equality(vs[i], vs[i + 1], i % 3))
    Stay(vs[-1], 0)
    total = 0
    for r in range(rounds):
        e = Edit(vs[0], 2, r)
        e.execute()
        for c in cs:
            if c.satisfied():
                c.execute()
        total += vs[-1].value
        vs[0].constraints.pop()
    return total


def projection_test(n, rounds):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = [Variable("src%d" % i, i) for i in range(n)]
    dst = [Variable("dst%d" % i, i) for i in range(n)]
    cs = [Scale(src[i], dst[i], scale, offset, 1) for i in range(n)]
    total = 0
    for r in range(rounds):
        scale.value = r % 7 + 1
        for c in cs:
            c.execute()
        total += sum(d.value for d in dst)
    return total


print(chain_test(1000, 600), projection_test(1000, 300))
