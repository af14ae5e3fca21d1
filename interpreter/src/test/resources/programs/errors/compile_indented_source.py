# compile() of source whose first line is indented is an IndentationError in every mode; eval()
# of a str skips leading spaces and tabs only (builtin_eval_impl), so a newline or form feed first
# is left to the parser.
for src, kind in [("  1", "compile-eval"), ("  1", "eval"), ("\t 1", "eval"), ("\n 1", "eval"), (" \n1", "eval"), ("\f1", "eval"), ("  x = 1", "compile-exec"), ("  1", "compile-single"), ("1", "compile-eval")]:
    try:
        if kind == "eval":
            r = eval(src)
        else:
            r = compile(src, "<s>", kind.split("-")[1])
            r = type(r).__name__
        print(repr(src), kind, r)
    except SyntaxError as e:
        print(repr(src), kind, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
