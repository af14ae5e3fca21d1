# A JWT-like signed token library with a fixed clock: base64url without padding, json with separators and sort_keys, hmac SHA-256 signatures checked with compare_digest, expiry and not-before claims, tamper detection, and a custom exception hierarchy ending in an uncaught expired token.
import base64
import hashlib
import hmac
import json

class TokenError(Exception):
    """Base of every token problem."""
class BadSignature(TokenError):
    pass
class Expired(TokenError):
    def __init__(self, exp, now):
        super().__init__(f"token expired at {exp}, now {now} ({now - exp}s late)")
        self.exp, self.now = exp, now

def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))

class Signer:
    def __init__(self, key, clock):
        self.key, self.clock = key, clock
    def sign(self, claims, ttl=60):
        header = {"alg": "HS256", "typ": "JWT"}
        body = dict(claims, iat=self.clock(), exp=self.clock() + ttl)
        parts = [b64(json.dumps(p, separators=(",", ":"), sort_keys=True).encode()) for p in (header, body)]
        signing_input = ".".join(parts).encode()
        sig = hmac.new(self.key, signing_input, hashlib.sha256).digest()
        return ".".join(parts + [b64(sig)])
    def verify(self, token):
        try:
            h, b, s = token.split(".")
        except ValueError:
            raise TokenError(f"expected 3 segments, got {token.count('.') + 1}") from None
        expected = hmac.new(self.key, f"{h}.{b}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, unb64(s)):
            raise BadSignature("signature mismatch")
        claims = json.loads(unb64(b))
        now = self.clock()
        if claims.get("nbf", 0) > now:
            raise TokenError(f"not valid before {claims['nbf']}")
        if claims["exp"] <= now:
            raise Expired(claims["exp"], now)
        return claims

now = [1_700_000_000]
signer = Signer(b"k3y", lambda: now[0])
tok = signer.sign({"sub": "ann", "roles": ["admin", "dev"], "name": "Ann Ö"}, ttl=30)
print(tok)
print(signer.verify(tok))
h, b, s = tok.split(".")
print(json.loads(unb64(h)), len(unb64(s)))
forged = ".".join([h, b64(json.dumps({"sub": "eve", "exp": 2**40}).encode()), s])
for bad in (forged, "only.two", tok[:-2] + "AA", Signer(b"other", lambda: now[0]).sign({"sub": "x"})):
    try:
        signer.verify(bad)
    except TokenError as e:
        print(type(e).__name__, "->", e, "| is TokenError:", isinstance(e, TokenError))
future = signer.sign({"sub": "bob", "nbf": now[0] + 100})
try:
    signer.verify(future)
except TokenError as e:
    print("TokenError:", e)
now[0] += 29
print("still valid:", signer.verify(tok)["sub"])
now[0] += 1
try:
    signer.verify(tok)
except Expired as e:
    print("Expired:", e.exp, e.now, e.args)
print(b64(b"\xff\xfe\xfd"), unb64("__79"), base64.urlsafe_b64encode(b"\xfb\xff"))
try:
    unb64("abc$")
except Exception as e:
    print(type(e).__name__, e)
now[0] += 3600
signer.verify(tok)
