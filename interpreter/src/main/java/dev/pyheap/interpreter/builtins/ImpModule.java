package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _imp} (Python/import.c): what {@code importlib.util} and {@code importlib.machinery},
 * written in Python, ask of this import system, which is Java. {@code is_builtin(name)} (1 for a
 * built-in module: written in Java, or one CPython builds in that the library writes in Python;
 * else 0), {@code is_frozen(name)} (always False: nothing is frozen here),
 * {@code extension_suffixes()}, and {@code _library_source(path)}: the {@code __file__} and
 * bytes of the library's file at {@code path} ({@code "json/__init__.py"}), or None, so that a
 * module of the library can be found without importing it; {@code _find_and_load(name)}: the
 * module found by sys.meta_path's finders and loaded, or None when none finds it (the search and the
 * loading of importlib._bootstrap's {@code _find_and_load_unlocked}, whose Python half raises the
 * ModuleNotFoundError so its traceback entries are CPython's).
 */
final class ImpModule {
    private ImpModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "is_builtin", (self, a, n, kw) -> {
            long name = new CallArgs(space, "is_builtin", a, n, kw).exactly(1).get(0);
            if (!space.strType.check(name)) {
                throw new PyException("TypeError", "is_builtin() argument must be str, not " + space.typeOf(name).name);
            }
            return space.newInt(table.isBuiltin(space.strType.value(name)) ? 1 : 0);
        });
        SysModule.function(space, module, dict, "is_frozen", (self, a, n, kw) -> {
            new CallArgs(space, "is_frozen", a, n, kw).exactly(1);
            return space.newBool(false);
        });
        SysModule.function(space, module, dict, "extension_suffixes", (self, a, n, kw) -> {
            new CallArgs(space, "extension_suffixes", a, n, kw).exactly(0);
            String[] suffixes = {".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"};
            long list = space.listType.create();
            for (String s : suffixes) {
                long item = space.strType.runtime(s);
                space.listType.append(list, item);
                space.decref(item);
            }
            return list;
        });
        SysModule.function(space, module, dict, "_find_and_load", (self, a, n, kw) -> {
            long name = new CallArgs(space, "_find_and_load", a, n, kw).exactly(1).get(0);
            if (!space.strType.check(name)) {
                throw new PyException("TypeError", "_find_and_load() argument must be str, not " + space.typeOf(name).name);
            }
            long found = table.findAndLoad(space.strType.value(name));
            return found == 0 ? space.newNone() : space.newRef(found);
        });
        SysModule.function(space, module, dict, "_library_source", (self, a, n, kw) -> {
            long path = new CallArgs(space, "_library_source", a, n, kw).exactly(1).get(0);
            if (!space.strType.check(path)) {
                throw new PyException("TypeError", "_library_source() argument must be str, not " + space.typeOf(path).name);
            }
            var file = ModuleTable.librarySource(space.strType.value(path)).orElse(null);
            if (file == null) {
                return space.newNone();
            }
            long filename = space.strType.runtime(file.filename());
            long source = space.bytesType.of(file.source());
            try {
                return space.tupleType.create(filename, source);
            } finally {
                space.decref(filename);
                space.decref(source);
            }
        });
    }
}
