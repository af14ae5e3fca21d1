package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

/**
 * {@code _pyheap_c}: marks the library's Python functions that stand for functions CPython writes
 * in C ({@code posix.stat} behind {@code os.stat}, {@code _datetime}, {@code _heapq}, {@code _bisect},
 * {@code _operator}, {@code itertools}...), so that their frames leave no entry in a traceback:
 * an error they raise then shows the program's own line and nothing below it, as CPython's does, and
 * a function of the program they call back still shows its own frame.
 *
 * <pre>
 *   _pyheap_c.stands_for_c(globals(), exclude=('makedirs', ...))   # at a module's end: its own
 *                                                                  # functions and classes
 *   _pyheap_c.stands_for_c(reduce, partial)                        # some of them (one is returned:
 *                                                                  # a decorator)
 *   _pyheap_c.stands_for_c(globals(), module='_operator')          # CPython's module of the C functions
 * </pre>
 * A call with arguments the function does not take then fails with the message CPython's C
 * function gives (Argument Clinic's, {@code _PyArg_CheckPositional}'s, {@code METH_O}'s), derived
 * from the Python signature: see {@code Arguments.asC}. {@code module} names the C module in the
 * messages that name one ({@code _operator.add() takes no keyword arguments}); without it, the
 * function's own module ({@code cmath.sqrt() takes exactly one argument (0 given)}).
 * A class is marked with every function in its namespace (the functions of static and class
 * methods and of properties, and the classes nested in it); a function with the code objects among
 * its constants (lambdas, comprehensions, nested functions). A module's namespace marks only the
 * functions whose globals it is, so names it imported from elsewhere are left alone.
 */
final class StandsForCModule {
    private StandsForCModule() {
    }

    private static final String PYTHON_PART = """
            def stands_for_c(*targets, exclude=(), module=None):
                for target in targets:
                    if isinstance(target, dict):
                        for name, value in list(target.items()):
                            if name not in exclude and isinstance(value, (type, _function)):
                                for function in _functions(value, set()):
                                    if function.__globals__ is target:
                                        mark_code(function.__code__, module or function.__module__)
                    else:
                        for function in _functions(target, set()):
                            mark_code(function.__code__, module or function.__module__)
                return targets[0] if len(targets) == 1 else None

            _function = type(stands_for_c)

            def _functions(value, seen):
                if id(value) in seen:
                    return
                seen.add(id(value))
                if isinstance(value, _function):
                    yield value
                elif isinstance(value, (staticmethod, classmethod)):
                    yield from _functions(value.__func__, seen)
                elif isinstance(value, property):
                    for part in (value.fget, value.fset, value.fdel):
                        if part is not None:
                            yield from _functions(part, seen)
                elif isinstance(value, type):
                    prefix = value.__qualname__ + '.'
                    for member in list(vars(value).values()):
                        if not isinstance(member, type) or getattr(member, '__qualname__', '').startswith(prefix):
                            yield from _functions(member, seen)
            """;

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "mark_code", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "mark_code", a, n, kw).keywords().range(1, 2);
            long code = c.get(0);
            long cModule = n > 1 ? c.get(1) : space.none;
            if (!space.codeType.check(code)) {
                throw new PyException("TypeError", "mark_code() argument must be a code object, not "
                        + space.typeOf(code).name);
            }
            table.interpreter().markStandsForC(code, cModule == space.none ? null : space.strType.value(cModule));
            return space.newNone();
        });
        // as_builtin(namespace, name): the module's Python function `name` becomes a built-in function of
        // the module (repr <built-in function name>, as CPython's C function is) that calls it; the
        // Python function is kept in the module's __c_functions__ dict (no Java-held reference).
        SysModule.function(space, module, dict, "as_builtin", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "as_builtin", a, n, kw).keywords().exactly(2);
            long namespace = c.get(0);
            long nameObject = c.get(1);
            if (!space.dictType.check(namespace) || !space.strType.check(nameObject)) {
                throw new PyException("TypeError", "as_builtin() takes a namespace dict and a str");
            }
            String name = space.strType.value(nameObject);
            long moduleName = space.dictType.getItemString(namespace, "__name__");
            long target = moduleName == 0 ? 0 : space.dictType.get(table.modules(), moduleName);
            long function = space.dictType.getItemString(namespace, name);
            if (target == 0 || !space.moduleType.check(target) || space.moduleType.dict(target) != namespace || function == 0) {
                throw new PyException("ValueError", "as_builtin(): no function " + name + " in a module's namespace");
            }
            long functions = space.dictType.getItemString(namespace, "__c_functions__");
            if (functions == 0) {
                functions = space.dictType.create();
                SysModule.setItem(space, namespace, "__c_functions__", functions);
                space.decref(functions);
            }
            SysModule.setItem(space, functions, name, function);
            SysModule.function(space, target, namespace, name, (owner, args, nargs, kwnames) -> {
                long held = space.dictType.getItemString(space.moduleType.dict(owner), "__c_functions__");
                long f = held == 0 || !space.dictType.check(held) ? 0 : space.dictType.getItemString(held, name);
                if (f == 0) {
                    throw new PyException("SystemError", name + "(): its implementation is gone");
                }
                return Abstract.vectorcall(space, f, args, nargs, kwnames);
            });
            return space.newNone();
        });
        table.runPythonPart(PYTHON_PART, "<pyheap>/_pyheap_c", dict);
    }
}
