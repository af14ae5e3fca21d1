# secrets: the sizes and alphabets of token_bytes/token_hex/token_urlsafe (default and given
# sizes), randbelow/randbits/choice ranges, compare_digest on str and bytes and its errors
# (random values themselves are never printed).
import secrets, string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(8)
print(len(h), set(h) <= set('0123456789abcdef'), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'), len(secrets.token_urlsafe()))
print(len(secrets.token_urlsafe(1)), len(secrets.token_urlsafe(2)), len(secrets.token_urlsafe(3)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)), secrets.randbelow(1), secrets.randbits(0))
print(all(secrets.randbits(5) < 32 for _ in range(50)), secrets.choice(['only']), secrets.choice('aaa'))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'),
      secrets.compare_digest(b'ab', bytearray(b'ab')), secrets.compare_digest(b'ab', b'abc'))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3),
            lambda: secrets.compare_digest('a', b'a'), lambda: secrets.compare_digest('é', 'é'),
            lambda: secrets.compare_digest(1, 2), lambda: secrets.choice([])):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(isinstance(secrets.SystemRandom(), __import__('random').Random), secrets.DEFAULT_ENTROPY)
