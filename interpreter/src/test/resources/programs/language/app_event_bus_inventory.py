# A small inventory service as people write one: an event bus of weakly held subscribers
# (bound methods by WeakMethod, plain functions strongly), dataclasses with __post_init__
# validation and a custom exception hierarchy carrying context, JSON round trips with a custom
# encoder (Decimal, dates, sets) and object_hook, a context manager for transactions that rolls
# back on error (re-raising with add_note), and a report with sorted groups.
import json, weakref, datetime
from dataclasses import dataclass, field, asdict
from decimal import Decimal
from collections import defaultdict

class InventoryError(Exception):
    def __init__(self, sku, message):
        super().__init__(f'{sku}: {message}')
        self.sku = sku
class OutOfStock(InventoryError): pass
class UnknownItem(InventoryError, KeyError): pass

@dataclass
class Item:
    sku: str
    name: str
    price: Decimal
    qty: int = 0
    tags: set = field(default_factory=set)
    added: datetime.date = datetime.date(2024, 1, 1)
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f'negative price for {self.sku}')
        self.price = Decimal(self.price).quantize(Decimal('0.01'))

class Bus:
    def __init__(self):
        self._subs = defaultdict(list)
    def subscribe(self, topic, fn):
        ref = weakref.WeakMethod(fn) if hasattr(fn, '__self__') else (lambda fn=fn: fn)
        self._subs[topic].append(ref)
    def publish(self, topic, **payload):
        alive = []
        for ref in self._subs[topic]:
            fn = ref()
            if fn is not None:
                fn(topic, **payload)
                alive.append(ref)
        self._subs[topic] = alive
        return len(alive)

class Audit:
    def __init__(self, name):
        self.name, self.seen = name, []
    def on_event(self, topic, **payload):
        self.seen.append((topic, tuple(sorted(payload.items()))))

class Inventory:
    def __init__(self, bus):
        self.items, self.bus = {}, bus
    def add(self, item):
        self.items[item.sku] = item
        self.bus.publish('added', sku=item.sku)
    def take(self, sku, n):
        try:
            item = self.items[sku]
        except KeyError:
            raise UnknownItem(sku, 'no such item') from None
        if item.qty < n:
            raise OutOfStock(sku, f'only {item.qty} left, {n} wanted')
        item.qty -= n
        self.bus.publish('taken', sku=sku, n=n)
    def transaction(self):
        inv = self
        class Tx:
            def __enter__(self):
                self.snapshot = {k: v.qty for k, v in inv.items.items()}
                return inv
            def __exit__(self, et, ev, tb):
                if et is not None:
                    for k, q in self.snapshot.items():
                        inv.items[k].qty = q
                    ev.add_note('transaction rolled back')
                return False
        return Tx()

bus = Bus()
audit = Audit('main')
log = []
bus.subscribe('added', audit.on_event)
bus.subscribe('taken', audit.on_event)
bus.subscribe('taken', lambda topic, **p: log.append(p['sku']))
temp = Audit('temporary')
bus.subscribe('taken', temp.on_event)
del temp
inv = Inventory(bus)
inv.add(Item('A1', 'bolt', Decimal('0.105'), 100, {'metal', 'small'}))
inv.add(Item('B2', 'nut', 0.2, 50, {'metal'}))
inv.add(Item('C3', 'glue', Decimal('4.999'), 3, {'liquid'}, datetime.date(2024, 3, 9)))
try:
    Item('X', 'bad', Decimal(-1))
except ValueError as e:
    print('ValueError', e)
with inv.transaction():
    inv.take('A1', 10)
try:
    with inv.transaction():
        inv.take('B2', 5)
        inv.take('C3', 4)
except OutOfStock as e:
    print(type(e).__name__, e, e.sku, e.__notes__, inv.items['B2'].qty)
try:
    inv.take('ZZ', 1)
except KeyError as e:
    print('caught as KeyError:', type(e).__name__, e.args, e.__cause__, e.__suppress_context__)
print(audit.seen)
print(log, len(bus._subs['taken']))

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {'__decimal__': str(o)}
        if isinstance(o, datetime.date):
            return {'__date__': o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
def hook(d):
    if '__decimal__' in d:
        return Decimal(d['__decimal__'])
    if '__date__' in d:
        return datetime.date.fromisoformat(d['__date__'])
    return d
text = json.dumps([asdict(i) for i in inv.items.values()], cls=Encoder, sort_keys=True)
print(text[:160])
back = [Item(**{**d, 'tags': set(d['tags'])}) for d in json.loads(text, object_hook=hook)]
print(back == list(inv.items.values()), back[2])
try:
    json.dumps({'x': object()}, cls=Encoder)
except TypeError as e:
    print('TypeError', e)
by_tag = defaultdict(list)
for item in inv.items.values():
    for t in item.tags:
        by_tag[t].append(item.sku)
for tag in sorted(by_tag):
    total = sum(inv.items[s].price * inv.items[s].qty for s in by_tag[tag])
    print(f'{tag:<8}{",".join(sorted(by_tag[tag])):<8}{total:>10.2f}')
