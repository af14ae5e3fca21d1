package dev.pyheap.runtime.modules;

import dev.pyheap.api.Memory;
import dev.pyheap.runtime.CApi;
import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyFrame;
import dev.pyheap.runtime.PyGc;
import dev.pyheap.runtime.PyHeap;
import dev.pyheap.runtime.PySys;
import dev.pyheap.runtime.PyThreadState;
import dev.pyheap.runtime.gc.Binding;
import dev.pyheap.runtime.gil.Gil;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objgraph.ObjGraph;
import dev.pyheap.runtime.state.InterpreterState;
import dev.pyheap.runtime.tracemalloc.Tracemalloc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which Java stack frames are the library's own, for tracemalloc's Java-stack allocation sites:
 * the frames from the top of the stack down to the embedder's first one are skipped, as CPython's
 * tracemalloc shows Python frames, not the C functions of the interpreter.
 *
 * <p>The library is known from classes, not from names: the runtime's packages through one class
 * each (so moving or renaming a package keeps them), the runtime's API interfaces themselves
 * (their package also holds embedders' code in this module's own tests), and the modules of the
 * api, of the allocator and of the collector in use; when those run from the class path (JMH),
 * where every class is in the unnamed module, their package trees instead, cut to the depth of the
 * api's root package. A collector in this module itself (the runtime's tests have their own) is
 * its class alone: the module's tests are embedders too.
 */
final class LibraryFrames {
    private final Set<Class<?>> apiTypes = Set.of(PyHeap.class, PyThreadState.class, CApi.class, PyFrame.class, Handle.class,
            PyGc.class, PySys.class);
    private final Set<String> packages = new HashSet<>();
    private final Set<Module> modules = new HashSet<>();
    private final Set<Class<?>> classes = new HashSet<>();
    private final List<String> packageTrees = new ArrayList<>();

    LibraryFrames(Class<?> allocator, Class<?> collector) {
        for (Class<?> layer : List.of(ObjectSpace.class, InterpreterState.class, Binding.class, LibraryFrames.class, Gil.class,
                Tracemalloc.class, ObjGraph.class)) {
            packages.add(layer.getPackageName());
        }
        int depth = Memory.class.getPackageName().split("\\.").length;
        for (Class<?> c : List.of(Memory.class, allocator, collector)) {
            if (c.getModule().isNamed() && c.getModule() == LibraryFrames.class.getModule()) {
                classes.add(c);
            } else if (c.getModule().isNamed()) {
                modules.add(c.getModule());
            } else {
                String[] parts = c.getPackageName().split("\\.");
                packageTrees.add(String.join(".", List.of(parts).subList(0, Math.min(depth, parts.length))));
            }
        }
    }

    /** Whether frames of {@code c} are the library's. */
    boolean contains(Class<?> c) {
        if (apiTypes.contains(c) || classes.contains(c) || packages.contains(c.getPackageName()) || modules.contains(c.getModule())) {
            return true;
        }
        if (c.getModule().isNamed()) {
            return false;
        }
        String p = c.getPackageName();
        for (String tree : packageTrees) {
            if (p.startsWith(tree) && (p.length() == tree.length() || p.charAt(tree.length()) == '.')) {
                return true;
            }
        }
        return false;
    }
}
