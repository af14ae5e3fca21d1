# An interactive to-do shell on cmd.Cmd driven by a script through stdin-like StringIO: do_* commands, help topics and undocumented commands, default() for unknown input, completion names, precmd/postcmd hooks, EOF ending the loop.
import cmd
import io
import shlex

class TodoShell(cmd.Cmd):
    intro = "Welcome to todo. Type help or ? to list commands."
    prompt = "(todo) "
    ruler = "~"
    doc_header = "Documented commands (type help <topic>):"
    def __init__(self, stdin, stdout):
        super().__init__(stdin=stdin, stdout=stdout)
        self.use_rawinput = False
        self.items = []
        self.count = 0
    def precmd(self, line):
        self.count += 1
        return line.strip()
    def postcmd(self, stop, line):
        if line and not stop:
            self.stdout.write(f"  [{self.count}] ok\n")
        return stop
    def emptyline(self):
        self.stdout.write("  (empty line ignored)\n")
    def do_add(self, arg):
        "add TEXT... -- add items (quote multi-word items)"
        for item in shlex.split(arg):
            self.items.append(item)
    def do_list(self, arg):
        "list -- show items"
        for i, item in enumerate(self.items, 1):
            self.stdout.write(f"  {i}. {item}\n")
        if not self.items:
            self.stdout.write("  nothing to do\n")
    def do_done(self, arg):
        try:
            removed = self.items.pop(int(arg) - 1)
            self.stdout.write(f"  removed {removed!r}\n")
        except (ValueError, IndexError) as e:
            self.stdout.write(f"  error: {e}\n")
    def help_done(self):
        self.stdout.write("done N -- remove item N\n")
    def do_secret(self, arg):
        self.stdout.write("  undocumented command ran\n")
    def help_topics(self):
        self.stdout.write("This help topic has no command.\n")
    def default(self, line):
        self.stdout.write(f"  unknown command: {line!r}\n")
    def complete_add(self, text, line, begidx, endidx):
        return [w for w in ("milk", "mail", "meeting") if w.startswith(text)]
    def do_quit(self, arg):
        "quit -- leave"
        self.stdout.write("bye\n")
        return True
    do_EOF = do_quit

script = io.StringIO("""add milk "call mom" bread
list
done 2
done 9
done x

frobnicate now
help
help done
help add
help topics
help nothing
?list
!shell
secret
list
""")
out = io.StringIO()
shell = TodoShell(script, out)
shell.cmdloop()
print(out.getvalue())
print(shell.completenames("d"), shell.completenames("he"), shell.complete_add("m", "add m", 4, 5))
print(shell.parseline("add  x y"), shell.parseline("?x"), shell.parseline("!ls -l"), shell.parseline(""))
print(shell.onecmd("add later"), shell.items, shell.lastcmd)
print(shell.get_names()[:4])
