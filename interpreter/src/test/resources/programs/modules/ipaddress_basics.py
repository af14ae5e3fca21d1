# ipaddress: addresses, networks and interfaces of both versions from str, int, bytes and tuples;
# text forms (compressed, exploded, reverse pointers, scope ids), arithmetic and ordering, the is_*
# ranges, hosts/subnets/supernet/overlaps/exclusion, collapse_addresses and summarize_address_range,
# format(), pickling, and the parsing errors with their messages.
import ipaddress as ip
import pickle

for text in ['192.168.1.1', '0.0.0.0', '255.255.255.255', 3232235777, b'\x7f\x00\x00\x01', '::1', '::',
             '2001:db8::8a2e:370:7334', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:10.1.2.3',
             '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1::', 2 ** 100, b'\x00' * 15 + b'\x01']:
    a = ip.ip_address(text)
    print(repr(a), str(a), a.version, a.max_prefixlen, int(a), a.packed, a.exploded, a.compressed)
    print('  ', a.reverse_pointer, a.is_private, a.is_global, a.is_multicast, a.is_reserved, a.is_loopback,
          a.is_link_local, a.is_unspecified)
    if a.version == 6:
        print('  ', a.scope_id, a.ipv4_mapped, a.sixtofour, a.teredo, a.is_site_local)

s = ip.ip_address('fe80::1%eth0')
print(repr(s), s, s.scope_id, s.is_link_local, s == ip.ip_address('fe80::1'), s.packed)
print(ip.ip_address('2002:c000:204::1').sixtofour, ip.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
a = ip.IPv4Address('10.0.0.255')
print(a + 1, a - 256, a < ip.IPv4Address('10.0.1.0'), a == ip.IPv4Address(167772415), hash(a) == hash(ip.IPv4Address('10.0.0.255')))
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.255.255'), ip.ip_address('10.0.0.1')]))
print(format(a), format(a, 'b'), format(a, '#x'), format(a, '_X'), format(a, 'n'), format(a, '#_b'), format(a, 's'),
      format(ip.ip_address('::1'), 'x'), format(ip.ip_address('::1'), '#_n'))

for text in ['192.168.0.0/24', '10.0.0.0/255.0.0.0', '10.0.0.0/0.0.0.255', '172.16.0.0/12', '192.0.2.0/31', '192.0.2.7/32',
             ('10.1.0.0', 16), (167837696, '255.255.0.0'), '2001:db8::/32', '2001:db8::/127', 'fe80::/10', '::/0', 3232235520,
             '0.0.0.0/0', '100.64.0.0/10', '224.0.0.0/4']:
    n = ip.ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
    print('  ', n.with_prefixlen, n.with_netmask, n.with_hostmask, n.is_private, n.is_global, n.is_multicast,
          n.is_reserved, n.is_loopback, n.is_link_local, n.exploded, n.compressed)
    if n.num_addresses <= 8:
        print('  ', list(n), list(n.hosts()), n[0], n[-1])

n = ip.ip_network('192.168.0.0/24')
print(list(n.subnets())[:2], list(n.subnets(new_prefix=26)), n.supernet(), n.supernet(new_prefix=16), n.supernet(prefixlen_diff=8))
print(len(list(n.hosts())), n[5], n[-2], ip.IPv4Address('192.168.0.77') in n, ip.IPv4Address('192.168.1.1') in n,
      ip.ip_address('::1') in n)
print(n.overlaps(ip.ip_network('192.168.0.128/25')), n.overlaps(ip.ip_network('192.168.1.0/24')),
      ip.ip_network('192.168.0.128/25').subnet_of(n), n.supernet_of(ip.ip_network('192.168.0.0/30')), n.compare_networks(ip.ip_network('192.168.1.0/24')))
print(list(n.address_exclude(ip.ip_network('192.168.0.64/26'))))
print(list(ip.ip_network('2001:db8::/126').hosts()), ip.ip_network('10.0.0.0/8') < ip.ip_network('10.0.0.0/16'))
print(ip.ip_network('10.0.0.1/8', strict=False), ip.IPv6Network('2001:db8::1/64', False))

i = ip.ip_interface('192.168.5.9/24')
print(repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, str(i), int(i))
j = ip.ip_interface('2001:db8::5/64')
print(repr(j), j.ip, j.network, j.with_netmask, j.exploded, j.compressed, i == ip.IPv4Interface('192.168.5.9/24'),
      i == ip.IPv4Interface('192.168.5.9/25'), i == ip.IPv4Address('192.168.5.9'), ip.IPv4Interface('10.0.0.1'))

print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25')])))
print(list(ip.collapse_addresses([ip.ip_address('10.0.0.%d' % k) for k in (0, 1, 2, 3, 5, 6, 7, 9)])))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/24'), ip.ip_network('10.0.0.0/16'), ip.ip_network('10.1.0.0/16'), ip.ip_network('10.2.0.0/16')])))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::1'), ip.IPv6Address('::10'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_address('10.0.0.1'), ip.ip_network('::/0')], key=ip.get_mixed_type_key))
print(ip.v4_int_to_packed(1), ip.v6_int_to_packed(1))

