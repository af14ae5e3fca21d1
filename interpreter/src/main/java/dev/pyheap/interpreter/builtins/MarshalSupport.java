package dev.pyheap.interpreter.builtins;

import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.eval.Interpreter;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _pyheap_marshal}: what the {@code marshal} module (written in Python) cannot learn or do
 * from Python. {@code is_interned(s)} tells whether a str is the interned copy of its text
 * ({@code PyUnicode_CHECK_INTERNED}, which marshal's format records), without interning it as
 * {@code sys.intern} would. {@code code_new(...)} makes a code object from the fields marshal
 * reads for one, in 3.11's order (Python/marshal.c's {@code TYPE_CODE}): the fields become the
 * compiler's {@link Code} value, which the interpreter loads as it loads a compiled module, so the
 * code object runs (its constants are made again from their values: their identity is not kept).
 */
final class MarshalSupport {
    private MarshalSupport() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.function(space, module, dict, "is_interned", (self, a, n, kw) -> {
            long s = new CallArgs(space, "is_interned", a, n, kw).exactly(1).get(0);
            if (space.typeOf(s) != space.strType) {
                return space.newBool(false);
            }
            Long interned = space.interned.get(space.strType.value(s));
            return space.newBool(interned != null && interned == s);
        });
        SysModule.function(space, module, dict, "code_new", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "code_new", a, n, kw).exactly(16);
            Interpreter interp = table.interp();
            Code code = new Code(str(space, c.get(10), "co_filename"), str(space, c.get(11), "co_name"),
                    str(space, c.get(12), "co_qualname"), integer(space, c.get(4)), bytes(space, c.get(5), "co_code"),
                    integer(space, c.get(13)), bytes(space, c.get(14), "co_linetable"),
                    bytes(space, c.get(15), "co_exceptiontable"), constants(interp, c.get(6)),
                    names(space, c.get(7), "co_names"), names(space, c.get(8), "co_localsplusnames"),
                    bytes(space, c.get(9), "co_localspluskinds"), integer(space, c.get(0)), integer(space, c.get(1)),
                    integer(space, c.get(2)), integer(space, c.get(3)));
            if (code.localsplusnames().size() != code.localspluskinds().length) {
                throw new PyException("ValueError", "code: co_localsplusnames and co_localspluskinds differ in length");
            }
            try (Interpreter.Loaded loaded = interp.load(code, false)) {
                space.incref(loaded.code());
                return loaded.code();
            }
        });
    }

    private static String str(ObjectSpace space, long o, String field) {
        if (space.typeOf(o) != space.strType) {
            throw new PyException("TypeError", "code: " + field + " must be str, not " + space.typeOf(o).name);
        }
        return space.strType.value(o);
    }

    private static byte[] bytes(ObjectSpace space, long o, String field) {
        if (space.typeOf(o) != space.bytesType) {
            throw new PyException("TypeError", "code: " + field + " must be bytes, not " + space.typeOf(o).name);
        }
        return space.bytesType.value(o);
    }

    private static int integer(ObjectSpace space, long o) {
        if (space.typeOf(o) != space.intType || !space.intType.fitsLong(o)
                || space.intType.longValue(o) != (int) space.intType.longValue(o)) {
            throw new PyException("ValueError", "bad marshal data (invalid code field)");
        }
        return (int) space.intType.longValue(o);
    }

    private static List<String> names(ObjectSpace space, long tuple, String field) {
        if (space.typeOf(tuple) != space.tupleType) {
            throw new PyException("TypeError", "code: " + field + " must be tuple, not " + space.typeOf(tuple).name);
        }
        List<String> out = new ArrayList<>();
        for (long i = 0; i < space.tupleType.size(tuple); i++) {
            out.add(str(space, space.tupleType.item(tuple, i), field + " item"));
        }
        return out;
    }

    private static List<Object> constants(Interpreter interp, long tuple) {
        ObjectSpace space = interp.space();
        if (space.typeOf(tuple) != space.tupleType) {
            throw new PyException("TypeError", "code: co_consts must be tuple, not " + space.typeOf(tuple).name);
        }
        return interp.constantValues(tuple);
    }
}
