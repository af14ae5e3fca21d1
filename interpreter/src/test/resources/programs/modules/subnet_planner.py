# An office network plan with ipaddress: splitting a block into subnets by host count, supernets, collapse_addresses and address_exclude, membership, reverse pointers, IPv6 prefixes, interface objects, and the errors of bad addresses and masks.
import ipaddress as ip
import math

block = ip.ip_network("10.20.0.0/22")
needs = {"servers": 60, "staff": 200, "guests": 120, "printers": 10, "vpn": 25}
print(block, block.num_addresses, block.netmask, block.hostmask, block.broadcast_address)
free = [block]
plan = {}
for name, hosts in sorted(needs.items(), key=lambda kv: -kv[1]):
    prefix = 32 - math.ceil(math.log2(hosts + 2))
    for i, candidate in enumerate(sorted(free)):
        if candidate.prefixlen <= prefix:
            free.pop(free.index(candidate))
            subnet, *rest = candidate.subnets(new_prefix=prefix)
            plan[name] = subnet
            free.extend(rest)
            break
for name, net in sorted(plan.items(), key=lambda kv: kv[1]):
    hosts = list(net.hosts())
    print(f"{name:<9} {str(net):<17} usable={len(hosts):>3} first={hosts[0]} last={hosts[-1]} gw={net[1]}")
print("free:", [str(n) for n in ip.collapse_addresses(free)])
print(ip.ip_address("10.20.1.77") in plan["staff"], ip.ip_address("10.20.3.1") in block, plan["vpn"].subnet_of(block))
print(plan["printers"].supernet(), plan["printers"].supernet(prefixlen_diff=4), block.supernet(new_prefix=16))
print(list(ip.ip_network("192.168.0.0/24").address_exclude(ip.ip_network("192.168.0.64/27"))))
print(list(ip.collapse_addresses([ip.ip_network("10.0.0.0/25"), ip.ip_network("10.0.0.128/25"), ip.ip_network("10.0.1.0/24")])))
print([str(n) for n in ip.summarize_address_range(ip.ip_address("10.0.0.5"), ip.ip_address("10.0.0.20"))])
a = ip.ip_address("192.0.2.33")
print(a.reverse_pointer, int(a), a + 10, a.is_private, a.is_global, a.packed.hex(), ip.ip_address(3221225985))
for text in ("127.0.0.1", "169.254.1.1", "224.0.0.1", "8.8.8.8", "::1", "fe80::1", "2001:db8::1", "::ffff:10.0.0.1"):
    x = ip.ip_address(text)
    print(f"{text:<16} v{x.version} loopback={x.is_loopback} private={x.is_private} multicast={x.is_multicast} link_local={x.is_link_local}")
v6 = ip.ip_network("2001:db8:abcd::/48")
print(v6.num_addresses, list(v6.subnets(new_prefix=50)), v6.compressed, v6.exploded)
print(ip.ip_address("2001:db8::ff00:42:8329").exploded, ip.ip_address("::ffff:10.0.0.1").ipv4_mapped)
iface = ip.ip_interface("10.20.1.5/24")
print(iface, iface.ip, iface.network, iface.with_netmask, iface.with_hostmask, iface.with_prefixlen)
print(sorted([ip.ip_address("10.0.0.10"), ip.ip_address("10.0.0.9"), ip.ip_address("9.255.255.255")]))
print(ip.ip_network("10.0.0.0/8").overlaps(block), ip.ip_network("10.1.2.3/8", strict=False), ip.get_mixed_type_key(a))
for bad in (lambda: ip.ip_address("300.1.1.1"), lambda: ip.ip_network("10.0.0.1/24"), lambda: ip.ip_network("10.0.0.0/33"),
            lambda: ip.ip_address("1:2:3:4:5:6:7:8:9"), lambda: ip.ip_address(2 ** 129), lambda: block.subnets(prefixlen_diff=1, new_prefix=24).__next__(),
            lambda: ip.ip_address("10.0.0.1") < ip.ip_address("::1"), lambda: ip.IPv4Address("01.2.3.4")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
