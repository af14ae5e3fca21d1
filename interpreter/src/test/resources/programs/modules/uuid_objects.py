# uuid: UUID from hex (with braces, urn, dashes), bytes, bytes_le, fields and int, with a version;
# its fields and properties, str/repr/urn, ordering, hashing, pickling and immutability; uuid3
# and uuid5 in the four namespaces; uuid4's version and variant; the errors.
import uuid, pickle, copy

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, int(u), u.is_safe)
for kw in (dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int),
           dict(hex='urn:uuid:12345678123456781234567812345678', version=4)):
    v = uuid.UUID(**kw)
    print(v, v == u, v.version, v.variant)
for namespace in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(namespace, uuid.uuid3(namespace, 'python.org'), uuid.uuid5(namespace, 'python.org'))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
for bad in (lambda: uuid.UUID(), lambda: uuid.UUID('123'), lambda: uuid.UUID(bytes=b'x'),
            lambda: uuid.UUID(bytes_le=b'x'), lambda: uuid.UUID(fields=(1,)),
            lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(fields=(0, 1 << 16, 0, 0, 0, 0)),
            lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)), lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: setattr(u, 'int', 3),
            lambda: uuid.UUID('x', int=3), lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), u == u.int, hash(u) == hash(u.int))
print(pickle.loads(pickle.dumps(u)) == u, copy.deepcopy(u) == u, {u: 1}[uuid.UUID(u.hex)])
print(uuid.UUID(int=0).variant, uuid.UUID(int=0xe000 << 48).variant, uuid.UUID(int=0xc000 << 48).version)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS)
print(u < uuid.UUID(int=u.int + 1), u >= u)
try:
    u < 5
except TypeError as e:
    print("TypeError", e)
