"""The comic this module is named after, opened in a web browser on import, and the geohashing
algorithm of xkcd 426."""

import hashlib
import webbrowser

webbrowser.open("https://xkcd.com/353/")


def geohash(latitude, longitude, datedow):
    """Print the geohash of a day's meeting point: the integer parts of latitude and
    longitude, each followed by the fraction a half of the MD5 of datedow (bytes, the date and
    the Dow Jones opening, b'2005-05-26-10458.68') gives as a hexadecimal fraction."""
    digest = hashlib.md5(datedow, usedforsecurity=False).hexdigest()
    lat_fraction, lon_fraction = ('%f' % float.fromhex('0.' + half) for half in (digest[:16], digest[16:32]))
    print('%d%s %d%s' % (latitude, lat_fraction[1:], longitude, lon_fraction[1:]))
