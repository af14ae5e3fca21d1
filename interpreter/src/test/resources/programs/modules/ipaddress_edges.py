# ipaddress edges a differential fuzzer against CPython's module found: collapse_addresses checks its
# input at once but merges (and meets mixed versions) only when read; exploded and reverse_pointer
# re-read the short text (so a scope id fails there); networks' reverse pointers keep the prefix;
# interfaces against bare addresses (equality, ordering, is_unspecified); hosts() of /31, /32 and
# /127, /128 built from any input; address_exclude's order; netmask and hostmask spellings; tuples of
# odd lengths; __format__'s accepted specs; the parse errors' exact messages.
import ipaddress as ip


def show(label, make):
    try:
        value = make()
        if hasattr(value, '__next__'):
            value = list(value)
        print(label, '->', value)
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


show('collapse(5)', lambda: ip.collapse_addresses(5))
lazy = ip.collapse_addresses([ip.ip_address('10.0.0.1'), ip.ip_network('::/64')])
show('mixed blocks', lambda: ip.collapse_addresses([ip.ip_network('10.0.0.0/24'), ip.ip_network('::/64')]))
print('mixed blocks made an iterator:', type(lazy).__name__)
show('read it', lambda: lazy)
show('mixed singles', lambda: ip.collapse_addresses([ip.ip_address('1.2.3.4'), ip.ip_address('::1')]))
show('collapse', lambda: ip.collapse_addresses(
    [ip.ip_address('192.0.2.%d' % i) for i in (7, 1, 2, 3, 0, 9, 8)] + [ip.ip_network('192.0.2.16/29'),
     ip.ip_network('192.0.2.24/29'), ip.ip_interface('192.0.2.4/32'), ip.ip_network('192.0.2.18/31')]))
show('summarize', lambda: ip.summarize_address_range(ip.ip_address('10.0.0.3'), ip.ip_address('10.0.1.9')))
show('summarize top', lambda: ip.summarize_address_range(ip.ip_address('255.255.255.250'), ip.ip_address('255.255.255.255')))
show('summarize nets', lambda: ip.summarize_address_range(ip.ip_network('10.0.0.0/8'), ip.ip_address('10.0.0.1')))
show('summarize order', lambda: ip.summarize_address_range(ip.ip_address('10.0.0.2'), ip.ip_address('10.0.0.1')))

scoped = ip.ip_address('fe80::1%eth0')
show('scoped exploded', lambda: scoped.exploded)
show('scoped reverse', lambda: scoped.reverse_pointer)
show('scoped hash equal', lambda: hash(scoped) == hash(ip.ip_address('fe80::1%eth0')))
show('scoped network', lambda: ip.ip_network('fe80::%eth0/64').network_address.scope_id)
show('scoped interface', lambda: (ip.ip_interface('fe80::1%eth0/64').exploded, ip.ip_interface('fe80::1%eth0/64')))
for bad in ['fe80::1%', 'fe80::1%a%b', '1::2::3', ':1::2', '1::2:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::8',
            '::1.2.3', '::1.2.3.256', '12345::', 'g::', '1:2', '1.2.3', '01.2.3.4', '1.2.3.4/8/1', '', '1.2.3.4.',
            '١.2.3.4', '::1/129', '1.2.3.4/255.0.255.0', '1.2.3.4/0.0.0.255', '1.2.3.4/-1', '1.2.3.4/ 8']:
    show('network %r' % bad, lambda: ip.ip_network(bad, strict=False))
    show('IPv6Network %r' % bad, lambda: ip.IPv6Network(bad))
    show('IPv4Interface %r' % bad, lambda: ip.IPv4Interface(bad))
for value in [-1, 2 ** 32, 2 ** 128, b'\x01\x02\x03', b'\x00' * 17, True, 1.5, None]:
    show('address %r' % (value,), lambda: ip.ip_address(value))
    show('IPv4Address %r' % (value,), lambda: ip.IPv4Address(value))
    show('IPv6Address %r' % (value,), lambda: ip.IPv6Address(value))
for arg in [('10.0.0.1',), ('10.0.0.1', 8, 1), (), ('10.0.0.1', '255.0.0.0'), (167772161, '0.255.255.255'), ('10.0.0.1', 33)]:
    show('network tuple %r' % (arg,), lambda: ip.IPv4Network(arg, strict=False))

print(ip.ip_network('10.1.2.0/24').reverse_pointer, ip.ip_network('2001:db8::/32').reverse_pointer)
print(ip.ip_network('2001:db8::/32').exploded, ip.ip_interface('2001:db8::5/64').exploded)

for text in ['10.0.0.0/31', '10.0.0.7/32', '2001:db8::/127', '2001:db8::5/128', '10.0.0.0/30', '2001:db8::/126']:
    net = ip.ip_network(text)
    print(text, list(net.hosts()), net[0], net[-1], net.num_addresses)
