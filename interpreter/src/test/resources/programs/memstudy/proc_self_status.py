# Reading VmRSS / VmPeak from /proc/self/status (Linux), as memory-profiling posts do.
def read_status():
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields

status = read_status()
for key in ("VmPeak", "VmSize", "VmRSS", "VmHWM"):
    value = status.get(key, "")
    number, unit = value.split()
    print(key, "present, unit", unit, "positive:", int(number) > 0)
print("Threads is a number:", status["Threads"].isdigit())
print("Name field exists:", "Name" in status)

def rss_kb():
    return int(read_status()["VmRSS"].split()[0])

def kb(key):
    return int(read_status()[key].split()[0])

block = [0] * (10 * 1024 * 1024)
print("RSS while holding 80 MB is positive:", rss_kb() > 0)
# VmHWM is the kernel's high-water mark of VmRSS, but it is brought up to date lazily: in a process
# with other threads a read can find VmRSS a little above it, so compare one snapshot loosely.
snapshot = read_status()
print("high-water mark and current RSS both reported:",
      int(snapshot["VmHWM"].split()[0]) > 0 and int(snapshot["VmRSS"].split()[0]) > 0)
print("peak virtual size >= current:", kb("VmPeak") >= kb("VmSize"))
del block
with open("/proc/self/statm") as f:
    parts = f.read().split()
print("statm fields:", len(parts), all(p.isdigit() for p in parts))
