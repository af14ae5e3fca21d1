package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.GilScope;
import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.state.ThreadState;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static dev.pyheap.interpreter.builtins.NativeLibrary.call;
import static dev.pyheap.interpreter.builtins.NativeLibrary.callDouble;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code _pyheap_sqlite3}: the engine under {@code _sqlite3} (Modules/_sqlite/*.c): the system's
 * SQLite ({@code libsqlite3.so.0}, the library CPython links) called through
 * {@code java.lang.foreign}, so the SQL accepted, the values, the result codes and the messages are
 * SQLite's own. The library module {@code _sqlite3} (Python) builds CPython's Connection, Cursor,
 * Row, Blob and the exceptions on these functions and turns result codes into exceptions as
 * {@code _pysqlite_seterror} does; here a connection, a statement, a blob and a backup are int
 * handles (one table per heap; what is still open when the interpreter closes is finalized then).
 *
 * <p>Values. Parameters are bound as {@code _pysqlite_bind_parameter} binds them: None as NULL,
 * an int as a 64-bit INTEGER, a float as REAL, a str as UTF-8 TEXT, any buffer as a BLOB; a row
 * comes back as a tuple of None, int, float, str (or the text's bytes, when the connection's
 * text_factory is not str) and bytes.
 *
 * <p>Callbacks. User functions (scalar, aggregate, window), collations, the authorizer, the
 * progress handler and the trace callback share one upcall stub per kind, made once per heap; the
 * Python callable of a registration is found through the number SQLite hands back (the function's
 * user data, the authorizer's argument). The callables are the Python layer's wrappers, which deal
 * with user errors themselves; the Python Connection owns them and the engine holds them borrowed
 * (see {@link Callback}). An exception that still reaches an upcall becomes the error result
 * (a function) or the refusing answer (authorizer, progress), never a Java frame unwinding through
 * SQLite's C frames. An aggregate's state is keyed by the address of its
 * {@code sqlite3_aggregate_context}, which SQLite keeps for one group.
 *
 * <p>The GIL. As CPython does around {@code sqlite3_prepare_v2} and {@code sqlite3_step}, those
 * calls run without the GIL; an upcall made inside them takes it back for the Python call.
 */
final class SqliteModule {
    private SqliteModule() {
    }

    private static final long SQLITE_TRANSIENT = -1;
    private static final int SQLITE_UTF8 = 1, SQLITE_TRACE_STMT = 1;
    /** The kinds of SQLite's fundamental types ({@code sqlite3_column_type}). */
    private static final int INTEGER = 1, FLOAT = 2, TEXT = 3, BLOB = 4;
    /** {@code bind}'s answers for values it cannot bind: the Python layer raises CPython's error. */
    private static final int BIND_OVERFLOW = -1, BIND_UNSUPPORTED = -2, BIND_UNENCODABLE = -3;

    /** The library's entry points, looked up once per JVM (the library is the process's). */
    private static final class Lib {
        final Linker linker;
        final MethodHandle libversion, libversionNumber, complete, threadsafe, open, close, errcode, errmsg,
                changes, totalChanges, lastInsertRowid, autocommit, busyTimeout, interrupt, limit, prepare,
                finalize, reset, step, paramCount, paramName, bindNull, bindInt64, bindDouble,
                bindText, bindBlob, columnCount, columnName, columnDecltype, columnType, columnInt64,
                columnDouble, columnText, columnBlob, columnBytes, stmtReadonly, serialize, free, malloc64,
                deserialize, backupInit, backupStep, backupRemaining, backupPagecount, backupFinish, blobOpen,
                blobBytes, blobRead, blobWrite, blobClose, createFunction, createWindowFunction,
                createCollation, setAuthorizer, progressHandler, traceV2, expandedSql, userData,
                aggregateContext, valueType, valueInt64, valueDouble, valueText, valueBlob, valueBytes,
                resultNull, resultInt64, resultDouble, resultText, resultBlob, resultError, resultErrorTooBig, resultErrorNomem;

        Lib(NativeLibrary<Lib> sqlite) {
            linker = sqlite.linker();
            FunctionDescriptor pToI = FunctionDescriptor.of(JAVA_INT, JAVA_LONG);
            FunctionDescriptor pToP = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);
            FunctionDescriptor piToP = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT);
            FunctionDescriptor piToI = FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT);
            FunctionDescriptor pToV = FunctionDescriptor.ofVoid(JAVA_LONG);
            libversion = sqlite.downcall("sqlite3_libversion", FunctionDescriptor.of(JAVA_LONG));
            libversionNumber = sqlite.downcall("sqlite3_libversion_number", FunctionDescriptor.of(JAVA_INT));
            complete = sqlite.downcall("sqlite3_complete", pToI);
            threadsafe = sqlite.downcall("sqlite3_threadsafe", FunctionDescriptor.of(JAVA_INT));
            open = sqlite.downcall("sqlite3_open_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG));
            close = sqlite.downcall("sqlite3_close_v2", pToI);
            errcode = sqlite.downcall("sqlite3_extended_errcode", pToI);
            errmsg = sqlite.downcall("sqlite3_errmsg", pToP);
            changes = sqlite.downcall("sqlite3_changes", pToI);
            totalChanges = sqlite.downcall("sqlite3_total_changes", pToI);
            lastInsertRowid = sqlite.downcall("sqlite3_last_insert_rowid", pToP);
            autocommit = sqlite.downcall("sqlite3_get_autocommit", pToI);
            busyTimeout = sqlite.downcall("sqlite3_busy_timeout", piToI);
            interrupt = sqlite.downcall("sqlite3_interrupt", pToV);
            limit = sqlite.downcall("sqlite3_limit", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_INT));
            prepare = sqlite.downcall("sqlite3_prepare_v2",
                    FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG));
            finalize = sqlite.downcall("sqlite3_finalize", pToI);
            reset = sqlite.downcall("sqlite3_reset", pToI);
            step = sqlite.downcall("sqlite3_step", pToI);
            paramCount = sqlite.downcall("sqlite3_bind_parameter_count", pToI);
            paramName = sqlite.downcall("sqlite3_bind_parameter_name", piToP);
            bindNull = sqlite.downcall("sqlite3_bind_null", piToI);
            bindInt64 = sqlite.downcall("sqlite3_bind_int64", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG));
            bindDouble = sqlite.downcall("sqlite3_bind_double", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_DOUBLE));
            FunctionDescriptor bindBytes = FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG);
            bindText = sqlite.downcall("sqlite3_bind_text", bindBytes);
            bindBlob = sqlite.downcall("sqlite3_bind_blob", bindBytes);
            columnCount = sqlite.downcall("sqlite3_column_count", pToI);
            columnName = sqlite.downcall("sqlite3_column_name", piToP);
            columnDecltype = sqlite.downcall("sqlite3_column_decltype", piToP);
            columnType = sqlite.downcall("sqlite3_column_type", piToI);
            columnInt64 = sqlite.downcall("sqlite3_column_int64", piToP);
            columnDouble = sqlite.downcall("sqlite3_column_double", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG, JAVA_INT));
            columnText = sqlite.downcall("sqlite3_column_text", piToP);
            columnBlob = sqlite.downcall("sqlite3_column_blob", piToP);
            columnBytes = sqlite.downcall("sqlite3_column_bytes", piToI);
            stmtReadonly = sqlite.downcall("sqlite3_stmt_readonly", pToI);
            serialize = sqlite.downcall("sqlite3_serialize", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT));
            free = sqlite.downcall("sqlite3_free", pToV);
            malloc64 = sqlite.downcall("sqlite3_malloc64", pToP);
            deserialize = sqlite.downcall("sqlite3_deserialize", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                    JAVA_LONG, JAVA_LONG, JAVA_INT));
            backupInit = sqlite.downcall("sqlite3_backup_init", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            backupStep = sqlite.downcall("sqlite3_backup_step", piToI);
            backupRemaining = sqlite.downcall("sqlite3_backup_remaining", pToI);
            backupPagecount = sqlite.downcall("sqlite3_backup_pagecount", pToI);
            backupFinish = sqlite.downcall("sqlite3_backup_finish", pToI);
            blobOpen = sqlite.downcall("sqlite3_blob_open", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                    JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG));
            blobBytes = sqlite.downcall("sqlite3_blob_bytes", pToI);
            FunctionDescriptor blobIo = FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT);
            blobRead = sqlite.downcall("sqlite3_blob_read", blobIo);
            blobWrite = sqlite.downcall("sqlite3_blob_write", blobIo);
            blobClose = sqlite.downcall("sqlite3_blob_close", pToI);
            createFunction = sqlite.downcall("sqlite3_create_function_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG,
                    JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            createWindowFunction = sqlite.downcall("sqlite3_create_window_function", FunctionDescriptor.of(JAVA_INT, JAVA_LONG,
                    JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            createCollation = sqlite.downcall("sqlite3_create_collation_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG,
                    JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            setAuthorizer = sqlite.downcall("sqlite3_set_authorizer", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            progressHandler = sqlite.downcall("sqlite3_progress_handler", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG));
            traceV2 = sqlite.downcall("sqlite3_trace_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG));
            expandedSql = sqlite.downcall("sqlite3_expanded_sql", pToP);
            userData = sqlite.downcall("sqlite3_user_data", pToP);
            aggregateContext = sqlite.downcall("sqlite3_aggregate_context", piToP);
            valueType = sqlite.downcall("sqlite3_value_type", pToI);
            valueInt64 = sqlite.downcall("sqlite3_value_int64", pToP);
            valueDouble = sqlite.downcall("sqlite3_value_double", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG));
            valueText = sqlite.downcall("sqlite3_value_text", pToP);
            valueBlob = sqlite.downcall("sqlite3_value_blob", pToP);
            valueBytes = sqlite.downcall("sqlite3_value_bytes", pToI);
            resultNull = sqlite.downcall("sqlite3_result_null", pToV);
            resultInt64 = sqlite.downcall("sqlite3_result_int64", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
            resultDouble = sqlite.downcall("sqlite3_result_double", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_DOUBLE));
            FunctionDescriptor resultBytes = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG);
            resultText = sqlite.downcall("sqlite3_result_text", resultBytes);
            resultBlob = sqlite.downcall("sqlite3_result_blob", resultBytes);
            resultError = sqlite.downcall("sqlite3_result_error", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_INT));
            resultErrorTooBig = sqlite.downcall("sqlite3_result_error_toobig", pToV);
            resultErrorNomem = sqlite.downcall("sqlite3_result_error_nomem", pToV);
        }
    }

    /** libsqlite3, bound on first use. */
    private static final NativeLibrary<Lib> LIBRARY = new NativeLibrary<>("libsqlite3.so.0", Lib::new);

    /** One open connection ({@code sqlite3*}) and the registrations whose callables it holds. */
    private static final class Db {
        final long address;
        /** The registered callables by what SQLite knows them as (function name and arity, collation name, hook). */
        final Map<String, Callback> callbacks = new HashMap<>();
        boolean open = true;

        Db(long address) {
            this.address = address;
        }
    }

    /**
     * A registration: the callable SQLite's user data finds, borrowed (0 once dropped). The Python
     * Connection owns it, as CPython's connection owns its callback contexts, so the collector
     * sees it through the connection; the connection is closed (and its registrations dropped)
     * before it goes.
     */
    private static final class Callback {
        final long id;
        long callable;

        Callback(long id, long callable) {
            this.id = id;
            this.callable = callable;
        }
    }

    private record Stmt(long address, Db db) {
    }

    private record Blob(long address) {
    }

    private record Backup(long address) {
    }

    /** The heap's engine: its handles, its registrations and the upcall stubs. */
    private static final class State {
        final ObjectSpace space;
        final Lib lib;
        final StreamHandles handles;
        final Map<Long, Callback> callbacks = new HashMap<>();
        long nextCallback = 1;
        /** {@code enable_callback_tracebacks}: whether a refused result is reported. */
        boolean tracebacks;
        /** The thread state of the thread inside a call that may call back, for the upcalls it makes. */
        final ThreadLocal<ThreadState> caller = new ThreadLocal<>();
        final Arena stubArena = Arena.ofShared();
        final MemorySegment funcStub, stepStub, finalStub, valueStub, inverseStub, compareStub, authorizerStub,
                progressStub, traceStub;

        State(ModuleTable table, Lib lib) {
            this.space = table.space();
            this.lib = lib;
            this.handles = StreamHandles.of(table, this::end);
            FunctionDescriptor func = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG);
            FunctionDescriptor fin = FunctionDescriptor.ofVoid(JAVA_LONG);
            funcStub = stub("scalar", func);
            stepStub = stub("aggregateStep", func);
            inverseStub = stub("aggregateInverse", func);
            finalStub = stub("aggregateFinal", fin);
            valueStub = stub("aggregateValue", fin);
            compareStub = stub("compare", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG));
            authorizerStub = stub("authorize", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG,
                    JAVA_LONG, JAVA_LONG));
            progressStub = stub("progress", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            traceStub = stub("trace", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            table.atClose(() -> {
                for (Callback c : callbacks.values()) {
                    c.callable = 0;
                }
                callbacks.clear();
            });
        }

        private MemorySegment stub(String method, FunctionDescriptor d) {
            try {
                MethodHandle h = MethodHandles.lookup().findVirtual(State.class, method, d.toMethodType()).bindTo(this);
                return lib.linker.upcallStub(h, d, stubArena);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Ends what a handle held (finalize, close, finish): SQLite's result code. */
        private int end(Object o) {
            return calling(() -> switch (o) {
                case Stmt s -> (int) call(lib.finalize, s.address());
                case Blob b -> (int) call(lib.blobClose, b.address());
                case Backup b -> (int) call(lib.backupFinish, b.address());
                case Db d -> closeDb(d);
                default -> throw new IllegalStateException(String.valueOf(o));
            }, false);
        }

        int closeDb(Db d) {
            int rc = 0;
            if (d.open) {
                d.open = false;
                rc = (int) call(lib.close, d.address);
                for (Callback c : d.callbacks.values()) {
                    c.callable = 0;
                    callbacks.remove(c.id);
                }
                d.callbacks.clear();
            }
            return rc;
        }

        /**
         * Records {@code callable} (borrowed: the Connection keeps it under the same key) under
         * {@code key} of {@code d}, dropping what it replaces; its id, or 0 for None.
         */
        long register(Db d, String key, long callable) {
            Callback old = d.callbacks.remove(key);
            if (old != null) {
                old.callable = 0;
                callbacks.remove(old.id);
            }
            if (callable == space.none) {
                return 0;
            }
            Callback c = new Callback(nextCallback++, callable);
            callbacks.put(c.id, c);
            d.callbacks.put(key, c);
            return c.id;
        }

        <T> T handle(long h, Class<T> kind, String what) {
            Object o = handles.get(h);
            if (!kind.isInstance(o)) {
                throw new PyException("ValueError", "no such sqlite3 " + what);
            }
            return kind.cast(o);
        }

        /** Runs {@code body}, which may call back, without the GIL where the thread may give it up. */
        <T> T calling(Supplier<T> body, boolean releaseGil) {
            ThreadState ts = (ThreadState) space.tstate;
            ThreadState saved = caller.get();
            caller.set(ts);
            boolean release = releaseGil && ts != null && !space.inCallout();
            if (release) {
                ts.releaseGil();
            }
            try {
                return body.get();
            } finally {
                if (release) {
                    ts.acquireGil();
                }
                caller.set(saved);
            }
        }

        /** Calls the callable of a registration with the GIL; null when it cannot be called. */
        private Long callPython(long id, Supplier<long[]> arguments) {
            Callback c = callbacks.get(id);
            ThreadState ts = caller.get();
            if (c == null || c.callable == 0 || ts == null) {
                return null;
            }
            try (GilScope gil = ts.gil()) {
                long[] args = arguments.get();
                try {
                    return Abstract.call(space, c.callable, args);
                } finally {
                    for (long a : args) {
                        space.decref(a);
                    }
                }
            }
        }

        // --- upcalls: each catches everything, as an exception may not unwind through SQLite ---

        void scalar(long ctx, int argc, long argv) {
            function(ctx, argc, argv, -1);
        }

        void aggregateStep(long ctx, int argc, long argv) {
            function(ctx, argc, argv, 0);
        }

        void aggregateInverse(long ctx, int argc, long argv) {
            function(ctx, argc, argv, 3);
        }

        void aggregateFinal(long ctx) {
            function(ctx, 0, 0, 1);
        }

        void aggregateValue(long ctx) {
            function(ctx, 0, 0, 2);
        }

        /**
         * A user function's call: a scalar's wrapper gets the arguments; an aggregate's gets
         * {@code (op, key, *args)}, {@code op} 0 step, 1 final, 2 value, 3 inverse, {@code key}
         * the group's aggregate context (0 for a final without any step). The wrapper answers
         * {@code (kind, value)}: kind 0 the result, 1 an error message, 2 "too big" (an
         * OverflowError), 3 "no memory" (a MemoryError), as {@code set_sqlite_error} sets them;
         * or {@code (4, exception, callable, message)} for a result SQLite cannot take.
         */
        private void function(long ctx, int argc, long argv, int op) {
            try {
                long id = call(lib.userData, ctx);
                long key = op < 0 ? 0 : call(lib.aggregateContext, ctx, op == 1 || op == 2 ? 0 : 8);
                Long result = callPython(id, () -> {
                    int extra = op < 0 ? 0 : 2;
                    long[] args = new long[extra + argc];
                    if (op >= 0) {
                        args[0] = space.newInt(op);
                        args[1] = space.newInt(key);
                    }
                    MemorySegment values = MemorySegment.ofAddress(argv).reinterpret(8L * argc);
                    for (int i = 0; i < argc; i++) {
                        try {
                            args[extra + i] = value(values.getAtIndex(JAVA_LONG, i));
                        } catch (RuntimeException e) {
                            for (int j = 0; j < extra + i; j++) {
                                space.decref(args[j]);
                            }
                            throw e;
                        }
                    }
                    return args;
                });
                if (result == null) {
                    call(lib.resultNull, ctx);
                    return;
                }
                try (GilScope gil = caller.get().gil()) {
                    try {
                        int kind = (int) space.intType.longValue(space.tupleType.item(result, 0));
                        long value = space.tupleType.item(result, 1);
                        switch (kind) {
                            case 0 -> {
                                if (op != 0 && op != 3) {
                                    setResult(ctx, value);
                                }
                            }
                            case 1 -> resultError(ctx, space.strType.value(value));
                            case 2 -> call(lib.resultErrorTooBig, ctx);
                            case 3 -> call(lib.resultErrorNomem, ctx);
                            default -> badResult(ctx, value, space.tupleType.item(result, 2),
                                    space.strType.value(space.tupleType.item(result, 3)));
                        }
                    } finally {
                        space.decref(result);
                    }
                }
            } catch (PyException e) {
                e.release();
                resultError(ctx, "user-defined function raised exception");
            } catch (RuntimeException | StackOverflowError e) {
                resultError(ctx, "user-defined function raised exception");
            }
        }

        /**
         * A result {@code _pysqlite_set_result} refuses: its exception was never raised in a Python
         * frame, so the report shows the frame that runs the statement, as CPython's does.
         */
        private void badResult(long ctx, long exc, long callable, String message) {
            boolean overflow = space.typeOf(exc).name.equals("OverflowError");
            if (tracebacks) {
                space.reportUnraisable("Exception ignored in: " + Abstract.repr(space, callable),
                        new PyException(space.typeOf(exc).name, "", space.newRef(exc), space::decref), callable);
            }
            if (overflow) {
                call(lib.resultErrorTooBig, ctx);
            } else {
                resultError(ctx, message);
            }
        }

        /** A Python value to the function's result ({@code _pysqlite_set_result}); the Python layer checked its type. */
        private void setResult(long ctx, long v) {
            try (Arena arena = Arena.ofConfined()) {
                if (v == space.none) {
                    call(lib.resultNull, ctx);
                } else if (space.intType.check(v)) {
                    call(lib.resultInt64, ctx, int64(v));
                } else if (space.floatType.check(v)) {
                    call(lib.resultDouble, ctx, space.floatType.value(v));
                } else if (space.strType.check(v)) {
                    byte[] b = space.strType.asUtf8(v); // PyUnicode_AsUTF8AndSize: kept in the str
                    call(lib.resultText, ctx, copy(arena, b), b.length, SQLITE_TRANSIENT);
                } else {
                    byte[] b = Abstract.bufferBytes(space, v);
                    call(lib.resultBlob, ctx, copy(arena, b), b.length, SQLITE_TRANSIENT);
                }
            }
        }

        private void resultError(long ctx, String message) {
            try (Arena arena = Arena.ofConfined()) {
                call(lib.resultError, ctx, arena.allocateFrom(message).address(), -1);
            }
        }

        /** A {@code sqlite3_value} as a Python object ({@code _pysqlite_build_py_params}). */
        private long value(long v) {
            int type = (int) call(lib.valueType, v);
            return switch (type) {
                case INTEGER -> space.newInt(call(lib.valueInt64, v));
                case FLOAT -> space.floatType.create(callDouble(lib.valueDouble, v));
                case TEXT -> {
                    long p = call(lib.valueText, v);
                    String s = decode(bytes(p, (int) call(lib.valueBytes, v)));
                    if (s == null) {
                        throw new PyException("UnicodeDecodeError", "'utf-8' codec can't decode the text");
                    }
                    yield space.strType.runtime(s);
                }
                case BLOB -> space.bytesType.of(bytes(call(lib.valueBlob, v), (int) call(lib.valueBytes, v)));
                default -> space.newNone();
            };
        }

        int compare(long id, int n1, long s1, int n2, long s2) {
            try {
                Long r = callPython(id, () -> new long[] {str(s1, n1), str(s2, n2)});
                if (r == null) {
                    return 0;
                }
                try (GilScope gil = caller.get().gil()) {
                    long sign = space.intType.check(r) ? Long.signum(space.intType.bigValue(r).signum()) : 0;
                    space.decref(r);
                    return (int) sign;
                }
            } catch (PyException e) {
                e.release();
                return 0;
            } catch (RuntimeException | StackOverflowError e) {
                return 0;
            }
        }

        int authorize(long id, int action, long a, long b, long c, long d) {
            return intAnswer(id, () -> new long[] {space.newInt(action), cstr(a), cstr(b), cstr(c), cstr(d)}, 1);
        }

        int progress(long id) {
            return intAnswer(id, () -> new long[0], 1);
        }

        /** An int-answering hook's answer; {@code failed} when the call could not be made. */
        private int intAnswer(long id, Supplier<long[]> args, int failed) {
            try {
                Long r = callPython(id, args);
                if (r == null) {
                    return 0;
                }
                try (GilScope gil = caller.get().gil()) {
                    int answer = space.intType.check(r) ? (int) space.intType.longValue(r) : failed;
                    space.decref(r);
                    return answer;
                }
            } catch (PyException e) {
                e.release();
                return failed;
            } catch (RuntimeException | StackOverflowError e) {
                return failed;
            }
        }

        /** {@code SQLITE_TRACE_STMT}: the statement's expanded SQL (the unexpanded text when it is a trigger's comment). */
        int trace(int type, long id, long stmt, long sql) {
            try {
                // the wrapper's result (its 0) is a new reference, dropped as sqlite's trace callback drops it
                Long result = callPython(id, () -> {
                    String text = cString(sql);
                    if (!text.startsWith("--")) {
                        long expanded = call(lib.expandedSql, stmt);
                        if (expanded != 0) {
                            text = cString(expanded);
                            call(lib.free, expanded);
                        }
                    }
                    return new long[] {space.strType.runtime(text)};
                });
                if (result != null) {
                    ThreadState ts = caller.get();
                    try (GilScope gil = ts.gil()) {
                        space.decref(result);
                    }
                }
            } catch (PyException e) {
                e.release();
            } catch (RuntimeException | StackOverflowError e) {
                // the trace callback's failure is not SQLite's
            }
            return 0;
        }

        private long cstr(long p) {
            return p == 0 ? space.newNone() : space.strType.runtime(cString(p));
        }

        private long str(long p, int n) {
            String s = decode(bytes(p, n));
            return space.strType.runtime(s == null ? new String(bytes(p, n), StandardCharsets.UTF_8) : s);
        }

        /** The bytes as strict UTF-8, or null when they are not UTF-8. */
        String decode(byte[] b) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /** An int known to fit SQLite's 64 bits ({@code fitsLong} leaves out the most negative one). */
        private long int64(long v) {
            return space.intType.fitsLong(v) ? space.intType.longValue(v) : space.intType.bigValue(v).longValue();
        }

        /** {@code _pysqlite_bind_parameter}: 0 or SQLite's code, or BIND_OVERFLOW / BIND_UNSUPPORTED. */
        int bind(Stmt s, int i, long v) {
            if (v == space.none) {
                return (int) call(lib.bindNull, s.address(), i);
            }
            if (space.intType.check(v)) {
                if (!space.intType.fitsLong(v) && space.intType.bigValue(v).bitLength() > 63) {
                    return BIND_OVERFLOW;
                }
                return (int) call(lib.bindInt64, s.address(), i, int64(v));
            }
            if (space.floatType.check(v)) {
                return (int) call(lib.bindDouble, s.address(), i, space.floatType.value(v));
            }
            byte[] b;
            boolean text = space.strType.check(v);
            if (text) {
                try {
                    b = space.strType.asUtf8(v); // PyUnicode_AsUTF8AndSize: kept in the str
                } catch (PyException e) {
                    e.release();
                    return BIND_UNENCODABLE;
                }
            } else {
                try {
                    b = Abstract.bufferBytes(space, v);
                } catch (PyException e) {
                    e.release();
                    return BIND_UNSUPPORTED;
                }
            }
            try (Arena arena = Arena.ofConfined()) {
                return (int) call(text ? lib.bindText : lib.bindBlob, s.address(), i, copy(arena, b), b.length,
                        SQLITE_TRANSIENT);
            }
        }

        /** The current row: a tuple, or the index of a TEXT column that is not UTF-8 (as an int) when {@code str} decodes. */
        long row(Stmt s, boolean decodeText) {
            long stmt = s.address();
            int n = exact(lib.columnCount, stmt);
            long[] items = new long[n];
            for (int i = 0; i < n; i++) {
                int type = exact(lib.columnType, stmt, i);
                if (type == TEXT && decodeText) {
                    String text = decode(bytes(pointer(lib.columnText, stmt, i), exact(lib.columnBytes, stmt, i)));
                    if (text == null) {
                        for (int j = 0; j < i; j++) {
                            space.decref(items[j]);
                        }
                        return space.newInt(i);
                    }
                    items[i] = space.strType.runtime(text);
                    continue;
                }
                items[i] = switch (type) {
                    case INTEGER -> space.newInt(pointer(lib.columnInt64, stmt, i));
                    case FLOAT -> space.floatType.create(real(lib.columnDouble, stmt, i));
                    case TEXT -> space.bytesType.of(bytes(pointer(lib.columnText, stmt, i), exact(lib.columnBytes, stmt, i)));
                    case BLOB -> space.bytesType.of(bytes(pointer(lib.columnBlob, stmt, i), exact(lib.columnBytes, stmt, i)));
                    default -> space.newNone();
                };
            }
            long t = space.tupleType.create(items);
            for (long x : items) {
                space.decref(x);
            }
            return t;
        }

        /** A tuple of {@code items}, whose references it takes. */
        long tupleOf(long... items) {
            long t = space.tupleType.create(items);
            for (long x : items) {
                space.decref(x);
            }
            return t;
        }

        String cString(long p) {
            return MemorySegment.ofAddress(p).reinterpret(Long.MAX_VALUE).getString(0);
        }
    }

    // Typed calls of the functions run for every row and column: invokeExact, without boxing.

    private static int exact(MethodHandle h, long p) {
        try {
            return (int) h.invokeExact(p);
        } catch (Throwable t) {
            throw new IllegalStateException("libsqlite3 call failed", t);
        }
    }

    private static int exact(MethodHandle h, long p, int i) {
        try {
            return (int) h.invokeExact(p, i);
        } catch (Throwable t) {
            throw new IllegalStateException("libsqlite3 call failed", t);
        }
    }

    private static long pointer(MethodHandle h, long p, int i) {
        try {
            return (long) h.invokeExact(p, i);
        } catch (Throwable t) {
            throw new IllegalStateException("libsqlite3 call failed", t);
        }
    }

    private static double real(MethodHandle h, long p, int i) {
        try {
            return (double) h.invokeExact(p, i);
        } catch (Throwable t) {
            throw new IllegalStateException("libsqlite3 call failed", t);
        }
    }

    static byte[] bytes(long address, int n) {
        if (address == 0 || n == 0) {
            return new byte[0];
        }
        return MemorySegment.ofAddress(address).reinterpret(n).toArray(JAVA_BYTE);
    }

    static long copy(Arena arena, byte[] b) {
        MemorySegment m = arena.allocate(Math.max(1, b.length));
        MemorySegment.copy(b, 0, m, JAVA_BYTE, 0, b.length);
        return m.address();
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Lib lib = LIBRARY.get();
        State state = new State(table, lib);
        Functions f = new Functions(space, module, dict);
        // write_unraisable(exc, obj): PyErr_WriteUnraisable(obj) for a callback's exception
        f.add("write_unraisable", 2, c -> {
            long exc = c.get(0), obj = c.get(1);
            space.reportUnraisable("Exception ignored in: " + Abstract.repr(space, obj),
                    new PyException(space.typeOf(exc).name, "", space.newRef(exc), space::decref), obj);
            return space.newNone();
        });
        f.add("enable_callback_tracebacks", 1, c -> {
            state.tracebacks = Abstract.isTrue(space, c.get(0));
            return space.newNone();
        });
        f.add("libversion", 0, c -> state.cstr(call(lib.libversion)));
        f.add("libversion_number", 0, c -> space.newInt(call(lib.libversionNumber)));
        f.add("threadsafe", 0, c -> space.newInt(call(lib.threadsafe)));
        f.add("complete", 1, c -> {
            try (Arena arena = Arena.ofConfined()) {
                return space.newBool(call(lib.complete, arena.allocateFrom(space.strType.value(c.get(0))).address()) != 0);
            }
        });
        // open(path bytes, flags) -> (rc, handle): the handle even on failure, for the message; close it then
        f.add("open", 2, c -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(JAVA_LONG);
                long path = copy(arena, nulTerminated(Abstract.bufferBytes(space, c.get(0))));
                int flags = Args.cInt(space, c.get(1));
                int rc = state.calling(() -> (int) call(lib.open, path, out.address(), flags, 0L), true);
                long db = out.get(JAVA_LONG, 0);
                long handle = db == 0 ? 0 : state.handles.add(new Db(db));
                return state.tupleOf(space.newInt(rc), space.newInt(handle));
            }
        });
        // release(handle) -> rc: a connection closed, a statement finalized, a blob closed, a backup finished
        f.add("release", 1, c -> space.newInt(
                state.handles.remove(space.intType.longValue(c.get(0))) instanceof Object o ? state.end(o) : 0));
        f.add("errcode", 1, c -> space.newInt(call(lib.errcode, db(state, c).address)));
        f.add("errmsg", 1, c -> state.cstr(call(lib.errmsg, db(state, c).address)));
        f.add("changes", 1, c -> space.newInt(call(lib.changes, db(state, c).address)));
        f.add("total_changes", 1, c -> space.newInt(call(lib.totalChanges, db(state, c).address)));
        f.add("last_insert_rowid", 1, c -> space.newInt(call(lib.lastInsertRowid, db(state, c).address)));
        f.add("autocommit", 1, c -> space.newBool(call(lib.autocommit, db(state, c).address) != 0));
        f.add("busy_timeout", 2, c -> space.newInt(call(lib.busyTimeout, db(state, c).address, Args.cInt(space, c.get(1)))));
        f.add("interrupt", 1, c -> {
            call(lib.interrupt, db(state, c).address);
            return space.newNone();
        });
        f.add("limit", 3, c -> space.newInt(call(lib.limit, db(state, c).address, Args.cInt(space, c.get(1)),
                Args.cInt(space, c.get(2)))));
        // prepare(db, sql as str or UTF-8 bytes) -> (rc, stmt handle or 0, the UTF-8 byte length of the SQL taken)
        f.add("prepare", 2, c -> {
            Db d = db(state, c);
            byte[] sql = space.strType.check(c.get(1)) ? space.strType.asUtf8(c.get(1))
                    : Abstract.bufferBytes(space, c.get(1));
            try (Arena arena = Arena.ofConfined()) {
                long text = copy(arena, nulTerminated(sql));
                MemorySegment out = arena.allocate(16);
                int rc = state.calling(() -> (int) call(lib.prepare, d.address, text, sql.length + 1, out.address(),
                        out.address() + 8), true);
                long stmt = out.get(JAVA_LONG, 0);
                long used = out.get(JAVA_LONG, 8) == 0 ? sql.length : out.get(JAVA_LONG, 8) - text;
                long handle = stmt == 0 ? 0 : state.handles.add(new Stmt(stmt, d));
                return state.tupleOf(space.newInt(rc), space.newInt(handle), space.newInt(used));
            }
        });
        // reset(stmt): also of a statement the interpreter's teardown finalized already (a late __del__)
        f.add("reset", 1, c -> {
            if (state.handles.get(space.intType.longValue(c.get(0))) instanceof Stmt s) {
                return space.newInt(state.calling(() -> (int) call(lib.reset, s.address()), false));
            }
            return space.newInt(0);
        });
        f.add("step", 1, c -> {
            Stmt s = stmt(state, c);
            return space.newInt(state.calling(() -> exact(lib.step, s.address()), true));
        });
        f.add("readonly", 1, c -> space.newBool(call(lib.stmtReadonly, stmt(state, c).address()) != 0));
        f.add("param_count", 1, c -> space.newInt(call(lib.paramCount, stmt(state, c).address())));
        f.add("param_name", 2, c -> state.cstr(call(lib.paramName, stmt(state, c).address(), Args.cInt(space, c.get(1)))));
        f.add("bind", 3, c -> space.newInt(state.bind(stmt(state, c), Args.cInt(space, c.get(1)), c.get(2))));
        f.add("column_count", 1, c -> space.newInt(call(lib.columnCount, stmt(state, c).address())));
        f.add("column_name", 2, c -> state.cstr(call(lib.columnName, stmt(state, c).address(), Args.cInt(space, c.get(1)))));
        f.add("column_decltype", 2, c -> state.cstr(call(lib.columnDecltype, stmt(state, c).address(),
                Args.cInt(space, c.get(1)))));
        // column_types(stmt) -> the current row's fundamental types
        f.add("column_types", 1, c -> {
            long s = stmt(state, c).address();
            int n = (int) call(lib.columnCount, s);
            long[] items = new long[n];
            for (int i = 0; i < n; i++) {
                items[i] = space.newInt(call(lib.columnType, s, i));
            }
            return state.tupleOf(items);
        });
        // column_bytes(stmt, i) -> the column's value as bytes (what converters and text factories get)
        f.add("column_bytes", 2, c -> {
            long s = stmt(state, c).address();
            int i = Args.cInt(space, c.get(1));
            long p = call(lib.columnBlob, s, i);
            return space.bytesType.of(bytes(p, (int) call(lib.columnBytes, s, i)));
        });
        f.add("row", 2, c -> state.row(stmt(state, c), Abstract.isTrue(space, c.get(1))));
        f.add("serialize", 2, c -> {
            Db d = db(state, c);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment size = arena.allocate(JAVA_LONG);
                long p = call(lib.serialize, d.address, arena.allocateFrom(space.strType.value(c.get(1))).address(),
                        size.address(), 0);
                if (p == 0) {
                    return space.newNone();
                }
                long b = space.bytesType.of(bytes(p, (int) size.get(JAVA_LONG, 0)));
                call(lib.free, p);
                return b;
            }
        });
        // deserialize(db, schema, data) -> rc; SQLite owns (and frees) the copy it is given
        f.add("deserialize", 3, c -> {
            Db d = db(state, c);
            byte[] data = Abstract.bufferBytes(space, c.get(2));
            long p = call(lib.malloc64, (long) Math.max(1, data.length));
            if (p == 0) {
                throw new PyException("MemoryError", "");
            }
            MemorySegment.copy(data, 0, MemorySegment.ofAddress(p).reinterpret(Math.max(1, data.length)), JAVA_BYTE, 0,
                    data.length);
            try (Arena arena = Arena.ofConfined()) {
                // SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE
                return space.newInt(call(lib.deserialize, d.address, arena.allocateFrom(space.strType.value(c.get(1))).address(),
                        p, (long) data.length, (long) data.length, 1 | 2));
            }
        });
        // backup_init(dst, dst_name, src, src_name) -> handle or 0 (the error is the target's)
        f.add("backup_init", 4, c -> {
            Db dst = state.handle(space.intType.longValue(c.get(0)), Db.class, "connection");
            Db src = state.handle(space.intType.longValue(c.get(2)), Db.class, "connection");
            try (Arena arena = Arena.ofConfined()) {
                long b = call(lib.backupInit, dst.address, arena.allocateFrom(space.strType.value(c.get(1))).address(),
                        src.address, arena.allocateFrom(space.strType.value(c.get(3))).address());
                return space.newInt(b == 0 ? 0 : state.handles.add(new Backup(b)));
            }
        });
        f.add("backup_step", 2, c -> {
            Backup b = state.handle(space.intType.longValue(c.get(0)), Backup.class, "backup");
            int pages = Args.cInt(space, c.get(1));
            return space.newInt(state.calling(() -> (int) call(lib.backupStep, b.address(), pages), true));
        });
        f.add("backup_progress", 1, c -> {
            Backup b = state.handle(space.intType.longValue(c.get(0)), Backup.class, "backup");
            return state.tupleOf(space.newInt(call(lib.backupRemaining, b.address())),
                    space.newInt(call(lib.backupPagecount, b.address())));
        });
        // blob_open(db, schema, table, column, row, writable) -> (rc, handle or 0)
        f.add("blob_open", 6, c -> {
            Db d = db(state, c);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(JAVA_LONG);
                int rc = (int) call(lib.blobOpen, d.address, arena.allocateFrom(space.strType.value(c.get(1))).address(),
                        arena.allocateFrom(space.strType.value(c.get(2))).address(),
                        arena.allocateFrom(space.strType.value(c.get(3))).address(),
                        space.intType.longValue(c.get(4)), Abstract.isTrue(space, c.get(5)) ? 1 : 0, out.address());
                long b = out.get(JAVA_LONG, 0);
                return state.tupleOf(space.newInt(rc), space.newInt(rc == 0 && b != 0 ? state.handles.add(new Blob(b)) : 0));
            }
        });
        f.add("blob_bytes", 1, c -> space.newInt(call(lib.blobBytes, blob(state, c).address())));
        // blob_read(blob, n, offset) -> bytes, or the error code as an int
        f.add("blob_read", 3, c -> {
            Blob b = blob(state, c);
            int n = Args.cInt(space, c.get(1));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocate(Math.max(1, n));
                int rc = (int) call(lib.blobRead, b.address(), buf.address(), n, Args.cInt(space, c.get(2)));
                return rc != 0 ? space.newInt(rc) : space.bytesType.of(buf.asSlice(0, n).toArray(JAVA_BYTE));
            }
        });
        f.add("blob_write", 3, c -> {
            Blob b = blob(state, c);
            byte[] data = Abstract.bufferBytes(space, c.get(1));
            try (Arena arena = Arena.ofConfined()) {
                return space.newInt(call(lib.blobWrite, b.address(), copy(arena, data), data.length,
                        Args.cInt(space, c.get(2))));
            }
        });
        // create_function(db, name, narg, flags, callable or None, kind): kind 0 scalar, 1 aggregate, 2 window
        f.add("create_function", 6, c -> {
            Db d = db(state, c);
            String name = space.strType.value(c.get(1));
            int narg = Args.cInt(space, c.get(2));
            int flags = Args.cInt(space, c.get(3)) | SQLITE_UTF8;
            int kind = Args.cInt(space, c.get(5));
            long id = state.register(d, "function " + name.toLowerCase(java.util.Locale.ROOT) + "/" + narg, c.get(4));
            try (Arena arena = Arena.ofConfined()) {
                long n = arena.allocateFrom(name).address();
                boolean none = id == 0;
                int rc = switch (kind) {
                    case 0 -> (int) call(lib.createFunction, d.address, n, narg, flags, id,
                            none ? 0L : state.funcStub.address(), 0L, 0L, 0L);
                    case 1 -> (int) call(lib.createFunction, d.address, n, narg, flags, id, 0L,
                            none ? 0L : state.stepStub.address(), none ? 0L : state.finalStub.address(), 0L);
                    default -> (int) call(lib.createWindowFunction, d.address, n, narg, flags, id,
                            none ? 0L : state.stepStub.address(), none ? 0L : state.finalStub.address(),
                            none ? 0L : state.valueStub.address(), none ? 0L : state.inverseStub.address(), 0L);
                };
                return space.newInt(rc);
            }
        });
        f.add("create_collation", 3, c -> {
            Db d = db(state, c);
            String name = space.strType.value(c.get(1));
            long id = state.register(d, "collation " + name.toLowerCase(java.util.Locale.ROOT), c.get(2));
            try (Arena arena = Arena.ofConfined()) {
                return space.newInt(call(lib.createCollation, d.address, arena.allocateFrom(name).address(), SQLITE_UTF8, id,
                        id == 0 ? 0L : state.compareStub.address(), 0L));
            }
        });
        f.add("set_authorizer", 2, c -> {
            Db d = db(state, c);
            long id = state.register(d, "authorizer", c.get(1));
            return space.newInt(call(lib.setAuthorizer, d.address, id == 0 ? 0L : state.authorizerStub.address(), id));
        });
        f.add("set_progress_handler", 3, c -> {
            Db d = db(state, c);
            long id = state.register(d, "progress", c.get(1));
            call(lib.progressHandler, d.address, Args.cInt(space, c.get(2)), id == 0 ? 0L : state.progressStub.address(), id);
            return space.newNone();
        });
        f.add("set_trace", 2, c -> {
            Db d = db(state, c);
            long id = state.register(d, "trace", c.get(1));
            return space.newInt(call(lib.traceV2, d.address, id == 0 ? 0 : SQLITE_TRACE_STMT,
                    id == 0 ? 0L : state.traceStub.address(), id));
        });
    }

    private static byte[] nulTerminated(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length + 1);
    }

    private static Db db(State state, CallArgs c) {
        Db d = state.handle(state.space.intType.longValue(c.get(0)), Db.class, "connection");
        if (!d.open) {
            throw new PyException("ValueError", "closed sqlite3 connection");
        }
        return d;
    }

    private static Stmt stmt(State state, CallArgs c) {
        return state.handle(state.space.intType.longValue(c.get(0)), Stmt.class, "statement");
    }

    private static Blob blob(State state, CallArgs c) {
        return state.handle(state.space.intType.longValue(c.get(0)), Blob.class, "blob");
    }

    /** The module's functions, each taking a fixed number of positional arguments. */
    private record Functions(ObjectSpace space, long module, long dict) {
        interface Body {
            long apply(CallArgs c);
        }

        void add(String name, int arity, Body body) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) ->
                    body.apply(new CallArgs(space, name, a, n, kw).exactly(arity)));
        }
    }
}
