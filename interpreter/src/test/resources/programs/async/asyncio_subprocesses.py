# Child processes with asyncio: create_subprocess_exec with PIPE stdout/stderr and communicate(),
# a child reading its stdin line by line through process.stdin (write/drain/close) and
# process.stdout.readline, create_subprocess_shell with its exit status, wait(), returncode, and the
# argument errors of the loop's subprocess methods.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", "echo out; echo err >&2; exit 3",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(type(proc).__name__, proc.pid > 0)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", 'while read line; do echo "$line" | tr a-z A-Z; done',
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    for word in ("alpha", "beta"):
        proc.stdin.write(word.encode() + b"\n")
        await proc.stdin.drain()
        print(await proc.stdout.readline())
    proc.stdin.close()
    print(await proc.stdout.read(), await proc.wait())

    proc = await asyncio.create_subprocess_shell("echo shell; exit 7", stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.read(), await proc.wait(), proc.returncode)

    proc = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z", stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    print(await proc.communicate(b"stressed\n"))

    loop = asyncio.get_running_loop()
    for kwargs in ({"universal_newlines": True}, {"bufsize": 1}, {"text": True}, {"encoding": "utf-8"}):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, "/bin/true", **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await loop.subprocess_shell(asyncio.SubprocessProtocol, ["echo"])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
