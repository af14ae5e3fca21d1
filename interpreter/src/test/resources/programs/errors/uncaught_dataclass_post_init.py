# An uncaught error raised by __post_init__ through a dataclass's generated __init__: the
# traceback shows the generated code's frame as CPython does (file "<string>", no source line).
from dataclasses import dataclass, field


@dataclass
class Range:
    low: int
    high: int
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"empty range {self.low}..{self.high}")


print(Range(1, 2))
ranges = [Range(lo, hi) for lo, hi in [(0, 5), (3, 4), (9, 2)]]
print(ranges)
