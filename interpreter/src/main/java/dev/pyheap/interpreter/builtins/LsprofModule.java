package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructSeqType;

/**
 * {@code _lsprof} (Modules/_lsprof.c), the collector under {@code cProfile}: the type
 * {@code Profiler} ({@link ProfilerType}) and the struct sequences its {@code getstats()} gives,
 * {@code profiler_entry} (code, callcount, reccallcount, totaltime, inlinetime, calls) and
 * {@code profiler_subentry} (the same without calls).
 */
final class LsprofModule {
    private LsprofModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        long doc = space.strType.runtime("Fast profiler");
        SysModule.setItem(space, dict, "__doc__", doc);
        space.decref(doc);
        StructSeqType entry = space.register(new StructSeqType(space, "_lsprof.profiler_entry", true,
                "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"));
        StructSeqType subentry = space.register(new StructSeqType(space, "_lsprof.profiler_subentry", true,
                "code", "callcount", "reccallcount", "totaltime", "inlinetime"));
        ProfilerType profiler = space.register(new ProfilerType(table.interpreter(), entry, subentry));
        SysModule.setItem(space, dict, "Profiler", profiler.typeObject());
        SysModule.setItem(space, dict, "profiler_entry", entry.typeObject());
        SysModule.setItem(space, dict, "profiler_subentry", subentry.typeObject());
    }
}
