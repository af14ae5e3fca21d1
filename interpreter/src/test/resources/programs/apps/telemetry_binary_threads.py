# A whole application: a telemetry collector: sensor frames packed into a binary log with struct
# (headers, checksums, bit flags), parsed back through memoryview slices and array.array, unit
# conversions with Decimal contexts and rounding modes, dataclasses with slots/kw_only/InitVar and
# __post_init__, StrEnum/IntFlag with _missing_, and a threaded pipeline (queue.Queue, worker
# threads joined in order, ThreadPoolExecutor.map keeping order, a Lock-protected counter).
import array
import queue
import struct
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, InitVar, fields
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from enum import StrEnum, IntFlag, Enum
import random

HEADER = struct.Struct("<4sHBBI")
SAMPLE = struct.Struct("<hhHB")


class Kind(StrEnum):
    TEMP = "temp"
    PRESSURE = "pressure"
    HUMIDITY = "humidity"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in cls._value2member_map_:
            return cls(value.lower())
        return None


class Flags(IntFlag):
    OK = 0
    LOW_BATTERY = 1
    CALIBRATING = 2
    SATURATED = 4
    RETRANSMIT = 8


class Unit(Enum):
    CELSIUS = ("°C", Decimal("0.01"))
    HPA = ("hPa", Decimal("0.1"))
    PERCENT = ("%", Decimal("0.5"))

    def __init__(self, symbol, step):
        self.symbol, self.step = symbol, step


@dataclass(slots=True, kw_only=True)
class Reading:
    sensor: int
    kind: Kind
    raw: int
    flags: Flags = Flags.OK
    value: Decimal = field(init=False)
    scale: InitVar[Decimal] = Decimal(1)

    def __post_init__(self, scale):
        with localcontext() as ctx:
            ctx.rounding = ROUND_HALF_UP
            self.value = (Decimal(self.raw) * scale).quantize(Decimal("0.01"))


UNITS = {Kind.TEMP: Unit.CELSIUS, Kind.PRESSURE: Unit.HPA, Kind.HUMIDITY: Unit.PERCENT}
KIND_CODES = {0: Kind.TEMP, 1: Kind.PRESSURE, 2: Kind.HUMIDITY}


def make_frame(rng, sensor, seq, n):
    body = bytearray()
    for _ in range(n):
        code = rng.randrange(3)
        raw = {0: rng.randint(-2000, 4000), 1: rng.randint(9000, 10500), 2: rng.randint(0, 200)}[code]
        flags = rng.choice([0, 0, 0, 1, 2, 4, 5, 8])
        body += SAMPLE.pack(raw, code, rng.randrange(65536), flags)
    header = HEADER.pack(b"TLM1", sensor, seq & 0xFF, n, zlib.crc32(body))
    return bytes(header + body)


def parse_frames(blob):
    view = memoryview(blob)
    pos = 0
    while pos < len(view):
        magic, sensor, seq, n, crc = HEADER.unpack_from(view, pos)
        if magic != b"TLM1":
            raise ValueError(f"bad magic {bytes(magic)!r} at offset {pos}")
        pos += HEADER.size
        body = view[pos:pos + n * SAMPLE.size]
        ok = zlib.crc32(body) == crc
        pos += n * SAMPLE.size
        yield sensor, seq, ok, [SAMPLE.unpack_from(body, i * SAMPLE.size) for i in range(n)]


rng = random.Random(99)
frames = [make_frame(rng, sensor=s, seq=q, n=rng.randint(2, 6)) for q in range(8) for s in (7, 12)]
log = b"".join(frames)
corrupt = bytearray(log)
corrupt[HEADER.size + 3] ^= 0xFF
print("log bytes:", len(log), "frames:", len(frames), "header size:", HEADER.size, "sample size:", SAMPLE.size, HEADER.format)

readings = []
bad_frames = 0
for sensor, seq, ok, samples in parse_frames(bytes(corrupt)):
    if not ok:
        bad_frames += 1
        continue
    for raw, code, _noise, flags in samples:
        kind = KIND_CODES[code]
        scale = {Kind.TEMP: Decimal("0.01"), Kind.PRESSURE: Decimal("0.1"), Kind.HUMIDITY: Decimal("0.5")}[kind]
        readings.append(Reading(sensor=sensor, kind=kind, raw=raw, flags=Flags(flags), scale=scale))
