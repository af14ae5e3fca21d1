# random, secrets, uuid and hashlib as an application uses them: a seeded Random's choices with
# weights and cum_weights, sample of a range and with counts, shuffle, randrange steps,
# getstate/setstate replay, the argument errors; secrets' shapes only; uuid3/uuid5 in the
# namespaces, a UUID's fields/version/variant/urn/int/bytes_le; hashlib sha3, blake2b/s with
# key, salt, person and digest_size, shake lengths, pbkdf2_hmac and scrypt with fixed inputs.
import hashlib
import random
import secrets
import uuid

r = random.Random(2024)
print(r.choices(['red', 'green', 'blue'], weights=[10, 1, 1], k=8))
print(r.choices(range(5), cum_weights=[1, 1, 2, 10, 10], k=6))
print(r.sample(range(10 ** 9), 4), r.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=5))
deck = list(range(10))
r.shuffle(deck)
print(deck, r.randrange(0, 100, 7), r.randint(-3, 3), r.getrandbits(40), r.uniform(1, 2))
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]))
print(r.gauss(0, 1), r.triangular(0, 10, 2), r.betavariate(2, 3), r.expovariate(1.5), r.randbytes(6).hex())
for bad in [lambda: r.choices('ab', weights=[1], k=2), lambda: r.choices('ab', [1, 1], cum_weights=[1, 2]),
            lambda: r.sample(range(3), 5), lambda: r.sample({1, 2}, 1), lambda: r.randrange(5, 5),
            lambda: r.randrange(0, 10, 0), lambda: r.choice([]), lambda: r.choices([], k=1),
            lambda: r.setstate((9, (), None)), lambda: r.randrange(1.5), lambda: r.choices('ab', [0, 0])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
random.seed('text seed', version=2)
print(random.random(), random.seed(5) is None, random.random())

tok = secrets.token_hex(8)
print(len(tok), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(12)), secrets.randbelow(1) == 0,
      secrets.choice('x'), 0 <= secrets.randbits(3) < 8, secrets.compare_digest('ab', 'ab'),
      type(secrets.SystemRandom()).__name__)

u3 = uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org')
u5 = uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a')
for u in [u3, u5, uuid.UUID('{12345678-1234-5678-1234-567812345678}'), uuid.NAMESPACE_OID]:
    print(u, u.version, u.variant, u.urn, u.int % 10 ** 6, u.fields, u.bytes_le.hex(), u.time_low, u.clock_seq)
print(repr(u3), u3 == uuid.UUID(bytes=u3.bytes), uuid.UUID(int=5), uuid.UUID(hex='0' * 32).is_safe)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.uuid4().version, len(str(uuid.uuid1())), sorted([u5, u3])[0] == min(u3, u5))
for bad in [lambda: uuid.UUID('nonsense'), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(),
            lambda: uuid.UUID(bytes=b'x'), lambda: uuid.UUID('1' * 32, version=9)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

msg = b'The quick brown fox'
for name in ['sha3_224', 'sha3_256', 'sha3_512', 'sha512_256', 'blake2s']:
    h = hashlib.new(name, msg)
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
b = hashlib.blake2b(msg, digest_size=16, key=b'secret', salt=b'salty', person=b'probe')
print(b.hexdigest(), b.name, b.digest_size)
print(hashlib.blake2s(b'', digest_size=8).hexdigest(), hashlib.blake2b(msg, key=b'k' * 64).hexdigest()[:20])
print(hashlib.shake_128(msg).hexdigest(10), hashlib.shake_256(msg).hexdigest(33)[-10:])
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=5).hex())
if hasattr(hashlib, 'scrypt'):
    print(hashlib.scrypt(b'password', salt=b'NaCl', n=16, r=1, p=1, dklen=16).hex())
for bad in [lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b'k' * 33),
            lambda: hashlib.new('md7'), lambda: hashlib.sha3_256('text'), lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0),
            lambda: hashlib.blake2b(salt=b'x' * 17)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = hashlib.sha3_256()
h.update(b'a'); c = h.copy(); c.update(b'b')
print(h.hexdigest()[:16], c.hexdigest()[:16], hashlib.sha3_256(b'ab').hexdigest()[:16], h.name)
