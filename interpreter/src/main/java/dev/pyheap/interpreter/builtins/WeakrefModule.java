package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.List;

/**
 * {@code _weakref} (Modules/_weakref.c): {@code ref} (the weakref type), {@code getweakrefcount},
 * {@code getweakrefs}, {@code ReferenceType}, {@code proxy} with {@code ProxyType} and
 * {@code CallableProxyType}, and {@code _remove_dead_weakref}, over the runtime's weak references.
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long ref = space.weakrefType.typeObject();
        SysModule.setItem(space, dict, "ref", ref);
        SysModule.setItem(space, dict, "ReferenceType", ref);
        SysModule.setItem(space, dict, "ProxyType", space.weakProxyType.typeObject());
        SysModule.setItem(space, dict, "CallableProxyType", space.weakCallableProxyType.typeObject());
        SysModule.function(space, module, dict, "proxy", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "proxy", a, n, kw).range(1, 2);
            return space.weakrefType.createProxy(c.get(0), n > 1 ? c.get(1) : 0);
        });
        SysModule.function(space, module, dict, "getweakrefcount", (self, a, n, kw) -> {
            long o = new CallArgs(space, "getweakrefcount", a, n, kw).exactly(1).get(0);
            return space.newInt(space.typeOf(o).weaklistOffset() == 0 ? 0 : space.weakrefType.weakrefsTo(o).size());
        });
        SysModule.function(space, module, dict, "getweakrefs", (self, a, n, kw) -> {
            long o = new CallArgs(space, "getweakrefs", a, n, kw).exactly(1).get(0);
            List<Long> refs = space.typeOf(o).weaklistOffset() == 0 ? List.of() : space.weakrefType.weakrefsTo(o);
            return space.listType.create(refs.stream().mapToLong(Long::longValue).toArray());
        });
        SysModule.function(space, module, dict, "_remove_dead_weakref", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "_remove_dead_weakref", a, n, kw).range(2, 2);
            long d = c.get(0), key = c.get(1);
            if (!space.dictType.check(d)) { // Argument Clinic's subclass_of='&PyDict_Type'
                throw dev.pyheap.runtime.objects.CallArguments.badArgument(space, "_remove_dead_weakref", "argument 1", "dict", d);
            }
            long v = space.dictType.get(d, key);
            if (v != 0 && space.weakrefType.check(v) && space.weakrefType.referent(v) == space.none) {
                space.dictType.delItem(d, key);
            }
            return space.newNone();
        });
    }
}
