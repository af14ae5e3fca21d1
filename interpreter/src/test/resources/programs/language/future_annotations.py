# `from __future__ import annotations`: annotations kept as the source text of their expression
# (unparsed, so spacing and parentheses are the unparser's), the __future__ module and its _Feature
# records, and compile()'s flags: a feature given as a flag, inherited from the calling code unless
# dont_inherit, by exec() and eval() too, and the flags compile() refuses.
from __future__ import annotations

import __future__
import typing


class Node:
    next: Node | None
    items: list[dict[str, 'int']]

    def link(self, other: Node, *, weight: float = 1.0, **extra: typing.Any) -> tuple[Node, ...]:
        return (self, other)


def f(x: 1+2, y: lambda: 0, z: (a, b), w: [*rest]) -> None: pass


print(Node.__annotations__)
print(Node.link.__annotations__)
print(f.__annotations__)
print(typing.get_type_hints(Node.link))

print(__future__.annotations, __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print([hex(getattr(__future__, n).compiler_flag) for n in __future__.all_feature_names])
print(__future__.division.getMandatoryRelease() < __future__.annotations.getOptionalRelease())

src = "def g(a: int) -> str: pass\nprint(g.__annotations__)"
exec(src)
exec(compile(src, "<s>", "exec"))
exec(compile(src, "<s>", "exec", dont_inherit=True))
exec(compile(src, "<s>", "exec", __future__.annotations.compiler_flag, True))
print(hex(compile("1", "<s>", "eval").co_flags), hex(compile("1", "<s>", "eval", dont_inherit=True).co_flags))
print(eval("(lambda x: 0).__code__.co_flags") & __future__.CO_FUTURE_ANNOTATIONS)
print(hex(Node.link.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
for flag in (0x10, 0x100, 0x800, 0x4000, 0x2000000, __future__.division.compiler_flag):
    try:
        print(hex(flag), hex(compile("1", "<s>", "eval", flag, True).co_flags))
    except ValueError as e:
        print(hex(flag), e)
for bad in ("from __future__ import braces", "from __future__ import nope",
            "import os\nfrom __future__ import annotations", '"doc"\nfrom __future__ import annotations\nx: y = 1'):
    try:
        compile(bad, "<s>", "exec")
        print("compiled", bad.splitlines()[-1])
    except SyntaxError as e:
        print(type(e).__name__, e, e.text)
