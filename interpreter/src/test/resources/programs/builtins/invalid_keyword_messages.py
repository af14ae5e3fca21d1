# CPython 3.11's C functions refuse an unknown keyword as getargs.c does: "'x' is an invalid keyword
# argument for f()"; methods without keywords name their type
tests = [
 "sorted([], cmp=1)", "[].sort(cmp=1)", "print(x=1)", "int('1', bas=2)", "'a'.split(sepp=1)", "min([1], kee=1)",
 "dict.fromkeys([], v=1)", "[].index(1, x=2)", "'a'.encode(encodin='x')", "enumerate([], star=1)", "zip([], stric=1)",
 "'a'.splitlines(keep=1)", "b'a'.hex(se=1)", "(1).to_bytes(1, 'big', signe=1)", "int.from_bytes(b'', 'big', signe=1)",
 "round(1.5, ndigit=1)", "max([], defaul=1)", "sum([], star=1)", "open('x', mod='r')", "range(1, x=2)", "''.expandtabs(tabs=1)",
 "str(objec=1)", "bytes(sourc=1)", "bytearray(sourc=1)", "float(x=1)", "complex(rea=1)", "divmod(1, 2, x=3)",
]
for t in tests:
    try:
        eval(t)
        print(t, 'ok')
    except TypeError as e:
        print(t, '->', e)
