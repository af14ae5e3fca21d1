# cgi (deprecated in 3.11: the DeprecationWarning its import gives): parse_header (parameters, quoting,
# ';' inside quotes), parse over QUERY_STRING and a POST body (urlencoded, the query appended, an
# unknown type), parse_multipart, FieldStorage over GET and POST environs and multipart bodies (fields,
# repeated names, a file upload with its filename and bytes, a large field kept in a temporary file,
# a part without Content-Type, CRLF and LF line ends, the preamble and epilogue, nested headers),
# getvalue/getfirst/getlist/keys/in/len/bool, reprs, MiniFieldStorage, maxlen, max_num_fields,
# the errors (not indexable, invalid boundary, bad headers or fp), valid_boundary, print_form and
# print_environ_usage.
import io
import cgi
import sys

print('-- parse_header')
for line in ['text/html', 'text/html; charset="utf-8"', 'form-data; name="a;b"; filename="c\\"d.txt"',
             'multipart/form-data; boundary=----x; CHARSET=latin1', 'x; novalue; =empty; k = v ', '']:
    print(repr(line), cgi.parse_header(line))

print('-- parse')
env = {'QUERY_STRING': 'a=1&b=2&a=3&blank=', 'REQUEST_METHOD': 'GET'}
print(cgi.parse(environ=env), cgi.parse(environ=env, keep_blank_values=1))
body = b'x=10&y=20'
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded', 'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'q=query'}
print(cgi.parse(io.BytesIO(body), env), env['QUERY_STRING'])
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain', 'QUERY_STRING': 'only=query'}
print(cgi.parse(io.BytesIO(b'ignored'), env))
env = {'REQUEST_METHOD': 'GET'}
print(cgi.parse(environ=env), env)
try:
    cgi.parse(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&bad'}, strict_parsing=1)
except ValueError as e:
    print('ValueError', e)

MULTI = (b'preamble to ignore\r\n'
         b'--BOUNDARY\r\n'
         b'Content-Disposition: form-data; name="title"\r\n'
         b'\r\n'
         b'Hello form\r\n'
         b'--BOUNDARY\r\n'
         b'Content-Disposition: form-data; name="tag"\r\n'
         b'\r\n'
         b'one\r\n'
         b'--BOUNDARY\r\n'
         b'Content-Disposition: form-data; name="tag"\r\n'
         b'\r\n'
         b'two\r\nlines\r\n'
         b'--BOUNDARY\r\n'
         b'Content-Disposition: form-data; name="upload"; filename="notes.txt"\r\n'
         b'Content-Type: text/plain; charset=latin-1\r\n'
         b'X-Extra: yes\r\n'
         b'\r\n'
         b'file \xe9 data\r\nsecond line\r\n\r\n'
         b'--BOUNDARY\r\n'
         b'Content-Disposition: form-data; name="big"\r\n'
         b'\r\n'
         + b'0123456789' * 150 + b'\r\n'
         b'--BOUNDARY--\r\n'
         b'epilogue to ignore\r\n')

print('-- parse_multipart')
print({k: [v[:20] for v in vs] for k, vs in cgi.parse_multipart(io.BytesIO(MULTI), {'boundary': b'BOUNDARY'}).items()})

print('-- FieldStorage multipart')
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=BOUNDARY', 'CONTENT_LENGTH': str(len(MULTI))}
form = cgi.FieldStorage(io.BytesIO(MULTI), environ=env)
print(form.type, form.type_options, form.length, form.bytes_read == len(MULTI), form.done, len(form), sorted(form.keys()), bool(form))
print(form.getvalue('title'), form.getvalue('tag'), form.getfirst('tag'), form.getlist('title'), form.getvalue('nope', 'dflt'), form.getlist('nope'), 'upload' in form, 'nope' in form)
up = form['upload']
print(repr(up), up.name, up.filename, up.type, up.type_options, up.disposition, up.disposition_options)
print(up.headers['x-extra'], type(up.file).__name__, up.value, up.file.read())
big = form['big']
print(type(big.value).__name__, len(big.value), big.value[:12], type(big.file).__name__ != 'StringIO')
title = form['title']
print(repr(title), type(title.file).__name__, title.filename, title.type, title.length, title.list)
print([repr(item) for item in form['tag']])
try:
    form['nope']
except KeyError as e:
    print('KeyError', e)

print('-- LF line ends and a part with Content-Length')
LF = b'--b\nContent-Disposition: form-data; name="a"\nContent-Length: 999\n\nvalue a\n--b\nContent-Disposition: form-data; name="f"; filename=""\n\n\n--b--\n'
form = cgi.FieldStorage(io.BytesIO(LF), headers={'content-type': 'multipart/form-data; boundary=b'}, environ={'REQUEST_METHOD': 'POST'})
print([(item.name, item.filename, item.value) for item in form.list], form.length)

print('-- FieldStorage urlencoded')
form = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'k=v&k=w&e=&z=%C3%A9'})
print(repr(form), form.type, form.getvalue('k'), form.getvalue('z'), sorted(form.keys()), form.list)
form = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'k=v&e='}, keep_blank_values=1)
print(form.list, form['e'].value == '', cgi.MiniFieldStorage('n', 'v'), cgi.MiniFieldStorage('n', 'v').filename)
body = b'name=post&name=again'
form = cgi.FieldStorage(io.BytesIO(body), environ={'REQUEST_METHOD': 'POST', 'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'from=query'})
print(form.type, form.list, form.qs_on_post)
form = cgi.FieldStorage(io.BytesIO(b'plain body'), headers={'content-type': 'text/plain', 'content-length': '10', 'content-disposition': 'attachment; filename="x.txt"'}, environ={'REQUEST_METHOD': 'PUT'})
print(repr(form), form.list, form.file.read())
try:
    form.keys()
except TypeError as e:
    print('TypeError', e)
try:
    bool(form)
except TypeError as e:
    print('TypeError', e)

print('-- limits and errors')
cgi.maxlen = 5
try:
    cgi.FieldStorage(io.BytesIO(body), environ={'REQUEST_METHOD': 'POST', 'CONTENT_LENGTH': str(len(body))})
except ValueError as e:
    print('ValueError', e)
cgi.maxlen = 0
try:
    cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&c=3'}, max_num_fields=2)
except ValueError as e:
    print('ValueError', e)
for kwargs in [{'headers': 'text'}, {'fp': object()}, {'outerboundary': 'str'}]:
    try:
        cgi.FieldStorage(environ={'REQUEST_METHOD': 'POST'}, **kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    cgi.FieldStorage(io.BytesIO(b''), headers={'content-type': 'multipart/form-data; boundary= bad '}, environ={'REQUEST_METHOD': 'POST'})
except ValueError as e:
    print('ValueError', e)
try:
    cgi.FieldStorage(io.StringIO('a=1'), headers={'content-type': 'application/x-www-form-urlencoded', 'content-length': '3'}, environ={'REQUEST_METHOD': 'POST'})
except ValueError as e:
    print('ValueError', str(e).split(' should')[1])
print(bool(cgi.valid_boundary('abc')), bool(cgi.valid_boundary(b'a b')), bool(cgi.valid_boundary('ends ')), bool(cgi.valid_boundary('x' * 201)), bool(cgi.valid_boundary('x' * 202)), bool(cgi.valid_boundary('')))

print('-- print_form')
cgi.print_form(cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'b=<2>&a=1&a=2'}))
cgi.print_form(cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': ''}))
cgi.print_environ({'B': '2 & 3', 'A': '<1>'})
cgi.print_environ_usage()
print(cgi.__version__, sorted(cgi.__all__))
