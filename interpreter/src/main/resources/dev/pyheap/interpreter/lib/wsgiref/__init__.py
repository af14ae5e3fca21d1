"""wsgiref: the reference library of WSGI (PEP 3333).

util (URIs of a request, FileWrapper, test environs), headers (Headers),
handlers (running an application over streams or CGI), simple_server (a WSGI
server on http.server), validate (a checker between an application and its
server) and types (the protocols' names for type checking).
"""