print(list(ip.IPv4Network((167772167, 32)).hosts()), list(ip.IPv4Network(b'\n\x00\x00\x07').hosts()))

bare, face = ip.ip_address('10.0.0.1'), ip.ip_interface('10.0.0.1/8')
print(bare == face, face == bare, bare < face, face < bare, face > bare, sorted([face, bare]))
print(face == ip.ip_interface('10.0.0.1/16'), face < ip.ip_interface('10.0.0.1/16'), face < ip.ip_interface('10.0.0.0/8'))
print(ip.ip_interface('0.0.0.0/8').is_unspecified, ip.ip_interface('::/64').is_unspecified, ip.ip_interface('::/128').is_unspecified)
print(face + 1, face - 1, face.ip, face.network, face.with_netmask, face.with_hostmask, face.hostmask)
show('net + 1', lambda: ip.ip_network('10.0.0.0/8') + 1)
show('net < addr', lambda: ip.ip_network('10.0.0.0/8') < bare)
show('addr in net', lambda: bare in ip.ip_network('10.0.0.0/8'))
show('net in net', lambda: ip.ip_network('10.0.0.0/16') in ip.ip_network('10.0.0.0/8'))
show('v6 in v4', lambda: ip.ip_address('::1') in ip.ip_network('10.0.0.0/8'))
show('int in net', lambda: 5 in ip.ip_network('10.0.0.0/8'))
show('v4 < v6', lambda: bare < ip.ip_address('::1'))
show('subnet_of addr', lambda: ip.ip_network('10.0.0.0/8').subnet_of(bare))
show('subnet_of v6', lambda: ip.ip_network('10.0.0.0/8').subnet_of(ip.ip_network('::/0')))
show('compare v6', lambda: ip.ip_network('10.0.0.0/8').compare_networks(ip.ip_network('::/0')))

big = ip.ip_network('10.0.0.0/8')
show('exclude', lambda: big.address_exclude(ip.ip_network('10.5.6.0/24')))
show('exclude self', lambda: big.address_exclude(big))
show('exclude outside', lambda: big.address_exclude(ip.ip_network('11.0.0.0/24')))
show('exclude addr', lambda: big.address_exclude(bare))
show('subnets', lambda: ip.ip_network('10.0.0.0/29').subnets(new_prefix=31))
show('subnets bad', lambda: ip.ip_network('10.0.0.0/29').subnets(prefixlen_diff=4))
show('subnets both', lambda: ip.ip_network('10.0.0.0/29').subnets(2, new_prefix=31))
show('supernet', lambda: ip.ip_network('10.0.0.0/29').supernet(new_prefix=20))
show('supernet bad', lambda: ip.ip_network('10.0.0.0/29').supernet(prefixlen_diff=30))
show('supernet of /0', lambda: ip.ip_network('::/0').supernet(5))
show('getitem', lambda: (big[2 ** 24 - 1], big[-2 ** 24]))
show('getitem past', lambda: big[2 ** 24])

six = ip.ip_address('2001:db8::1')
for spec in ['', 's', '>30', 'b', 'x', 'X', 'n', '#n', '_x', '#_X', '#_b', 'd', '#', '_#x', 'xx']:
    show('format %r' % spec, lambda: (format(bare, spec), format(six, spec), format(face, spec)))
print(ip.ip_address('1:0:0:1:0:0:0:1'), ip.ip_address('1:0:0:1:0:0:1:1'), ip.ip_address('0:0:1:0:0:1:0:0'),
      ip.ip_address('1:0:1:0:1:0:1:0'), ip.ip_address('::ffff:1.2.3.4'), ip.ip_address('::1.2.3.4'))
print(ip.ip_network('10.0.0.0/255.255.0.0').prefixlen, ip.ip_network('10.0.0.0/0.0.255.255').prefixlen,
      ip.ip_network('10.0.0.0/0.0.0.0', False), ip.ip_network('0.0.0.0/255.255.255.255').prefixlen)
print(ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('100.0.0.0/9').is_global, ip.ip_address('100.64.1.1').is_global,
      ip.ip_network('::ffff:10.0.0.0/104').is_private, ip.ip_address('::ffff:10.0.0.1').is_private)
print(ip.get_mixed_type_key(5), sorted([big, bare, ip.ip_network('10.0.0.0/16'), ip.ip_address('9.0.0.0')], key=ip.get_mixed_type_key))
print(ip.v4_int_to_packed(258), ip.v6_int_to_packed(258))
show('packed neg', lambda: ip.v4_int_to_packed(-1))
show('packed big', lambda: ip.v6_int_to_packed(2 ** 128))
print(face.__reduce__(), bare.__reduce__(), scoped.__reduce__(), big.__reduce__())
