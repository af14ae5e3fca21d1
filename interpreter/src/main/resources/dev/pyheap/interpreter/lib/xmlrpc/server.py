"""The server side of XML-RPC's data layer: SimpleXMLRPCDispatcher turns a request's text into
a call of a registered function (or of a registered instance's method) and the result, or the
error, into a response's text. No HTTP server classes here (SimpleXMLRPCServer and the CGI and
documenting servers need http.server)."""

from functools import partial
from xmlrpc.client import Fault, dumps, loads

__all__ = ["SimpleXMLRPCDispatcher", "resolve_dotted_attribute", "list_public_methods"]


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj.a.b.c for 'a.b.c' (only the whole name without allow_dotted_names); a part that
    starts with '_' is refused."""
    for part in attr.split('.') if allow_dotted_names else [attr]:
        if part.startswith('_'):
            raise AttributeError('attempt to access private attribute "%s"' % part)
        obj = getattr(obj, part)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj) if not name.startswith('_') and callable(getattr(obj, name))]


def _fault_text(exc):
    return "%s:%s" % (type(exc), exc)


class SimpleXMLRPCDispatcher:
    """Calls registered functions, or a registered instance's methods, for XML-RPC requests."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        """Methods not registered as functions are looked up on `instance` (or its own
        _dispatch(method, params) answers)."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        """Register a function under `name` (its __name__ by default); usable as a decorator."""
        if function is None:
            return partial(self.register_function, name=name)
        self.funcs[function.__name__ if name is None else name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({'system.listMethods': self.system_listMethods,
                           'system.methodSignature': self.system_methodSignature,
                           'system.methodHelp': self.system_methodHelp})

    def register_multicall_functions(self):
        self.funcs.update({'system.multicall': self.system_multicall})

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """The response's bytes for a request's text: the result, or a Fault (code 1 and
        'type:message' for any other exception)."""
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            if dispatch_method is not None:
                result = dispatch_method(method, params)
            else:
                result = self._dispatch(method, params)
            response = dumps((result,), methodresponse=1, allow_none=self.allow_none,
                             encoding=self.encoding)
        except Fault as fault:
            response = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            response = dumps(Fault(1, _fault_text(exc)), encoding=self.encoding,
                             allow_none=self.allow_none)
        return response.encode(self.encoding, 'xmlcharrefreplace')

    def system_listMethods(self):
        methods = set(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, '_listMethods'):
                methods |= set(self.instance._listMethods())
            elif not hasattr(self.instance, '_dispatch'):
                methods |= set(list_public_methods(self.instance))
        return sorted(methods)

    def system_methodSignature(self, method_name):
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        method = self.funcs.get(method_name)
        if method is None and self.instance is not None:
            if hasattr(self.instance, '_methodHelp'):
                return self.instance._methodHelp(method_name)
            if not hasattr(self.instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name,
                                                      self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        import pydoc
        return pydoc.getdoc(method)

    def system_multicall(self, call_list):
        results = []
        for call in call_list:
            try:
                results.append([self._dispatch(call['methodName'], call['params'])])
            except Fault as fault:
                results.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
            except BaseException as exc:
                results.append({'faultCode': 1, 'faultString': _fault_text(exc)})
        return results

    def _dispatch(self, method, params):
        if method in self.funcs:
            func = self.funcs[method]
            if func is not None:
                return func(*params)
        elif self.instance is not None:
            if hasattr(self.instance, '_dispatch'):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            else:
                if func is not None:
                    return func(*params)
        raise Exception('method "%s" is not supported' % method)
