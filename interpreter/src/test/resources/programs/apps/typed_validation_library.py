# A whole application: a validation library driven by dataclasses and typing at run time: it reads
# each field's annotation with typing.get_type_hints/get_origin/get_args (Optional, Union, list,
# dict, tuple, Literal, Annotated constraints, nested dataclasses, enums, forward references),
# coerces JSON-like input into objects, collects every error with its path, and serializes back.
from __future__ import annotations

import dataclasses
import json
import re
import typing
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal, Optional, Union, get_args, get_origin, get_type_hints


@dataclass(frozen=True)
class MinLen:
    n: int


@dataclass(frozen=True)
class Range:
    lo: float = float("-inf")
    hi: float = float("inf")


@dataclass(frozen=True)
class Pattern:
    regex: str


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error{'s' * (len(errors) != 1)}")

    def __str__(self):
        head = super().__str__()
        return head + "".join(f"\n  {'.'.join(map(str, p)) or '<root>'}: {m}" for p, m in self.errors)


class Role(Enum):
    ADMIN = "admin"
    USER = "user"
    GUEST = "guest"


def type_name(tp):
    if isinstance(tp, type):
        return tp.__name__
    return repr(tp).replace("typing.", "")


class Validator:
    def __init__(self):
        self.errors = []

    def fail(self, path, msg):
        self.errors.append((tuple(path), msg))
        return None

    def convert(self, value, tp, path):
        origin, args = get_origin(tp), get_args(tp)
        if origin is Annotated:
            base, *constraints = args
            value = self.convert(value, base, path)
            if value is not None:
                for c in constraints:
                    self.check(value, c, path)
            return value
        if tp is Any:
            return value
        if origin is Union:
            if value is None and type(None) in args:
                return None
            for option in args:
                if option is type(None):
                    continue
                trial = Validator()
                result = trial.convert(value, option, path)
                if not trial.errors:
                    return result
            return self.fail(path, f"{value!r} matches none of {type_name(tp)}")
        if origin is Literal:
            return value if value in args else self.fail(path, f"must be one of {list(args)}, got {value!r}")
        if origin in (list, set):
            if not isinstance(value, list):
                return self.fail(path, f"expected a list, got {type(value).__name__}")
            items = [self.convert(v, args[0] if args else Any, path + [i]) for i, v in enumerate(value)]
            return origin(items) if origin is list else set(i for i in items if i is not None)
        if origin is tuple:
            if not isinstance(value, (list, tuple)):
                return self.fail(path, f"expected a tuple, got {type(value).__name__}")
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self.convert(v, args[0], path + [i]) for i, v in enumerate(value))
            if len(value) != len(args):
                return self.fail(path, f"expected {len(args)} items, got {len(value)}")
            return tuple(self.convert(v, t, path + [i]) for i, (v, t) in enumerate(zip(value, args)))
        if origin is dict:
            if not isinstance(value, dict):
                return self.fail(path, f"expected an object, got {type(value).__name__}")
            kt, vt = args or (Any, Any)
            return {self.convert(k, kt, path + [k]): self.convert(v, vt, path + [k]) for k, v in value.items()}
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                return self.fail(path, f"expected an object for {tp.__name__}, got {type(value).__name__}")
            return self.build(tp, value, path)
        if isinstance(tp, type) and issubclass(tp, Enum):
            try:
                return tp(value)
            except ValueError as exc:
                return self.fail(path, str(exc))
        if tp is date:
            try:
                return date.fromisoformat(value)
            except (TypeError, ValueError) as exc:
                return self.fail(path, f"bad date {value!r}: {exc}")
        if tp is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if tp is bool and not isinstance(value, bool):
            return self.fail(path, f"expected bool, got {type(value).__name__}")
        if isinstance(tp, type) and isinstance(value, tp) and not (tp is int and isinstance(value, bool)):
            return value
        if tp is int and isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value):
            return int(value)
        return self.fail(path, f"expected {type_name(tp)}, got {type(value).__name__} {value!r}")

    def check(self, value, c, path):
        match c:
            case MinLen(n) if len(value) < n:
                self.fail(path, f"length {len(value)} < {n}")
            case Range(lo, hi) if not lo <= value <= hi:
                self.fail(path, f"{value} not in [{lo}, {hi}]")
            case Pattern(rx) if not re.fullmatch(rx, value):
                self.fail(path, f"{value!r} does not match {rx!r}")

    def build(self, cls, data, path):
        hints = get_type_hints(cls, include_extras=True)
        kwargs = {}
        names = {f.name for f in dataclasses.fields(cls)}
        for extra in sorted(set(data) - names):
            self.fail(path + [extra], "unexpected field")
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = self.convert(data[f.name], hints[f.name], path + [f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                self.fail(path + [f.name], "field required")
        if len(self.errors):
            return None
        return cls(**kwargs)


def parse(cls, data):
    v = Validator()
    obj = v.convert(data, cls, [])
    if v.errors:
        raise ValidationError(v.errors)
    return obj


def dump(obj):
    if dataclasses.is_dataclass(obj):
        return {f.name: dump(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [dump(x) for x in obj]
    if isinstance(obj, set):
        return sorted(dump(x) for x in obj)
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj


@dataclass
class Address:
    street: Annotated[str, MinLen(3)]
    city: str
    zip: Annotated[str, Pattern(r"\d{5}")]
    country: Literal["FR", "DE", "IT"] = "FR"


@dataclass
class User:
    name: Annotated[str, MinLen(2)]
    age: Annotated[int, Range(0, 150)]
    role: Role
    email: Optional[str] = None
    born: Optional[date] = None
    tags: set[str] = field(default_factory=set)
    scores: dict[str, float] = field(default_factory=dict)
    address: Optional[Address] = None
    friends: list[User] = field(default_factory=list)
    location: tuple[float, float] = (0.0, 0.0)
    ident: Union[int, str] = 0
    history: tuple[int, ...] = ()


good = {"name": "Ada", "age": "36", "role": "admin", "born": "1815-12-10", "tags": ["math", "poet", "math"],
        "scores": {"logic": 9, "verse": 7.5}, "address": {"street": "St James", "city": "London", "zip": "12345", "country": "DE"},
        "friends": [{"name": "Charles", "age": 79, "role": "user", "ident": "cb"}], "location": [51.5, -0.12], "ident": 7,
        "history": [1, 2, 3]}
u = parse(User, good)
print(u.name, u.age, u.role, u.born, sorted(u.tags), u.scores, u.location, u.ident, u.history)
print(u.address)
print(u.friends[0].name, u.friends[0].role, type(u.friends[0]).__name__, u.friends[0].ident)
print(json.dumps(dump(u), sort_keys=True))
print(parse(User, json.loads(json.dumps(dump(u)))) == u)

bad = {"name": "A", "age": 200, "role": "root", "email": 5, "born": "1815-13-01", "tags": "math",
       "scores": {"x": "high"}, "address": {"street": "St", "zip": "ABCDE", "country": "UK"},
       "friends": [{"name": "Bob", "age": -1, "role": "guest"}, 3], "location": [1.0], "ident": 2.5,
       "history": [1, "x"], "extra": True}
try:
    parse(User, bad)
except ValidationError as exc:
    print(exc)
    print(len(exc.errors), exc.errors[0])

hints = get_type_hints(User, include_extras=True)
for name in ("name", "email", "tags", "friends", "location", "history", "ident"):
    tp = hints[name]
    print(f"{name:<9} origin={type_name(get_origin(tp)) if get_origin(tp) else None!s:<18} args={[type_name(a) for a in get_args(tp)]}")
print(User.__annotations__["age"], type(User.__annotations__["age"]).__name__)
print(typing.get_type_hints(Address)["street"], Address.__dataclass_fields__["country"].default)
print([f.name for f in dataclasses.fields(User) if f.default_factory is not dataclasses.MISSING])
print(dataclasses.replace(u.address, city="Paris"), dataclasses.astuple(u.address))
try:
    parse(list[Annotated[int, Range(0, 9)]], [1, 5, 12, "3", "x", True])
except ValidationError as exc:
    print(exc)
print(parse(dict[str, list[int]], {"a": [1, "2"], "b": []}), parse(Optional[Role], None), parse(Union[int, date], "2024-02-29"))
print(repr(parse(tuple[int, str, Role], [1, "x", "guest"])))
raise ValidationError([(("a", 0), "first"), ((), "at the root")])
