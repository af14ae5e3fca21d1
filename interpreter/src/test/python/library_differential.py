"""Differential check of pyheap's base64 (Ascii85/Base85), binascii (quoted-printable, crc_hqx),
shlex (punctuation_chars), hashlib (OpenSSL's digests, SHAKE, BLAKE2, scrypt, pbkdf2_hmac) and
difflib.HtmlDiff against CPython's.

Runs random inputs through each module and prints one line per call: the result, or the
exception and its message. Run it under both interpreters and compare:

  python3 library_differential.py [--seed N] [--count N] [SECTION...] > expected
  ./pyheap run library_differential.py [--seed N] [--count N] [SECTION...] > actual
  diff expected actual

SECTION is any of base64, qp, shlex, hashlib, htmldiff (all by default).
"""

import random
import sys


def show(call):
    try:
        return repr(call())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def section_base64(rng, count):
    import base64
    for _ in range(count):
        data = bytes(rng.choice([0, 32, rng.randrange(256)]) for _ in range(rng.randrange(0, 24)))
        kw = dict(foldspaces=rng.random() < .5, wrapcol=rng.choice([0, 1, 2, 3, 7, 40]),
                  pad=rng.random() < .5, adobe=rng.random() < .5)
        encoded = base64.a85encode(data, **kw)
        decoded = base64.a85decode(encoded, foldspaces=kw['foldspaces'], adobe=kw['adobe'])
        b85 = base64.b85encode(data, pad=kw['pad'])
        print('a85', sorted(kw.items()), encoded, decoded == data, b85, base64.b85decode(b85) == data)
        # damaged input: a byte replaced by any ASCII character
        for text in (encoded, b85):
            if text:
                i = rng.randrange(len(text))
                bad = text[:i] + bytes([rng.randrange(128)]) + text[i + 1:]
                print(' ', bad, show(lambda: base64.a85decode(bad, foldspaces=kw['foldspaces'], adobe=kw['adobe'])),
                      show(lambda: base64.b85decode(bad)))


def section_qp(rng, count):
    import binascii
    for _ in range(count):
        data = bytes(rng.choice(b'ab =.\t\r\n_\x00\xff') for _ in range(rng.randrange(0, 90)))
        kw = dict(quotetabs=rng.random() < .5, istext=rng.random() < .7, header=rng.random() < .3)
        encoded = binascii.b2a_qp(data, **kw)
        print('qp', sorted(kw.items()), encoded, binascii.a2b_qp(encoded, header=kw['header']),
              binascii.crc_hqx(data, rng.randrange(70000)))


def section_shlex(rng, count):
    import shlex
    alphabet = ['a', 'b', '1', ' ', ' ', '&', '|', ';', '(', ')', '<', '>', '"', "'", '\\', '#', '\n', '-',
                '.', '=', '~', '*', '$', 'é', '\t']
    for _ in range(count):
        text = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 16)))
        punctuation = rng.choice([True, False, '&|', '();', '=#', '-'])
        posix = rng.random() < .6
        split = rng.random() < .5

        def tokens():
            lex = shlex.shlex(text, posix=posix, punctuation_chars=punctuation)
            lex.whitespace_split = split
            return list(lex), lex.lineno
        print('shlex', repr(text), punctuation, posix, split, show(tokens))


def section_hashlib(rng, count):
    import hashlib
    names = sorted(hashlib.algorithms_available)
    print('available', names)
    for _ in range(count):
        data = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 63, 64, 65, 127, 128, 129, 200, 300])))
        name = rng.choice(names)
        h = hashlib.new(name, data[:10])
        h.update(data[10:])
        if name.startswith('shake'):
            print(name, h.hexdigest(rng.randrange(0, 80)), h.digest_size, h.block_size, h.name)
        else:
            print(name, h.hexdigest(), h.copy().digest_size, h.block_size, h.name)
        blake = rng.choice([hashlib.blake2b, hashlib.blake2s])
        kw = {}
        if rng.random() < .5:
            kw['digest_size'] = rng.randrange(0, blake.MAX_DIGEST_SIZE + 3)
        for key, limit in (('key', blake.MAX_KEY_SIZE), ('salt', blake.SALT_SIZE), ('person', blake.PERSON_SIZE)):
            if rng.random() < .4:
                kw[key] = bytes(rng.randrange(256) for _ in range(rng.randrange(limit + 2)))
        if rng.random() < .3:
            kw.update(fanout=rng.randrange(-1, 257), depth=rng.randrange(0, 257), leaf_size=rng.randrange(2 ** 32 + 1),
                      node_offset=rng.randrange(2 ** 48 + 1), node_depth=rng.randrange(257),
                      inner_size=rng.randrange(blake.MAX_DIGEST_SIZE + 2), last_node=rng.random() < .5)
        print(' ', blake.__name__, sorted(kw), show(lambda: blake(data, **kw).hexdigest()))
        n, r, p = rng.choice([1, 2, 3, 16, 1024]), rng.choice([0, 1, 2, 8]), rng.choice([0, 1, 2])
        maxmem, dklen = rng.choice([0, 0, 100, 2 ** 31]), rng.choice([1, 16, 64, 0])
        print('  scrypt', n, r, p, maxmem, dklen,
              show(lambda: hashlib.scrypt(data, salt=data[:8], n=n, r=r, p=p, maxmem=maxmem, dklen=dklen).hex()))
        digest = rng.choice(names + ['nope'])
        print('  pbkdf2', digest, show(lambda: hashlib.pbkdf2_hmac(digest, data, b'salt', 3, rng.choice([None, 1, 40])).hex()))


def section_htmldiff(rng, count):
    import difflib
    words = ['alpha', 'beta', 'gamma', 'a b', '\tx\ty', 'delta  epsilon', '<&>', '', 'zeta long line with words', 'é']
    for _ in range(count):
        a = [rng.choice(words) + rng.choice(['', '!', ' q']) + '\n' for _ in range(rng.randrange(0, 9))]
        b = list(a)
        for _ in range(rng.randrange(0, 5)):
            op = rng.random()
            if op < .3 and b:
                del b[rng.randrange(len(b))]
            elif op < .6:
                b.insert(rng.randrange(len(b) + 1), rng.choice(words) + '\n')
            elif b:
                j = rng.randrange(len(b))
                b[j] = b[j][:-1] + rng.choice(['x', ' y', '']) + '\n'
        hd = difflib.HtmlDiff(tabsize=rng.choice([2, 8]), wrapcolumn=rng.choice([None, 5, 12, 30]))
        print(hd.make_table(a, b, rng.choice(['', 'f']), rng.choice(['', 't']), context=rng.random() < .5,
                            numlines=rng.choice([0, 1, 2, 5])))


SECTIONS = {'base64': section_base64, 'qp': section_qp, 'shlex': section_shlex, 'hashlib': section_hashlib,
            'htmldiff': section_htmldiff}


def main(argv):
    seed, count, chosen = 1, 200, []
    args = iter(argv)
    for arg in args:
        if arg == '--seed':
            seed = int(next(args))
        elif arg == '--count':
            count = int(next(args))
        else:
            chosen.append(arg)
    for name in chosen or SECTIONS:
        SECTIONS[name](random.Random(f'{seed}-{name}'), count)


if __name__ == '__main__':
    main(sys.argv[1:])