print("readings:", len(readings), "bad frames:", bad_frames)
print(readings[0], "| slots:", Reading.__slots__, "| has dict:", hasattr(readings[0], "__dict__"))
print([f.name for f in fields(Reading)], [f.kw_only for f in fields(Reading)][:2])
try:
    Reading(7, Kind.TEMP, 5)
except TypeError as exc:
    print("TypeError:", exc)
try:
    readings[0].extra = 1
except AttributeError as exc:
    print("AttributeError:", exc)

for kind in Kind:
    vals = [r.value for r in readings if r.kind is kind]
    unit = UNITS[kind]
    total = sum(vals, Decimal(0))
    with localcontext() as ctx:
        ctx.prec = 6
        mean = total / len(vals)
    print(f"{kind:<9}{kind.value.upper():>10} n={len(vals):2d} min={min(vals)}{unit.symbol} max={max(vals)}{unit.symbol} mean={mean} step={unit.step}")
flag_counts = {}
for r in readings:
    for f in Flags:
        if f and f in r.flags:
            flag_counts[f.name] = flag_counts.get(f.name, 0) + 1
print("flags:", sorted(flag_counts.items()), repr(Flags(5)), Flags.LOW_BATTERY | Flags.SATURATED, ~Flags.CALIBRATING & 15)
print("kinds:", Kind("TEMP"), Kind("Humidity").name, Kind.TEMP == "temp", f"{Kind.PRESSURE}", sorted(Kind), Kind.TEMP.upper())
try:
    Kind("wind")
except ValueError as exc:
    print("ValueError:", exc)

with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print("decimal:", Decimal(2).sqrt(), Decimal(1) / Decimal(7), Decimal("1.23456789") + 0, Decimal("12345678").normalize(),
          Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    ctx.traps[DivisionByZero] = False
    print("no trap:", Decimal(1) / Decimal(0), ctx.flags[DivisionByZero])
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as exc:
    print("DivisionByZero:", type(exc).__mro__[1].__name__, exc.args)
try:
    Decimal("abc")
except InvalidOperation as exc:
    print("InvalidOperation:", [type(a).__name__ for a in exc.args])

temps = array.array("h", (r.raw for r in readings if r.kind is Kind.TEMP))
print("array:", temps.typecode, temps.itemsize, len(temps), temps[:4].tolist(), max(temps), temps.buffer_info()[1] == len(temps))
swapped = array.array("h", temps)
swapped.byteswap()
print("byteswap round trip:", array.array("h", swapped.tobytes()).tolist() != temps.tolist(), swapped.tobytes()[:4].hex())
mv = memoryview(temps).cast("B")
print("memoryview:", mv.nbytes, mv.format, mv.itemsize, mv.readonly, bytes(mv[:4]).hex(), memoryview(log)[:4].tobytes())
shorts = memoryview(bytearray(8)).cast("H")
shorts[1] = 0xBEEF
print("cast write:", shorts.tolist(), shorts.obj.hex(), shorts.shape, shorts.strides)
try:
    list(parse_frames(b"XXXX" + log[4:]))
except ValueError as exc:
    print("ValueError:", exc)
try:
    struct.unpack("<hh", b"\x00")
except struct.error as exc:
    print("struct.error:", exc)

work = queue.Queue()
results = {}
lock = threading.Lock()
processed = [0]


def worker(name):
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        sensor, value = item
        with lock:
            processed[0] += 1
            results.setdefault(sensor, []).append(value)
        work.task_done()


threads = [threading.Thread(target=worker, args=(f"t{i}",), name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
for r in readings:
    work.put((r.sensor, r.value))
for _ in threads:
    work.put(None)
work.join()
for t in threads:
    t.join()
print("threads:", [t.name for t in threads], [t.is_alive() for t in threads], "processed:", processed[0])
print("per sensor:", {s: (len(v), str(sum(v))) for s, v in sorted(results.items())})
with ThreadPoolExecutor(max_workers=4, thread_name_prefix="crc") as pool:
    crcs = list(pool.map(lambda f: zlib.crc32(f) & 0xFFFF, frames))
    fut = pool.submit(sum, crcs)
print("pool:", crcs[:5], fut.result(), fut.done())
local = threading.local()
seen = []


def remember(i):
    local.value = i
    return getattr(local, "value")


with ThreadPoolExecutor(2) as pool:
    print("locals:", list(pool.map(remember, range(6))), hasattr(local, "value"))
print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
