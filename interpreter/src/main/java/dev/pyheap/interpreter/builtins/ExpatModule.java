package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.pyheap.interpreter.builtins.NativeLibrary.call;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code _pyheap_expat}: the engine under {@code pyexpat} (Modules/pyexpat.c): the system's libexpat
 * ({@code libexpat.so.1}, the library CPython links) called through {@code java.lang.foreign}, so
 * the documents accepted, the events and their order, and the error codes and positions are
 * expat's own. The module {@code pyexpat} (Python) builds CPython's {@code xmlparser} on these
 * functions; a parser is an int handle here.
 *
 * <p>Handlers. pyexpat.c's 22 handler kinds, numbered in its order ({@code StartElement} 0 ...
 * {@code SkippedEntity} 21), each have one upcall stub, made once per module state and shared by
 * its parsers: expat's user data of a parser is its own address, which finds the parser's state.
 * A kind's C handler is installed only while the Python parser has a handler for it (as pyexpat.c
 * does: expat reports differently with and without one, e.g. text to the default handler). An
 * upcall converts the C arguments (UTF-8 strings to str, NULL to None, the attribute array to a
 * list, the content model to nested tuples) and calls the callable given to {@code parse} as
 * {@code callback(kind, *args)}; the NotStandalone and ExternalEntityRef handlers' results are the
 * C results.
 *
 * <p>Character data is buffered as pyexpat.c does when {@code buffer_text} is on: expat's pieces
 * are gathered as UTF-8 bytes up to {@code buffer_size} bytes and handed over as one str before any
 * other event that has a handler, when the buffer would overflow, and when {@code flush} is
 * called (by {@code Parse} and {@code ParseFile} once expat has read their input).
 *
 * <p>An exception cannot cross expat's C frames: the upcall keeps it, removes every C handler (so
 * expat finishes the buffer without calling out, and an external entity reference stops it, as
 * pyexpat.c's {@code flag_error} does) and {@code parse} raises it once expat returns.
 *
 * <p>Encodings expat does not know are asked of the module's encoding callback (pyexpat's, which
 * decodes the 256 bytes with the Python codec) and given to expat as a one-byte map.
 */
final class ExpatModule {
    private ExpatModule() {
    }

    static final int CHARACTER_DATA = 3, NOT_STANDALONE = 13, EXTERNAL_ENTITY_REF = 14;
    /** Each kind's setter in libexpat, in pyexpat.c's order. */
    private static final String[] SETTERS = {
        "XML_SetStartElementHandler", "XML_SetEndElementHandler", "XML_SetProcessingInstructionHandler",
        "XML_SetCharacterDataHandler", "XML_SetUnparsedEntityDeclHandler", "XML_SetNotationDeclHandler",
        "XML_SetStartNamespaceDeclHandler", "XML_SetEndNamespaceDeclHandler", "XML_SetCommentHandler",
        "XML_SetStartCdataSectionHandler", "XML_SetEndCdataSectionHandler", "XML_SetDefaultHandler",
        "XML_SetDefaultHandlerExpand", "XML_SetNotStandaloneHandler", "XML_SetExternalEntityRefHandler",
        "XML_SetStartDoctypeDeclHandler", "XML_SetEndDoctypeDeclHandler", "XML_SetEntityDeclHandler",
        "XML_SetXmlDeclHandler", "XML_SetElementDeclHandler", "XML_SetAttlistDeclHandler",
        "XML_SetSkippedEntityHandler",
    };
    /**
     * Each kind's C arguments after the user data (or, for ExternalEntityRef, the parser):
     * {@code s} a string or NULL, {@code L} a string and its int length, {@code i} an int,
     * {@code a} the attribute array, {@code m} a content model.
     */
    private static final String[] SIGNATURES = {
        "sa", "s", "ss", "L", "sssss", "ssss", "ss", "s", "s", "", "", "L", "L", "", "ssss", "sssi", "",
        "siLssss", "ssi", "sm", "ssssi", "si",
    };

