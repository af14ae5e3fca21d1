# A sshd-style auth log audited: failed logins per user and source, bursts by minute, a textwrap'd summary
import re
from collections import Counter, defaultdict
from datetime import datetime
import statistics
import textwrap

LOG = """\
Mar  3 09:12:01 gw sshd[811]: Failed password for root from 10.0.0.5 port 50122 ssh2
Mar  3 09:12:04 gw sshd[811]: Failed password for root from 10.0.0.5 port 50122 ssh2
Mar  3 09:12:09 gw sshd[812]: Accepted publickey for alice from 10.0.0.8 port 41000 ssh2
Mar  3 09:13:15 gw sshd[815]: Failed password for invalid user admin from 192.168.1.77 port 6000 ssh2
Mar  3 09:13:16 gw sshd[815]: Failed password for invalid user admin from 192.168.1.77 port 6001 ssh2
Mar  3 09:13:17 gw sshd[815]: Failed password for invalid user oracle from 192.168.1.77 port 6002 ssh2
Mar  3 09:14:40 gw sshd[820]: Accepted password for bob from 10.0.0.9 port 42424 ssh2
Mar  3 09:15:02 gw sshd[821]: Failed password for bob from 10.0.0.9 port 42425 ssh2
Mar  3 09:15:59 gw CRON[900]: pam_unix(cron:session): session opened for user root
garbage line without structure
Mar  3 09:16:30 gw sshd[830]: Connection closed by 10.0.0.5 port 50200 [preauth]
"""

LINE = re.compile(
    r"(?P<ts>\w{3}\s+\d+ \d\d:\d\d:\d\d) (?P<host>\S+) (?P<prog>\w+)\[(?P<pid>\d+)\]: (?P<msg>.*)")
FAILED = re.compile(r"Failed (?P<method>\w+) for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.]+) port (?P<port>\d+)")
ACCEPTED = re.compile(r"Accepted (?P<method>\w+) for (?P<user>\S+) from (?P<ip>[\d.]+)")

failed_users = Counter()
failed_ips = Counter()
accepted = []
per_minute = defaultdict(int)
unparsed = []
times = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        unparsed.append(lineno)
        continue
    ts = datetime.strptime("2024 " + m["ts"], "%Y %b %d %H:%M:%S")
    times.append(ts)
    msg = m["msg"]
    if f := FAILED.match(msg):
        failed_users[f["user"]] += 1
        failed_ips[f["ip"]] += 1
        per_minute[ts.strftime("%H:%M")] += 1
    elif a := ACCEPTED.match(msg):
        accepted.append((ts.time().isoformat(), a["user"], a["method"]))

print(f"{'user':<10}{'failures':>9}")
for user, n in failed_users.most_common():
    print(f"{user:<10}{n:>9}")
print()
print("by source:", dict(sorted(failed_ips.items())))
print("accepted:", *accepted, sep="\n  ")
gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:])]
print("gaps: mean=%.2f median=%s pstdev=%.3f" % (statistics.mean(gaps), statistics.median(gaps), statistics.pstdev(gaps)))
print("busiest minute:", max(per_minute.items(), key=lambda kv: (kv[1], kv[0])))
print("unparsed lines:", unparsed)
span = times[-1] - times[0]
print("span:", span, "=", span.total_seconds(), "s")
summary = (f"Between {times[0]:%b %d %H:%M} and {times[-1]:%H:%M} there were {sum(failed_users.values())} "
           f"failed logins for {len(failed_users)} distinct users from {len(failed_ips)} addresses; "
           f"{len(accepted)} sessions were accepted and {len(unparsed)} line(s) could not be parsed.")
print(textwrap.fill(summary, width=48, initial_indent="* ", subsequent_indent="  "))
print(textwrap.indent(textwrap.dedent("""\
    top offender: %s
      attempts: %d
    """) % failed_ips.most_common(1)[0], "| ", lambda l: True))
print(textwrap.shorten(summary, 40, placeholder=" [...]"))
