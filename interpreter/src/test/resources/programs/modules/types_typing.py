# types and typing as annotations use them
import types
from typing import List, Dict, Optional, Union, Any, Callable, Tuple
def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]:
    return {'x': x, 'y': y}
print(f([1]), f.__annotations__['y'] == Optional[str])
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = 3
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=3))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), types.ModuleType('m'))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), type(None) is types.NoneType)
x: int = 5
print(__annotations__)
