# struct.pack's range errors name what _struct.c's packer for the code and byte order says: the
# native packers (native mode, and '<'/'=' where the standard size is the native one on this
# little-endian machine) read a C long first ("argument out of range"), then the named or the
# quoted range; the big-endian and other standard ones quote the code; the standard 8-byte ones
# and an int given to a float code say "int too large to convert"; 'P' takes -1.
import struct

for code in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for order in ['', '<', '>', '=', '!']:
        if order and code in 'nNP':
            continue
        fmt = order + code
        row = []
        for v in [-1, 99999, 2**32, 2**63, -2**63 - 1, 2**64, 10**20]:
            try:
                row.append(struct.pack(fmt, v).hex())
            except struct.error as e:
                row.append(str(e))
        print(f"{fmt:3}", " | ".join(row))
for fmt in ['e', '>e', 'f', 'd']:
    for v in [99999, 10**20, 1e300, 10**400]:
        try:
            print(fmt, v if v < 10**30 else "big", struct.pack(fmt, v).hex())
        except (struct.error, OverflowError) as e:
            print(fmt, v if v < 10**30 else "big", type(e).__name__, e)
