# The namespaces of functions, methods, code, cells, the descriptors and the other callables:
# member descriptors (__doc__, __module__, co_argcount...), getset descriptors (__name__, __qualname__...).
import types
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

for t in (types.FunctionType, types.MethodType, types.CodeType, types.CellType, types.BuiltinFunctionType,
          types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
          types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
          property, classmethod, staticmethod, super, types.ModuleType, types.SimpleNamespace,
          types.GenericAlias, types.UnionType):
    listing(t)