    /** libexpat's entry points, looked up once per JVM (the library is the process's). */
    private static final class Lib {
        final Linker linker;
        final MethodHandle create, createNs, free, setUserData, parse, getErrorCode, errorString,
                line, column, byteIndex, version, featureList, setBase, getBase, externalCreate,
                paramEntityParsing, useForeignDtd, returnNsTriplet, specifiedAttributeCount,
                inputContext, setEncoding, freeContentModel, unknownEncodingHandler;
        final MethodHandle[] setters = new MethodHandle[SETTERS.length];

        Lib(NativeLibrary<Lib> expat) {
            linker = expat.linker();
            FunctionDescriptor pToP = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);
            FunctionDescriptor ppToV = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG);
            create = expat.downcall("XML_ParserCreate", pToP);
            createNs = expat.downcall("XML_ParserCreateNS", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_BYTE));
            free = expat.downcall("XML_ParserFree", FunctionDescriptor.ofVoid(JAVA_LONG));
            setUserData = expat.downcall("XML_SetUserData", ppToV);
            parse = expat.downcall("XML_Parse", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT));
            getErrorCode = expat.downcall("XML_GetErrorCode", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            errorString = expat.downcall("XML_ErrorString", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
            line = expat.downcall("XML_GetCurrentLineNumber", pToP);
            column = expat.downcall("XML_GetCurrentColumnNumber", pToP);
            byteIndex = expat.downcall("XML_GetCurrentByteIndex", pToP);
            version = expat.downcall("XML_ExpatVersion", FunctionDescriptor.of(JAVA_LONG));
            featureList = expat.downcall("XML_GetFeatureList", FunctionDescriptor.of(JAVA_LONG));
            setBase = expat.downcall("XML_SetBase", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            getBase = expat.downcall("XML_GetBase", pToP);
            externalCreate = expat.downcall("XML_ExternalEntityParserCreate",
                    FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            paramEntityParsing = expat.downcall("XML_SetParamEntityParsing",
                    FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
            useForeignDtd = expat.downcall("XML_UseForeignDTD", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_BYTE));
            returnNsTriplet = expat.downcall("XML_SetReturnNSTriplet", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT));
            specifiedAttributeCount = expat.downcall("XML_GetSpecifiedAttributeCount",
                    FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            inputContext = expat.downcall("XML_GetInputContext",
                    FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            setEncoding = expat.downcall("XML_SetEncoding", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            freeContentModel = expat.downcall("XML_FreeContentModel", ppToV);
            unknownEncodingHandler = expat.downcall("XML_SetUnknownEncodingHandler",
                    FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
            for (int i = 0; i < SETTERS.length; i++) {
                setters[i] = expat.downcall(SETTERS[i], ppToV);
            }
        }
    }

    /** libexpat, bound on first use. */
    private static final NativeLibrary<Lib> LIBRARY = new NativeLibrary<>("libexpat.so.1", Lib::new);

    private static Lib lib() {
        return LIBRARY.get();
    }

    /** One parser: its native address and what its Python object asked for. */
    private static final class Parser {
        final long address;
        /** The callable events go to, during a parse call (borrowed from the caller), else 0. */
        long callback;
        /** The exception a handler raised, raised again when expat returns. */
        RuntimeException pending;
        /** The character buffer, or null when {@code buffer_text} is off. */
        byte[] buffer;
        int used;
        /** How many handler calls of this parser are under way (GetInputContext answers only then). */
        int depth;

        Parser(long address) {
            this.address = address;
        }
    }

    /** The module state of one heap: its parsers by address and the upcall stubs. */
    private static final class State {
        final ObjectSpace space;
        final Lib lib;
        final Map<Long, Parser> parsers = new HashMap<>();
        final StreamHandles handles;
        final Arena stubArena = Arena.ofShared();
        final MemorySegment[] stubs = new MemorySegment[SETTERS.length];
        final MemorySegment errorEntityStub, encodingStub;
        /** pyexpat's encoding callback: name to a list of 256 ints. */
        long encodingCallback;

        State(ModuleTable table, Lib lib) {
            this.space = table.space();
            this.lib = lib;
            this.handles = StreamHandles.of(table, p -> release((Parser) p));
            try {
                MethodHandle upcall = MethodHandles.lookup().findVirtual(State.class, "upcall",
                        MethodType.methodType(Object.class, int.class, Object[].class));
                for (int kind = 0; kind < SETTERS.length; kind++) {
                    String sig = SIGNATURES[kind];
                    List<MemoryLayout> args = new ArrayList<>();
                    args.add(JAVA_LONG);
                    for (char c : sig.toCharArray()) {
                        args.add(c == 'i' ? JAVA_INT : JAVA_LONG);
                        if (c == 'L') {
                            args.add(JAVA_INT);
                        }
                    }
                    boolean returnsInt = kind == NOT_STANDALONE || kind == EXTERNAL_ENTITY_REF;
                    MemoryLayout[] layouts = args.toArray(MemoryLayout[]::new);
                    FunctionDescriptor d = returnsInt ? FunctionDescriptor.of(JAVA_INT, layouts)
                            : FunctionDescriptor.ofVoid(layouts);
                    MethodHandle h = MethodHandles.insertArguments(upcall.bindTo(this), 0, kind)
                            .asCollector(Object[].class, layouts.length).asType(d.toMethodType());
                    stubs[kind] = lib.linker.upcallStub(h, d, stubArena);
                }
                FunctionDescriptor refused = FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                        JAVA_LONG, JAVA_LONG);
                errorEntityStub = lib.linker.upcallStub(MethodHandles.dropArguments(
                        MethodHandles.constant(int.class, 0), 0, long.class, long.class, long.class, long.class,
                        long.class), refused, stubArena);
                FunctionDescriptor enc = FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG);
                encodingStub = lib.linker.upcallStub(MethodHandles.lookup().findVirtual(State.class,
                        "unknownEncoding", MethodType.methodType(int.class, long.class, long.class, long.class))
                        .bindTo(this), enc, stubArena);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            table.atClose(() -> {
                if (encodingCallback != 0) {
                    space.decref(encodingCallback);
                    encodingCallback = 0;
                }
            });
        }

        Parser parser(long handle) {
            if (!(handles.get(handle) instanceof Parser p)) {
                throw new PyException("ValueError", "no such expat parser");
            }
            return p;
        }

        long register(long address) {
            if (address == 0) {
                throw new PyException("MemoryError", "");
            }
            Parser p = new Parser(address);
            call(lib.setUserData, address, address);
            call(lib.unknownEncodingHandler, address, encodingStub.address(), address);
            parsers.put(address, p);
            return handles.add(p);
        }

        void release(Parser p) {
            parsers.remove(p.address);
            call(lib.free, p.address);
        }

        void setHandler(Parser p, int kind, boolean on) {
            call(lib.setters[kind], p.address, on ? stubs[kind].address() : 0L);
        }

        /** What a stub calls: the event to Python; an exception is kept for {@link #parse}. */
        Object upcall(int kind, Object[] raw) {
            Parser p = parsers.get((Long) raw[0]);
            Object zero = kind == NOT_STANDALONE || kind == EXTERNAL_ENTITY_REF ? (Object) 0 : null;
            if (p == null || p.pending != null || p.callback == 0) {
                return zero;
            }
            p.depth++;
            try {
                if (kind == CHARACTER_DATA && p.buffer != null) {
                    bufferText(p, (Long) raw[1], (Integer) raw[2]);
                    return zero;
                }
                flush(p);
                long[] args = arguments(p, kind, raw);
                long result;
                try {
                    result = Abstract.call(space, p.callback, args);
                } finally {
                    for (long a : args) {
                        space.decref(a);
                    }
                }
                try {
                    return zero == null ? null : (Object) (int) space.intType.longValue(result);
                } finally {
                    space.decref(result);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail(p, e instanceof RuntimeException r ? r : new PyException("RecursionError",
                        "maximum recursion depth exceeded"));
                return zero;
            } finally {
                p.depth--;
            }
        }

        /** pyexpat.c's {@code flag_error}: no more handlers; an external entity stops the parse. */
        private void fail(Parser p, RuntimeException e) {
            p.pending = e;
            for (int kind = 0; kind < SETTERS.length; kind++) {
                call(lib.setters[kind], p.address, 0L);
            }
            call(lib.setters[EXTERNAL_ENTITY_REF], p.address, errorEntityStub.address());
        }

        private long[] arguments(Parser p, int kind, Object[] raw) {
            String sig = SIGNATURES[kind];
            List<Long> out = new ArrayList<>();
            out.add(space.newInt(kind));
            int at = 1;
            for (char c : sig.toCharArray()) {
                switch (c) {
                    case 's' -> out.add(string((Long) raw[at++]));
                    case 'i' -> out.add(space.newInt((Integer) raw[at++]));
                    case 'L' -> {
                        long s = (Long) raw[at++];
                        int n = (Integer) raw[at++];
                        out.add(s == 0 ? space.newNone() : str(bytes(s, n)));
                    }
                    case 'a' -> {
                        out.add(attributes((Long) raw[at++]));
                        out.add(space.newInt((int) call(lib.specifiedAttributeCount, p.address)));
                    }
                    case 'm' -> {
                        long model = (Long) raw[at++];
                        try {
                            out.add(model(model));
                        } finally {
                            call(lib.freeContentModel, p.address, model);
                        }
                    }
                    default -> throw new IllegalStateException(sig);
                }
            }
            long[] args = new long[out.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = out.get(i);
            }
            return args;
        }

        private long attributes(long array) {
            MemorySegment atts = MemorySegment.ofAddress(array).reinterpret(Long.MAX_VALUE);
            List<Long> items = new ArrayList<>();
            for (long i = 0; atts.get(JAVA_LONG, i * 8) != 0; i++) {
                items.add(string(atts.get(JAVA_LONG, i * 8)));
            }
            return list(items);
        }

        /** An XML_Content: {@code (type, quant, name, children)}, 32 bytes each. */
        private long model(long content) {
            MemorySegment c = MemorySegment.ofAddress(content).reinterpret(32);
            int type = c.get(JAVA_INT, 0), quant = c.get(JAVA_INT, 4);
            long name = c.get(JAVA_LONG, 8);
            int count = c.get(JAVA_INT, 16);
            long children = c.get(JAVA_LONG, 24);
            long[] kids = new long[count];
            for (int i = 0; i < count; i++) {
                kids[i] = model(children + 32L * i);
            }
            return tuple(space.newInt(type), space.newInt(quant), string(name), tuple(kids));
        }

        private void bufferText(Parser p, long data, int len) {
            if (p.used + len > p.buffer.length) {
                flush(p);
                if (p.pending != null || p.buffer == null) {
                    return;
                }
            }
            if (len > p.buffer.length) {
                callText(p, bytes(data, len));
                p.used = 0;
            } else {
                MemorySegment.copy(MemorySegment.ofAddress(data).reinterpret(len), JAVA_BYTE, 0, p.buffer, p.used, len);
                p.used += len;
            }
        }

        /** Hands the buffered text to the CharacterData handler. */
        void flush(Parser p) {
            if (p.buffer == null || p.used == 0) {
                return;
            }
            byte[] text = java.util.Arrays.copyOf(p.buffer, p.used);
            p.used = 0;
            callText(p, text);
        }

        private void callText(Parser p, byte[] text) {
            long[] args = {space.newInt(CHARACTER_DATA), str(text)};
            try {
                space.decref(Abstract.call(space, p.callback, args));
            } finally {
                space.decref(args[0]);
                space.decref(args[1]);
            }
        }

        /** XML_Parse over {@code data}, in pieces of at most 1 MiB as pyexpat.c feeds it. */
        int parse(Parser p, byte[] data, boolean isFinal, long callback) {
            long saved = p.callback;
            p.callback = callback;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment s = arena.allocate(Math.max(1, data.length));
                MemorySegment.copy(data, 0, s, JAVA_BYTE, 0, data.length);
                int chunk = 1 << 20, off = 0, rc;
                do {
                    int n = Math.min(chunk, data.length - off);
                    boolean last = off + n == data.length;
                    rc = (int) call(lib.parse, p.address, s.address() + off, n, last && isFinal ? 1 : 0);
                    off += n;
                } while (rc != 0 && off < data.length && p.pending == null);
                if (p.pending != null) {
                    RuntimeException e = p.pending;
                    p.pending = null;
                    throw e;
                }
                return rc;
            } finally {
                p.callback = saved;
            }
        }

        /** pyexpat.c's PyUnknownEncodingHandler: a one-byte map from the Python codec. */
        int unknownEncoding(long data, long name, long info) {
            if (encodingCallback == 0) {
                return 0;
            }
            Parser p = parsers.get(data);
            try {
                long arg = string(name);
                long result;
                try {
                    result = Abstract.call(space, encodingCallback, new long[] {arg});
                } finally {
                    space.decref(arg);
                }
                try {
                    MemorySegment map = MemorySegment.ofAddress(info).reinterpret(256 * 4 + 24);
                    for (int i = 0; i < 256; i++) {
                        long item = space.listType.item(result, i);
                        map.set(JAVA_INT, 4L * i, (int) space.intType.longValue(item));
                    }
                    map.set(JAVA_LONG, 1024, 0L);
                    map.set(JAVA_LONG, 1032, 0L);
                    map.set(JAVA_LONG, 1040, 0L);
                } finally {
                    space.decref(result);
                }
                return 1;
            } catch (RuntimeException e) {
                if (p != null) {
                    fail(p, e);
                }
                return 0;
            }
        }

        /** A tuple of {@code items}, whose references it takes. */
        long tuple(long... items) {
            long t = space.tupleType.create(items);
            for (long x : items) {
                space.decref(x);
            }
            return t;
        }

        /** A list of {@code items}, whose references it takes. */
        long list(List<Long> items) {
            long[] values = items.stream().mapToLong(Long::longValue).toArray();
            long list = space.listType.create(values);
            for (long v : values) {
                space.decref(v);
            }
            return list;
        }

        long string(long address) {
            if (address == 0) {
                return space.newNone();
            }
            return space.strType.runtime(MemorySegment.ofAddress(address).reinterpret(Long.MAX_VALUE).getString(0));
        }

        long str(byte[] utf8) {
            return space.strType.runtime(new String(utf8, StandardCharsets.UTF_8));
        }

        static byte[] bytes(long address, int len) {
            return MemorySegment.ofAddress(address).reinterpret(len).toArray(JAVA_BYTE);
        }
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Lib lib = lib();
        State state = new State(table, lib);
        SysModule.function(space, module, dict, "version", (self, a, n, kw) -> {
            new CallArgs(space, "version", a, n, kw).exactly(0);
            return state.string(call(lib.version));
        });
        SysModule.function(space, module, dict, "features", (self, a, n, kw) -> {
            new CallArgs(space, "features", a, n, kw).exactly(0);
            MemorySegment f = MemorySegment.ofAddress(call(lib.featureList)).reinterpret(Long.MAX_VALUE);
            List<Long> items = new ArrayList<>();
            for (long at = 0; f.get(JAVA_INT, at) != 0; at += 24) {
                items.add(state.tuple(state.string(f.get(JAVA_LONG, at + 8)), space.newInt(f.get(JAVA_LONG, at + 16))));
            }
            return state.list(items);
        });
        SysModule.function(space, module, dict, "error_string", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "error_string", a, n, kw).exactly(1);
            return state.string(call(lib.errorString, (int) space.intType.longValue(c.get(0))));
        });
        SysModule.function(space, module, dict, "set_encoding_callback", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_encoding_callback", a, n, kw).exactly(1);
            if (state.encodingCallback != 0) {
                space.decref(state.encodingCallback);
            }
            state.encodingCallback = space.newRef(c.get(0));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "create", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "create", a, n, kw).exactly(2);
            try (Arena arena = Arena.ofConfined()) {
                long encoding = cString(space, arena, c.get(0));
                long address;
                if (c.get(1) == space.none) {
                    address = call(lib.create, encoding);
                } else {
                    String sep = space.strType.value(c.get(1));
                    byte[] b = sep.getBytes(StandardCharsets.UTF_8);
                    address = call(lib.createNs, encoding, b.length == 0 ? (byte) 0 : b[0]);
                }
                return space.newInt(state.register(address));
            }
        });
        SysModule.function(space, module, dict, "external_create", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "external_create", a, n, kw).exactly(3);
            Parser parent = state.parser(space.intType.longValue(c.get(0)));
            try (Arena arena = Arena.ofConfined()) {
                long address = call(lib.externalCreate, parent.address, cString(space, arena, c.get(1)),
                        cString(space, arena, c.get(2)));
                return space.newInt(state.register(address));
            }
        });
        SysModule.function(space, module, dict, "free", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "free", a, n, kw).exactly(1);
            if (state.handles.remove(space.intType.longValue(c.get(0))) instanceof Parser p) {
                state.release(p);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "set_handler", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_handler", a, n, kw).exactly(3);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            state.setHandler(p, (int) space.intType.longValue(c.get(1)), Abstract.isTrue(space, c.get(2)));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "parse", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "parse", a, n, kw).exactly(4);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            byte[] data = Abstract.bufferBytes(space, c.get(1));
            return space.newInt(state.parse(p, data, Abstract.isTrue(space, c.get(2)), c.get(3)));
        });
        SysModule.function(space, module, dict, "flush", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "flush", a, n, kw).exactly(2);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            long saved = p.callback;
            p.callback = c.get(1);
            try {
                state.flush(p);
            } finally {
                p.callback = saved;
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "set_buffer", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_buffer", a, n, kw).exactly(2);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            int size = (int) space.intType.longValue(c.get(1));
            p.buffer = size <= 0 ? null : p.buffer == null ? new byte[size] : java.util.Arrays.copyOf(p.buffer, size);
            if (p.buffer == null) {
                p.used = 0;
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "buffer_used", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "buffer_used", a, n, kw).exactly(1);
            return space.newInt(state.parser(space.intType.longValue(c.get(0))).used);
        });
        SysModule.function(space, module, dict, "position", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "position", a, n, kw).exactly(1);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            return state.tuple(space.newInt(call(lib.getErrorCode, p.address)), space.newInt(call(lib.line, p.address)),
                    space.newInt(call(lib.column, p.address)), space.newInt(call(lib.byteIndex, p.address)));
        });
        SysModule.function(space, module, dict, "set_base", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_base", a, n, kw).exactly(2);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            // expat copies the base into its own pool
            try (Arena arena = Arena.ofConfined()) {
                if (call(lib.setBase, p.address, cString(space, arena, c.get(1))) == 0) {
                    throw new PyException("MemoryError", "");
                }
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "get_base", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "get_base", a, n, kw).exactly(1);
            return state.string(call(lib.getBase, state.parser(space.intType.longValue(c.get(0))).address));
        });
        SysModule.function(space, module, dict, "set_int", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_int", a, n, kw).exactly(3);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            String what = space.strType.value(c.get(1));
            int value = (int) space.intType.longValue(c.get(2));
            return space.newInt(switch (what) {
                case "param_entity_parsing" -> call(lib.paramEntityParsing, p.address, value);
                case "foreign_dtd" -> call(lib.useForeignDtd, p.address, (byte) value);
                case "ns_triplet" -> call(lib.returnNsTriplet, p.address, value);
                default -> throw new PyException("ValueError", what);
            });
        });
        SysModule.function(space, module, dict, "set_encoding", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_encoding", a, n, kw).exactly(2);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            try (Arena arena = Arena.ofConfined()) {
                return space.newInt(call(lib.setEncoding, p.address, cString(space, arena, c.get(1))));
            }
        });
        SysModule.function(space, module, dict, "input_context", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "input_context", a, n, kw).exactly(1);
            Parser p = state.parser(space.intType.longValue(c.get(0)));
            if (p.depth == 0) {
                return space.newNone();
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment ints = arena.allocate(8);
                long buffer = call(lib.inputContext, p.address, ints.address(), ints.address() + 4);
                if (buffer == 0) {
                    return space.newNone();
                }
                int offset = ints.get(JAVA_INT, 0), size = ints.get(JAVA_INT, 4);
                return space.bytesType.of(State.bytes(buffer + offset, size - offset));
            }
        });
    }

    /** A str argument as a NUL-terminated UTF-8 copy in {@code arena}, or NULL for None. */
    private static long cString(ObjectSpace space, Arena arena, long o) {
        if (o == space.none) {
            return 0;
        }
        return arena.allocateFrom(space.strType.value(o)).address();
    }
}
