package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyMethod;
import dev.pyheap.runtime.objects.PyType;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code PyMethodDef} of a method of a type's table ({@link PyMethod}), made once per method so
 * that {@code [].append} can be a {@code builtin_function_or_method} bound to its receiver.
 */
final class MethodDefs {
    private final ObjectSpace space;
    private final Map<PyMethod, BuiltinFunctionType.Def> defs = new WeakHashMap<>();

    MethodDefs(ObjectSpace space) {
        this.space = space;
    }

    BuiltinFunctionType.Def of(PyType type, String name, PyMethod m) {
        return defs.computeIfAbsent(m, k -> new BuiltinFunctionType.Def(name, (self, args, nargs, kwnames) -> {
            if (kwnames != 0 && space.tupleType.size(kwnames) > 0) {
                throw new PyException("TypeError", type.name + "." + name + "() takes no keyword arguments");
            }
            long[] a = new long[(int) nargs];
            for (int i = 0; i < nargs; i++) {
                a[i] = space.memory.getLong(args + 8L * i);
            }
            return m.call(self, a);
        }, null));
    }
}
