# cmd.Cmd: cmdloop over a given stdin (prompts written), onecmd, help lists laid out by columnize, ?, !,
# an empty line repeating the last command, default, EOF, the hooks, intro, cmdqueue, raw input from sys.stdin
import cmd, io, sys

class Shell(cmd.Cmd):
    intro = "Welcome."
    prompt = "(shell) "
    misc_header = "Other topics:"

    def do_greet(self, arg):
        """greet [name]: say hello."""
        print("hello", arg or "world", file=self.stdout)

    def do_add(self, arg):
        """add a b: print the sum."""
        a, b = map(int, arg.split())
        print(a + b, file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def do_undoc(self, arg):
        print("undoc", file=self.stdout)

    def help_topic(self):
        print("a topic of its own", file=self.stdout)

    def do_EOF(self, arg):
        print("bye", file=self.stdout)
        return True

    def precmd(self, line):
        print("[pre]", repr(line), file=self.stdout)
        return line

    def postcmd(self, stop, line):
        print("[post]", stop, file=self.stdout)
        return stop

    def preloop(self):
        print("[preloop]", file=self.stdout)

    def postloop(self):
        print("[postloop]", file=self.stdout)

script = "greet\ngreet Ann\n\nadd 2 3\n?greet\nhelp add\nhelp topic\nhelp nothing\n!ls -l\nfrobnicate now\n123\nhelp\n"
out = io.StringIO()
sh = Shell(stdin=io.StringIO(script), stdout=out)
sh.use_rawinput = False
sh.cmdqueue.append("greet queued")
sh.cmdloop()
print(out.getvalue())

print(sh.parseline("  greet  x "), sh.parseline("?"), sh.parseline("!x"), sh.parseline(""), sh.parseline("a.b c"))
print(sh.onecmd("add 1 1"), sh.lastcmd)
print(sorted(sh.completenames("g")), sh.complete_help("to", "help to", 5, 7))
out = io.StringIO()
sh.stdout = out
sh.columnize([str(i) * (i % 7 + 1) for i in range(40)], 40)
sh.columnize([])
sh.columnize(["one"])
print(out.getvalue())
try:
    sh.columnize(["a", 1, "b", 2.0])
except TypeError as e:
    print("TypeError:", e)

class Plain(cmd.Cmd):
    def do_hi(self, arg):
        print("hi", arg)
    def do_EOF(self, arg):
        print()
        return True
p = Plain()
p.cmdloop("plain intro")
print(p.lastcmd)