for obj in [ip.IPv4Address('1.2.3.4'), ip.IPv6Address('fe80::1%2'), ip.IPv4Network('10.0.0.0/8'), ip.IPv6Interface('::1/64')]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj, obj.__reduce__())

bad = [lambda: ip.ip_address('1.2.3'), lambda: ip.IPv4Address('1.2.3'), lambda: ip.IPv4Address('1.2.3.256'),
       lambda: ip.IPv4Address('1.2.3.01'), lambda: ip.IPv4Address('1.2.3.a'), lambda: ip.IPv4Address('1.2.3.1234'),
       lambda: ip.IPv4Address(''), lambda: ip.IPv4Address('1..2.3'), lambda: ip.IPv4Address(-1), lambda: ip.IPv4Address(2 ** 32),
       lambda: ip.IPv4Address(b'\x01\x02'), lambda: ip.IPv4Address('1.2.3.4/8'), lambda: ip.IPv6Address('1:2'),
       lambda: ip.IPv6Address('1::2::3'), lambda: ip.IPv6Address('1:2:3:4:5:6:7:8:9'), lambda: ip.IPv6Address(':1:2::3'),
       lambda: ip.IPv6Address('1:2:3::4:'), lambda: ip.IPv6Address('1:2:3:4:5:6:7'), lambda: ip.IPv6Address('12345::'),
       lambda: ip.IPv6Address('g::'), lambda: ip.IPv6Address('::1.2.3'), lambda: ip.IPv6Address('1:2:3:4:5:6:7::8'),
       lambda: ip.IPv6Address('fe80::1%'), lambda: ip.IPv6Address(2 ** 128), lambda: ip.ip_network('10.0.0.1/8'),
       lambda: ip.ip_network('10.0.0.0/33'), lambda: ip.IPv4Network('10.0.0.0/255.0.255.0'), lambda: ip.IPv4Network('10.0.0.0/ 8'),
       lambda: ip.IPv4Network('1/2/3'), lambda: ip.IPv6Network('::/129'), lambda: ip.ip_interface('x'), lambda: ip.ip_network('x'),
       lambda: ip.ip_address('1.2.3.4') < ip.ip_address('::1'), lambda: list(ip.ip_network('10.0.0.0/8').subnets(new_prefix=4)),
       lambda: ip.ip_network('10.0.0.0/8').supernet(new_prefix=9), lambda: ip.ip_network('10.0.0.0/30')[4],
       lambda: list(ip.summarize_address_range(ip.IPv4Address('1.0.0.1'), ip.IPv4Address('1.0.0.0'))),
       lambda: list(ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_address('::1')])),
       lambda: ip.ip_network('10.0.0.0/8').subnet_of(ip.ip_network('::/0')),
       lambda: list(ip.ip_network('10.0.0.0/8').address_exclude(ip.ip_network('11.0.0.0/8'))),
       lambda: ip.ip_network('10.0.0.0/8').supernet(prefixlen_diff=9)]
for call in bad:
    try:
        print('!', call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
