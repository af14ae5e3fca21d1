# code: interact() reading a session from stdin (a pipe, so input() writes its prompts to stdout
# unflushed by newlines): ps1/ps2 prompts for blocks and open brackets, displayed values and `_`,
# tracebacks on stderr without the console's own frame (source lines of '<console>' are not
# shown), SyntaxErrors shown with their caret, the banner and exit message on stderr, and a
# SystemExit raised in the session leaving it.
import code
import sys

print('before', flush=True)
code.interact(banner='Welcome to the console', local={'__name__': '__console__', 'base': 10},
              exitmsg='bye now')
print('after first', flush=True)
print(sys.ps1, sys.ps2)
code.interact(banner='', exitmsg='')
print('after second')
