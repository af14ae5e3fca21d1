"""SHA-512 for random.seed, which turns a str or bytes seed into an int with it as CPython does:
hashlib's sha512, whose digest is the JDK's."""

from hashlib import sha512
