package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.BuiltinFunctionType;
import dev.pyheap.runtime.objects.FloatType;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructType;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.HashMap;

/**
 * {@code _json} (Modules/_json.c): the scanner and the one-shot encoder that json/decoder.py,
 * json/scanner.py and json/encoder.py use when it is there, with the checks, messages and error
 * positions of CPython's C code.
 *
 * <h2>Decoding</h2>
 * {@code make_scanner(context)} copies the decoder's settings ({@code strict}, the hooks, the
 * parsers); calling it as {@code scan_once(string, idx)} reads the code points of the string once
 * and parses by recursive descent, one Java call per nesting level under the interpreter's
 * recursion limit. Object keys are shared within one call ({@code memo}): equal keys are one str.
 * A number is matched by JSON's grammar first, then made by {@code int}/{@code float} or handed as
 * text to {@code parse_int}/{@code parse_float} when those are not the built-in types. Nothing at
 * the index raises {@code StopIteration(idx)}, which {@code JSONDecoder.raw_decode} reports as
 * "Expecting value"; every other error is a {@code json.decoder.JSONDecodeError(msg, doc, pos)}.
 *
 * <h2>Encoding</h2>
 * {@code make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
 * skipkeys, allow_nan)} called as {@code _iterencode(obj, level)} writes the whole text into one
 * code point buffer and returns it as a list of one str. {@code markers} (a dict or None) holds the ids of
 * the containers being written, for "Circular reference detected". Strings go through
 * {@code encoder}; when that is this module's {@code encode_basestring(_ascii)} they are escaped
 * here without a call.
 */
final class JsonModule {
    private JsonModule() {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Escaper escaper = new Escaper(space);
        SysModule.function(space, module, dict, "encode_basestring_ascii", escaper.asciiBody);
        SysModule.function(space, module, dict, "encode_basestring", escaper.unicodeBody);
        escaper.asciiDef = space.builtinFunctionType.def(space.dictType.getItemString(dict, "encode_basestring_ascii"));
        escaper.unicodeDef = space.builtinFunctionType.def(space.dictType.getItemString(dict, "encode_basestring"));
        SysModule.function(space, module, dict, "scanstring", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "scanstring", a, n, kw).keywords().parseTuple(2, 3);
            long pystr = args.get(0);
            if (!space.strType.check(pystr)) {
                throw new PyException("TypeError", "first argument must be a string, not " + space.typeOf(pystr).name);
            }
            long end = Abstract.index(space, args.get(1));
            boolean strict = n < 3 || Abstract.isTrue(space, args.get(2));
            Scan scan = new Scan(space, table, pystr, strict);
            if (end < 0 || end > scan.n) {
                throw new PyException("ValueError", "end is out of bounds");
            }
            long s = scan.string((int) end);
            long index = space.newInt(scan.next);
            try {
                return space.tupleType.create(s, index);
            } finally {
                space.decref(s);
                space.decref(index);
            }
        });
        ScannerType scanner = space.register(new ScannerType(space, table));
        SysModule.setItem(space, dict, "make_scanner", scanner.typeObject());
        EncoderType encoder = space.register(new EncoderType(space, escaper));
        SysModule.setItem(space, dict, "make_encoder", encoder.typeObject());
    }

    /** The one str argument of {@code encode_basestring(_ascii)} ({@code METH_O}). */
    private static long stringArgument(ObjectSpace space, String name, long a, long n, long kw) {
        long s = new CallArgs(space, name, a, n, kw).exactly(1).get(0);
        if (!space.strType.check(s)) {
            throw new PyException("TypeError", "first argument must be a string, not " + space.typeOf(s).name);
        }
        return s;
    }

    /** A code point buffer that grows: the text a string or a document is built in. */
    private static final class Text {
        int[] units = new int[64];
        int length;

        void add(int c) {
            if (length == units.length) {
                units = Arrays.copyOf(units, length * 2);
            }
            units[length++] = c;
        }

        void add(String ascii) {
            int n = ascii.length();
            if (length + n > units.length) {
                units = Arrays.copyOf(units, Math.max(length + n, length * 2));
            }
            for (int i = 0; i < n; i++) {
                units[length++] = ascii.charAt(i);
            }
        }

        void add(int[] from, int start, int end) {
            int n = end - start;
            if (length + n > units.length) {
                units = Arrays.copyOf(units, Math.max(length + n, length * 2));
            }
            System.arraycopy(from, start, units, length, n);
            length += n;
        }
    }

    // ------------------------------------------------------------------ decoding

    /**
     * One call of the scanner (or of {@code scanstring}) over one str: its code points, the
     * settings, the memo of keys, and {@link #next}, the index after what the last step read.
     */
    private static final class Scan {
        private static final String IN_OBJECT = " while decoding a JSON object from a unicode string";
        private static final String IN_ARRAY = " while decoding a JSON array from a unicode string";
        final ObjectSpace space;
        final ModuleTable table;
        final long pystr;
        final int[] s;
        final int n;
        final boolean strict;
        long objectHook, pairsHook, parseFloat, parseInt, parseConstant;
        final HashMap<IntBuffer, Long> memo = new HashMap<>();
        final Text text = new Text();
        int next;

        Scan(ObjectSpace space, ModuleTable table, long pystr, boolean strict) {
            this.space = space;
            this.table = table;
            this.pystr = pystr;
            this.s = space.strType.codePoints(pystr);
            this.n = s.length;
            this.strict = strict;
        }

        /** {@code raise_errmsg}: a {@code json.decoder.JSONDecodeError(msg, doc, pos)} to throw. */
        PyException error(String message, int pos) {
            long module = table.builtins.importModule("json.decoder");
            long type;
            try {
                type = Abstract.getAttr(space, module, "JSONDecodeError");
            } finally {
                space.decref(module);
            }
            long msg = space.strType.runtime(message);
            long at = space.newInt(pos);
            long exc;
            try {
                exc = Abstract.call(space, type, new long[] {msg, pystr, at});
            } finally {
                space.decref(type);
                space.decref(msg);
                space.decref(at);
            }
            return new PyException(space.typeOf(exc).name, Abstract.str(space, exc), exc, space::decref);
        }

        /** {@code raise_stop_iteration}: nothing JSON starts at {@code idx}. */
        PyException stop(int idx) {
            long value = space.newInt(idx);
            long args = space.tupleType.create(value);
            space.decref(value);
            long exc = space.exceptions.byName("StopIteration").create(args, true);
            return new PyException("StopIteration", Integer.toString(idx), exc, space::decref);
        }

        int skip(int idx) {
            while (idx < n) {
                int c = s[idx];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                idx++;
            }
            return idx;
        }

        /**
         * {@code scanstring_unicode}: the string whose opening quote is just before {@code end}.
         * Without escapes its text is {@code s[end:next-1]} and {@link #text} is left empty (returns
         * false); with escapes the decoded text is in {@link #text} (returns true).
         */
        private boolean readString(int end) {
            int begin = end - 1;
            text.length = 0;
            boolean escaped = false;
            while (true) {
                int c = 0;
                int at = end;
                for (; at < n; at++) {
                    c = s[at];
                    if (c == '"' || c == '\\') {
                        break;
                    }
                    if (c <= 0x1f && strict) {
                        throw error("Invalid control character at", at);
                    }
                }
                if (at == n) {
                    throw error("Unterminated string starting at", begin);
                }
                if (c == '"' && !escaped) {
                    next = at + 1;
                    return false;
                }
                text.add(s, end, at);
                at++;
                if (c == '"') {
                    next = at;
                    return true;
                }
                escaped = true;
                if (at == n) {
                    throw error("Unterminated string starting at", begin);
                }
                c = s[at];
                if (c != 'u') {
                    end = at + 1;
                    c = switch (c) {
                        case '"', '\\', '/' -> c;
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> throw error("Invalid \\escape", end - 2);
                    };
                } else {
                    at++;
                    end = at + 4;
                    if (end >= n) {
                        throw error("Invalid \\uXXXX escape", at - 1);
                    }
                    c = hex4(at, end);
                    if (c >= 0xd800 && c <= 0xdbff && end + 6 < n && s[end] == '\\' && s[end + 1] == 'u') {
                        int low = hex4(end + 2, end + 6);
                        if (low >= 0xdc00 && low <= 0xdfff) {
                            c = 0x10000 + (((c - 0xd800) << 10) | (low - 0xdc00));
                            end += 6;
                        }
                    }
                }
                text.add(c);
            }
        }

        /** The four hex digits {@code s[from:to]}; otherwise the error of a bad escape, at the backslash before the u. */
        private int hex4(int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                int d = Character.digit(s[i], 16);
                if (d < 0 || s[i] > 'f') {
                    throw error("Invalid \\uXXXX escape", to - 5);
                }
                value = (value << 4) | d;
            }
            return value;
        }

        /** The string after the quote at {@code end - 1} as a str. New reference. */
        long string(int end) {
            int start = end;
            if (readString(end)) {
                return space.strType.runtime(text.units, 0, text.length);
            }
            return space.strType.runtime(s, start, next - 1);
        }

        /** An object's key: the memo's str for the same text, else a new one the memo keeps. New reference. */
        long key(int end) {
            IntBuffer k = readString(end) ? IntBuffer.wrap(Arrays.copyOf(text.units, text.length))
                    : IntBuffer.wrap(s, end, next - 1 - end);
            Long known = memo.get(k);
            if (known != null) {
                return space.newRef(known);
            }
            long key = space.strType.runtime(k.array(), k.position(), k.limit());
            memo.put(k, space.newRef(key));
            return key;
        }

        void clearMemo() {
            for (long key : memo.values()) {
                space.decref(key);
            }
            memo.clear();
        }

        /** {@code scan_once_unicode}: the value at {@code idx}. New reference. */
        long value(int idx) {
            if (idx >= n) {
                throw stop(idx);
            }
            switch (s[idx]) {
                case '"' -> {
                    return string(idx + 1);
                }
                case '{' -> {
                    var depth = Abstract.enterRecursiveCall(space, IN_OBJECT);
                    try {
                        return object(idx + 1);
                    } finally {
                        Abstract.leaveRecursiveCall(depth);
                    }
                }
                case '[' -> {
                    var depth = Abstract.enterRecursiveCall(space, IN_ARRAY);
                    try {
                        return array(idx + 1);
                    } finally {
                        Abstract.leaveRecursiveCall(depth);
                    }
                }
                case 'n' -> {
                    if (matches(idx, "null")) {
                        next = idx + 4;
                        return space.newNone();
                    }
                }
                case 't' -> {
                    if (matches(idx, "true")) {
                        next = idx + 4;
                        return space.newTrue();
                    }
                }
                case 'f' -> {
                    if (matches(idx, "false")) {
                        next = idx + 5;
                        return space.newFalse();
                    }
                }
                case 'N' -> {
                    if (matches(idx, "NaN")) {
                        return constant(idx, "NaN");
                    }
                }
                case 'I' -> {
                    if (matches(idx, "Infinity")) {
                        return constant(idx, "Infinity");
                    }
                }
                case '-' -> {
                    if (matches(idx, "-Infinity")) {
                        return constant(idx, "-Infinity");
                    }
                }
                default -> {
                }
            }
            return number(idx);
        }

        private boolean matches(int idx, String word) {
            if (idx + word.length() > n) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (s[idx + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private long constant(int idx, String word) {
            long w = space.strType.runtime(word);
            try {
                long v = Abstract.call(space, parseConstant, new long[] {w});
                next = idx + word.length();
                return v;
            } finally {
                space.decref(w);
            }
        }

        private static boolean digit(int c) {
            return c >= '0' && c <= '9';
        }

        /** {@code _match_number_unicode}. New reference. */
        private long number(int start) {
            int idx = start;
            if (s[idx] == '-') {
                idx++;
                if (idx >= n) {
                    throw stop(start);
                }
            }
            if (s[idx] >= '1' && s[idx] <= '9') {
                idx++;
                while (idx < n && digit(s[idx])) {
                    idx++;
                }
            } else if (s[idx] == '0') {
                idx++;
            } else {
                throw stop(start);
            }
            boolean isFloat = false;
            if (idx < n - 1 && s[idx] == '.' && digit(s[idx + 1])) {
                isFloat = true;
                idx += 2;
                while (idx < n && digit(s[idx])) {
                    idx++;
                }
            }
            if (idx < n - 1 && (s[idx] == 'e' || s[idx] == 'E')) {
                int e = idx;
                idx++;
                if (idx < n - 1 && (s[idx] == '-' || s[idx] == '+')) {
                    idx++;
                }
                while (idx < n && digit(s[idx])) {
                    idx++;
                }
                if (digit(s[idx - 1])) {
                    isFloat = true;
                } else {
                    idx = e;
                }
            }
            next = idx;
            long custom = isFloat ? (parseFloat != space.floatType.typeObject() ? parseFloat : 0)
                    : (parseInt != space.intType.typeObject() ? parseInt : 0);
            if (custom == 0 && isFloat) {
                return space.floatType.create(Double.parseDouble(new String(s, start, idx - start)));
            }
            if (custom == 0 && idx - start <= 18) {
                long v = 0;
                for (int i = s[start] == '-' ? start + 1 : start; i < idx; i++) {
                    v = v * 10 + (s[i] - '0');
                }
                return space.newInt(s[start] == '-' ? -v : v);
            }
            long numstr = space.strType.runtime(s, start, idx);
            try {
                // a long int goes through int(), which applies sys.get_int_max_str_digits()
                return Abstract.call(space, custom != 0 ? custom : space.intType.typeObject(), new long[] {numstr});
            } finally {
                space.decref(numstr);
            }
        }

        /** {@code _parse_object_unicode}, {@code idx} after the '{'. New reference. */
        private long object(int idx) {
            boolean pairs = pairsHook != space.none;
            long rval = pairs ? space.listType.create() : space.dictType.create();
            try {
                idx = skip(idx);
                if (idx >= n || s[idx] != '}') {
                    while (true) {
                        if (idx >= n || s[idx] != '"') {
                            throw error("Expecting property name enclosed in double quotes", idx);
                        }
                        long key = key(idx + 1);
                        try {
                            idx = skip(next);
                            if (idx >= n || s[idx] != ':') {
                                throw error("Expecting ':' delimiter", idx);
                            }
                            long val = value(skip(idx + 1));
                            idx = next;
                            try {
                                if (pairs) {
                                    long item = space.tupleType.create(key, val);
                                    try {
                                        space.listType.append(rval, item);
                                    } finally {
                                        space.decref(item);
                                    }
                                } else {
                                    space.dictType.setItem(rval, key, val);
                                }
                            } finally {
                                space.decref(val);
                            }
                        } finally {
                            space.decref(key);
                        }
                        idx = skip(idx);
                        if (idx < n && s[idx] == '}') {
                            break;
                        }
                        if (idx >= n || s[idx] != ',') {
                            throw error("Expecting ',' delimiter", idx);
                        }
                        idx = skip(idx + 1);
                    }
                }
            } catch (RuntimeException e) {
                space.decref(rval);
                throw e;
            }
            next = idx + 1;
            long hook = pairs ? pairsHook : objectHook;
            if (hook == space.none) {
                return rval;
            }
            try {
                return Abstract.call(space, hook, new long[] {rval});
            } finally {
                space.decref(rval);
            }
        }

        /** {@code _parse_array_unicode}, {@code idx} after the '['. New reference. */
        private long array(int idx) {
            long rval = space.listType.create();
            try {
                idx = skip(idx);
                if (idx >= n || s[idx] != ']') {
                    while (true) {
                        long val = value(idx);
                        try {
                            space.listType.append(rval, val);
                        } finally {
                            space.decref(val);
                        }
                        idx = skip(next);
                        if (idx < n && s[idx] == ']') {
                            break;
                        }
                        if (idx >= n || s[idx] != ',') {
                            throw error("Expecting ',' delimiter", idx);
                        }
                        idx = skip(idx + 1);
                    }
                }
            } catch (RuntimeException e) {
                space.decref(rval);
                throw e;
            }
            next = idx + 1;
            return rval;
        }
    }

    /**
     * {@code _json.Scanner}, made as {@code make_scanner(context)}.
     * <pre> -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 strict (char)  +24 object_hook  +32 object_pairs_hook
     *  +40 parse_float  +48 parse_int  +56 parse_constant </pre>
     */
    static final class ScannerType extends StructType {
        private static final int STRICT = 16, OBJECT_HOOK = 24, PAIRS_HOOK = 32, PARSE_FLOAT = 40, PARSE_INT = 48,
                PARSE_CONSTANT = 56, SIZE = 64;
        private static final String[] HOOKS = {"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
        private final ModuleTable table;

        ScannerType(ObjectSpace space, ModuleTable table) {
            super(space, "_json.Scanner", null, HAVE_GC, SIZE, 0, 0, HOOKS[0], OBJECT_HOOK, HOOKS[1], PAIRS_HOOK,
                    HOOKS[2], PARSE_FLOAT, HOOKS[3], PARSE_INT, HOOKS[4], PARSE_CONSTANT);
            this.table = table;
        }

        @Override
        protected void fillDict() {
            putMembers("strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant");
        }

        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long context = oneArgument(space, "make_scanner", "context", args, kwargs);
            long strictValue = Abstract.getAttr(space, context, "strict");
            boolean strict;
            try {
                strict = Abstract.isTrue(space, strictValue);
            } finally {
                space.decref(strictValue);
            }
            long[] hooks = new long[HOOKS.length];
            try {
                for (int i = 0; i < hooks.length; i++) {
                    hooks[i] = Abstract.getAttr(space, context, HOOKS[i]);
                }
            } catch (RuntimeException e) {
                for (long h : hooks) {
                    if (h != 0) {
                        space.decref(h);
                    }
                }
                throw e;
            }
            long o = space.newGcObject(this, SIZE, 0);
            memory.putLong(o + STRICT, strict ? 1 : 0);
            for (int i = 0; i < hooks.length; i++) {
                memory.putLong(o + OBJECT_HOOK + 8L * i, hooks[i]);
            }
            space.track(o);
            return o;
        }

        @Override
        public long lookupAttr(long o, long name) {
            String n = space.strType.value(name);
            if (n.equals("strict")) {
                return space.newBool(memory.getLong(o + STRICT) != 0);
            }
            for (int i = 0; i < HOOKS.length; i++) {
                if (HOOKS[i].equals(n)) {
                    return space.newRef(memory.getLong(o + OBJECT_HOOK + 8L * i));
                }
            }
            return genericLookupAttr(o, name);
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        /** {@code scanner_call}: {@code scan_once(string, idx)} gives {@code (value, end)}. */
        @Override
        public long call(long callable, long args, long nargsf, long kwnames) {
            long n = nargsf & ~Abstract.ARGUMENTS_OFFSET;
            long[] v = twoArguments(space, "scan_once", "string", "idx", args, n, kwnames);
            long pystr = v[0];
            if (!space.strType.check(pystr)) {
                throw new PyException("TypeError", "first argument must be a string, not " + space.typeOf(pystr).name);
            }
            long idx = Abstract.index(space, v[1]);
            if (idx < 0) {
                throw new PyException("ValueError", "idx cannot be negative");
            }
            Scan scan = new Scan(space, table, pystr, memory.getLong(callable + STRICT) != 0);
            scan.objectHook = memory.getLong(callable + OBJECT_HOOK);
            scan.pairsHook = memory.getLong(callable + PAIRS_HOOK);
            scan.parseFloat = memory.getLong(callable + PARSE_FLOAT);
            scan.parseInt = memory.getLong(callable + PARSE_INT);
            scan.parseConstant = memory.getLong(callable + PARSE_CONSTANT);
            long value;
            try {
                value = scan.value((int) Math.min(idx, Integer.MAX_VALUE));
            } catch (StackOverflowError e) {
                throw Abstract.recursionError(Scan.IN_OBJECT);
            } finally {
                scan.clearMemo();
            }
            long end = space.newInt(scan.next);
            try {
                return space.tupleType.create(value, end);
            } finally {
                space.decref(value);
                space.decref(end);
            }
        }

    }

    /** A constructor's one argument, by position or by name ({@code "O:make_scanner"} with its keyword list). Borrowed. */
    private static long oneArgument(ObjectSpace space, String function, String name, long args, long kwargs) {
        long n = space.tupleType.size(args);
        long nk = kwargs == 0 ? 0 : space.dictType.size(kwargs);
        if (n + nk > 1) {
            throw new PyException("TypeError", function + "() takes at most 1 argument (" + (n + nk) + " given)");
        }
        if (n == 1) {
            return space.tupleType.item(args, 0);
        }
        long v = nk == 1 ? space.dictType.getItemString(kwargs, name) : 0;
        if (v == 0) {
            if (nk == 1) {
                space.dictType.forEach(kwargs, (k, x) -> {
                    throw new PyException("TypeError", "'" + space.strType.value(k) + "' is an invalid keyword argument for "
                            + function + "()");
                });
            }
            throw new PyException("TypeError", function + "() missing required argument '" + name + "' (pos 1)");
        }
        return v;
    }

    /** The two arguments of a call taking {@code (first, second)} by position or name ({@code "On:..."}). Borrowed. */
    private static long[] twoArguments(ObjectSpace space, String function, String first, String second, long args, long n,
            long kwnames) {
        long nk = kwnames == 0 ? 0 : space.tupleType.size(kwnames);
        if (n + nk > 2) {
            throw new PyException("TypeError", function + "() takes at most 2 arguments (" + (n + nk) + " given)");
        }
        long[] v = new long[2];
        for (int i = 0; i < n; i++) {
            v[i] = space.memory.getLong(args + 8L * i);
        }
        String[] names = {first, second};
        for (int k = 0; k < nk; k++) {
            String key = space.strType.value(space.tupleType.item(kwnames, k));
            int at = key.equals(first) ? 0 : key.equals(second) ? 1 : -1;
            if (at < 0) {
                throw new PyException("TypeError", "'" + key + "' is an invalid keyword argument for " + function + "()");
            }
            if (v[at] != 0) {
                throw new PyException("TypeError", "argument for " + function + "() given by name ('" + key
                        + "') and position (" + (at + 1) + ")");
            }
            v[at] = space.memory.getLong(args + 8L * (n + k));
        }
        for (int i = 0; i < 2; i++) {
            if (v[i] == 0) {
                throw new PyException("TypeError", function + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return v;
    }

    // ------------------------------------------------------------------ encoding

    /**
     * {@code escape_unicode} and {@code ascii_escape_unicode}: a str as a JSON string literal.
     * ASCII mode writes every code point outside {@code ' '..'~'} as {@code \}{@code uXXXX} (a pair of
     * them beyond the BMP); the other writes only the quote, the backslash and the controls so.
     */
    static final class Escaper {
        private static final char[] HEX = "0123456789abcdef".toCharArray();
        private final ObjectSpace space;
        /** The bodies of this module's {@code encode_basestring_ascii} and {@code encode_basestring}. */
        final BuiltinFunctionType.Body asciiBody, unicodeBody;
        /** Their functions' definitions, once made: an encoder that is one of them escapes here without a call. */
        BuiltinFunctionType.Def asciiDef, unicodeDef;

        Escaper(ObjectSpace space) {
            this.space = space;
            asciiBody = (self, a, n, kw) -> quoteObject(stringArgument(space, "encode_basestring_ascii", a, n, kw), true);
            unicodeBody = (self, a, n, kw) -> quoteObject(stringArgument(space, "encode_basestring", a, n, kw), false);
        }

        /** 1 when {@code f} is {@code encode_basestring_ascii}, 2 for {@code encode_basestring}, else 0. */
        int fastEncode(long f) {
            if (!space.builtinFunctionType.check(f)) {
                return 0;
            }
            BuiltinFunctionType.Def def = space.builtinFunctionType.def(f);
            return def == asciiDef ? 1 : def == unicodeDef ? 2 : 0;
        }

        long quoteObject(long s, boolean ascii) {
            Text out = new Text();
            quote(s, ascii, out);
            return space.strType.runtime(out.units, 0, out.length);
        }

        void quote(long s, boolean ascii, Text out) {
            int[] u = space.strType.codePoints(s);
            out.add('"');
            for (int c : u) {
                if (c >= ' ' && c <= '~' && c != '\\' && c != '"' || !ascii && c > '~') {
                    out.add(c);
                    continue;
                }
                out.add('\\');
                switch (c) {
                    case '\\', '"' -> out.add(c);
                    case '\b' -> out.add('b');
                    case '\f' -> out.add('f');
                    case '\n' -> out.add('n');
                    case '\r' -> out.add('r');
                    case '\t' -> out.add('t');
                    default -> {
                        if (c >= 0x10000) {
                            int v = c - 0x10000;
                            unicode(0xd800 | (v >> 10), out);
                            out.add('\\');
                            c = 0xdc00 | (v & 0x3ff);
                        }
                        unicode(c, out);
                    }
                }
            }
            out.add('"');
        }

        private static void unicode(int c, Text out) {
            out.add('u');
            out.add(HEX[(c >> 12) & 0xf]);
            out.add(HEX[(c >> 8) & 0xf]);
            out.add(HEX[(c >> 4) & 0xf]);
            out.add(HEX[c & 0xf]);
        }
    }

    /**
     * {@code _json.Encoder}, made as {@code make_encoder(...)}.
     * <pre> -16 PyGC_Head  +0 ob_refcnt  +8 ob_type  +16 markers  +24 default  +32 encoder  +40 indent
     *  +48 key_separator  +56 item_separator  +64 sort_keys  +65 skipkeys  +68 allow_nan  +72 fast_encode </pre>
     * {@code fast_encode} is 1 for this module's {@code encode_basestring_ascii}, 2 for its
     * {@code encode_basestring}, 0 for any other encoder.
     */
    static final class EncoderType extends StructType {
        private static final int MARKERS = 16, KEY_SEPARATOR = 48, ITEM_SEPARATOR = 56, SORT_KEYS = 64,
                SKIPKEYS = 65, ALLOW_NAN = 68, FAST_ENCODE = 72, SIZE = 80;
        private static final String[] FIELDS = {"markers", "default", "encoder", "indent", "key_separator", "item_separator"};
        private static final String[] PARAMETERS = {"markers", "default", "encoder", "indent", "key_separator",
            "item_separator", "sort_keys", "skipkeys", "allow_nan"};
        private static final String IN_ENCODING = " while encoding a JSON object";
        private final Escaper escaper;

        EncoderType(ObjectSpace space, Escaper escaper) {
            super(space, "_json.Encoder", null, HAVE_GC, SIZE, 0, 0, FIELDS[0], MARKERS, FIELDS[1], MARKERS + 8,
                    FIELDS[2], MARKERS + 16, FIELDS[3], MARKERS + 24, FIELDS[4], KEY_SEPARATOR, FIELDS[5], ITEM_SEPARATOR);
            this.escaper = escaper;
        }

        @Override
        protected void fillDict() {
            putMembers("markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys");
        }

        /** {@code encoder_new}: {@code "OOOOUUppp:make_encoder"} over its nine parameters. */
        @Override
        public long tpNew(PyType subtype, long args, long kwargs) {
            long n = space.tupleType.size(args);
            long nk = kwargs == 0 ? 0 : space.dictType.size(kwargs);
            if (n + nk > PARAMETERS.length) {
                throw new PyException("TypeError", "make_encoder() takes at most 9 arguments (" + (n + nk) + " given)");
            }
            long[] v = new long[PARAMETERS.length];
            for (int i = 0; i < n; i++) {
                v[i] = space.tupleType.item(args, i);
            }
            if (nk > 0) {
                space.dictType.forEach(kwargs, (k, x) -> {
                    String key = space.strType.value(k);
                    int at = Arrays.asList(PARAMETERS).indexOf(key);
                    if (at < 0) {
                        throw new PyException("TypeError", "'" + key + "' is an invalid keyword argument for make_encoder()");
                    }
                    if (at < n) {
                        throw new PyException("TypeError", "argument for make_encoder() given by name ('" + key
                                + "') and position (" + (at + 1) + ")");
                    }
                    v[at] = x;
                });
            }
            for (int i = 0; i < v.length; i++) {
                if (v[i] == 0) {
                    throw new PyException("TypeError", "make_encoder() missing required argument '" + PARAMETERS[i]
                            + "' (pos " + (i + 1) + ")");
                }
            }
            if (v[0] != space.none && !space.dictType.check(v[0])) {
                throw new PyException("TypeError", "make_encoder() argument 1 must be dict or None, not "
                        + space.typeOf(v[0]).name);
            }
            for (int i = 4; i < 6; i++) {
                if (!space.strType.check(v[i])) {
                    throw new PyException("TypeError", "make_encoder() argument " + (i + 1) + " must be str, not "
                            + space.typeOf(v[i]).name);
                }
            }
            boolean sortKeys = Abstract.isTrue(space, v[6]);
            boolean skipkeys = Abstract.isTrue(space, v[7]);
            boolean allowNan = Abstract.isTrue(space, v[8]);
            long o = space.newGcObject(this, SIZE, 0);
            for (int i = 0; i < FIELDS.length; i++) {
                memory.putLong(o + MARKERS + 8L * i, space.newRef(v[i]));
            }
            memory.putByte(o + SORT_KEYS, (byte) (sortKeys ? 1 : 0));
            memory.putByte(o + SKIPKEYS, (byte) (skipkeys ? 1 : 0));
            memory.putInt(o + ALLOW_NAN, allowNan ? 1 : 0);
            memory.putLong(o + FAST_ENCODE, escaper.fastEncode(v[2]));
            space.track(o);
            return o;
        }

        @Override
        public long lookupAttr(long o, long name) {
            String n = space.strType.value(name);
            switch (n) {
                case "sort_keys" -> {
                    return space.newBool(memory.getByte(o + SORT_KEYS) != 0);
                }
                case "skipkeys" -> {
                    return space.newBool(memory.getByte(o + SKIPKEYS) != 0);
                }
                default -> {
                    int at = Arrays.asList(FIELDS).indexOf(n);
                    if (at >= 0) {
                        return space.newRef(memory.getLong(o + MARKERS + 8L * at));
                    }
                }
            }
            return genericLookupAttr(o, name);
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        /** {@code encoder_call}: {@code _iterencode(obj, _current_indent_level)} gives a list of the whole text alone. */
        @Override
        public long call(long callable, long args, long nargsf, long kwnames) {
            long n = nargsf & ~Abstract.ARGUMENTS_OFFSET;
            long[] v = twoArguments(space, "_iterencode", "obj", "_current_indent_level", args, n, kwnames);
            Abstract.index(space, v[1]);
            Encoding e = new Encoding(callable);
            try {
                e.object(v[0]);
            } catch (StackOverflowError overflow) {
                throw Abstract.recursionError(IN_ENCODING);
            }
            long text = space.strType.runtime(e.out.units, 0, e.out.length);
            try {
                return space.listType.create(text);
            } finally {
                space.decref(text);
            }
        }

        /** One call of an encoder: its settings and the text so far. */
        private final class Encoding {
            final Text out = new Text();
            final long markers, defaultFunction, encoder, keySeparator, itemSeparator;
            final boolean sortKeys, skipkeys, allowNan;
            final int fast;
            final int[] keySeparatorText, itemSeparatorText;

            Encoding(long self) {
                markers = memory.getLong(self + MARKERS);
                defaultFunction = memory.getLong(self + MARKERS + 8);
                encoder = memory.getLong(self + MARKERS + 16);
                keySeparator = memory.getLong(self + KEY_SEPARATOR);
                itemSeparator = memory.getLong(self + ITEM_SEPARATOR);
                sortKeys = memory.getByte(self + SORT_KEYS) != 0;
                skipkeys = memory.getByte(self + SKIPKEYS) != 0;
                allowNan = memory.getInt(self + ALLOW_NAN) != 0;
                fast = (int) memory.getLong(self + FAST_ENCODE);
                keySeparatorText = space.strType.codePoints(keySeparator);
                itemSeparatorText = space.strType.codePoints(itemSeparator);
            }

            /** {@code encoder_listencode_obj}. */
            void object(long o) {
                if (o == space.none) {
                    out.add("null");
                } else if (o == space.trueObject) {
                    out.add("true");
                } else if (o == space.falseObject) {
                    out.add("false");
                } else if (space.strType.check(o)) {
                    string(o);
                } else if (space.intType.check(o)) {
                    out.add(space.intType.repr(o));
                } else if (space.floatType.check(o)) {
                    out.add(floatText(o));
                } else if (space.listType.check(o) || space.tupleType.check(o)) {
                    var depth = Abstract.enterRecursiveCall(space, IN_ENCODING);
                    try {
                        list(o);
                    } finally {
                        Abstract.leaveRecursiveCall(depth);
                    }
                } else if (space.dictType.check(o)) {
                    var depth = Abstract.enterRecursiveCall(space, IN_ENCODING);
                    try {
                        dict(o);
                    } finally {
                        Abstract.leaveRecursiveCall(depth);
                    }
                } else {
                    long ident = enter(o);
                    try {
                        long replacement = Abstract.call(space, defaultFunction, new long[] {o});
                        try {
                            var depth = Abstract.enterRecursiveCall(space, IN_ENCODING);
                            try {
                                object(replacement);
                            } finally {
                                Abstract.leaveRecursiveCall(depth);
                            }
                        } finally {
                            space.decref(replacement);
                        }
                    } catch (RuntimeException e) {
                        abandon(ident);
                        throw e;
                    }
                    leave(ident);
                }
            }

            /** Marks {@code o} as being written: its id, or 0 without markers. */
            private long enter(long o) {
                if (markers == space.none) {
                    return 0;
                }
                long ident = space.newInt(o);
                try {
                    if (space.dictType.contains(markers, ident)) {
                        throw new PyException("ValueError", "Circular reference detected");
                    }
                    space.dictType.setItem(markers, ident, o);
                } catch (RuntimeException e) {
                    space.decref(ident);
                    throw e;
                }
                return ident;
            }

            /**
             * An error ends the writing of the object {@code ident} marks: its id is released, but the
             * markers keep their entry, as encoder_listencode_list/dict's bail paths leave it.
             */
            private void abandon(long ident) {
                if (ident != 0) {
                    space.decref(ident);
                }
            }

            private void leave(long ident) {
                if (ident != 0) {
                    try {
                        space.dictType.setItem(markers, ident, 0);
                    } finally {
                        space.decref(ident);
                    }
                }
            }

            /** {@code encoder_encode_float}. */
            private String floatText(long o) {
                double d = space.floatType.value(o);
                if (Double.isFinite(d)) {
                    return FloatType.repr(d);
                }
                if (!allowNan) {
                    throw new PyException("ValueError", "Out of range float values are not JSON compliant");
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }

            /** {@code encoder_encode_string}: this module's escaping, or a call of the encoder. */
            private void string(long s) {
                if (fast != 0) {
                    escaper.quote(s, fast == 1, out);
                    return;
                }
                long encoded = Abstract.call(space, encoder, new long[] {s});
                try {
                    if (!space.strType.check(encoded)) {
                        throw new PyException("TypeError", "encoder() must return a string, not " + space.typeOf(encoded).name);
                    }
                    int[] u = space.strType.codePoints(encoded);
                    out.add(u, 0, u.length);
                } finally {
                    space.decref(encoded);
                }
            }

            /** {@code encoder_listencode_list}: the items by index, the size read again at each (default() may change it). */
            private void list(long seq) {
                boolean isList = space.listType.check(seq);
                if ((isList ? space.listType.size(seq) : space.tupleType.size(seq)) == 0) {
                    out.add("[]");
                    return;
                }
                long ident = enter(seq);
                out.add('[');
                try {
                    for (long i = 0; i < (isList ? space.listType.size(seq) : space.tupleType.size(seq)); i++) {
                        if (i > 0) {
                            out.add(itemSeparatorText, 0, itemSeparatorText.length);
                        }
                        long item = space.newRef(isList ? space.listType.item(seq, i) : space.tupleType.item(seq, i));
                        try {
                            object(item);
                        } finally {
                            space.decref(item);
                        }
                    }
                } catch (RuntimeException e) {
                    abandon(ident);
                    throw e;
                }
                leave(ident);
                out.add(']');
            }

            /** {@code encoder_listencode_dict}. */
            private void dict(long dct) {
                if (space.dictType.size(dct) == 0) {
                    out.add("{}");
                    return;
                }
                long ident = enter(dct);
                try {
                    dictItems(dct);
                } catch (RuntimeException e) {
                    abandon(ident);
                    throw e;
                }
                leave(ident);
                out.add('}');
            }

            /** The body of {@link #dict}: its items, written between the braces. */
            private void dictItems(long dct) {
                out.add('{');
                long items;
                if (space.typeOf(dct) == space.dictType) {
                    items = space.dictType.itemsList(dct);
                } else {
                    long view = Abstract.callMethod(space, dct, "items", new long[0]);
                    try {
                        items = Abstract.sequenceList(space, view);
                    } finally {
                        space.decref(view);
                    }
                }
                try {
                    if (sortKeys) {
                        space.listType.sort(items, 0, false);
                    }
                    boolean first = true;
                    for (long i = 0; i < space.listType.size(items); i++) {
                        long item = space.listType.item(items, i);
                        if (!space.tupleType.check(item) || space.tupleType.size(item) != 2) {
                            throw new PyException("ValueError", "items must return 2-tuples");
                        }
                        long key = space.tupleType.item(item, 0);
                        long value = space.tupleType.item(item, 1);
                        long kstr = space.strType.check(key) ? space.newRef(key) : keyObject(key);
                        if (kstr == 0) {
                            continue;
                        }
                        try {
                            if (!first) {
                                out.add(itemSeparatorText, 0, itemSeparatorText.length);
                            }
                            first = false;
                            string(kstr);
                        } finally {
                            space.decref(kstr);
                        }
                        out.add(keySeparatorText, 0, keySeparatorText.length);
                        var depth = Abstract.enterRecursiveCall(space, IN_ENCODING);
                        try {
                            object(value);
                        } finally {
                            Abstract.leaveRecursiveCall(depth);
                        }
                    }
                } finally {
                    space.decref(items);
                }
            }

            /** The str of a key that is not a str (new reference), 0 to skip it; TypeError for a key of no JSON kind. */
            private long keyObject(long key) {
                String text = keyText(key);
                return text == null ? 0 : space.strType.runtime(text);
            }

            private String keyText(long key) {
                if (space.floatType.check(key)) {
                    return floatText(key);
                }
                if (key == space.trueObject) {
                    return "true";
                }
                if (key == space.falseObject) {
                    return "false";
                }
                if (key == space.none) {
                    return "null";
                }
                if (space.intType.check(key)) {
                    return space.intType.repr(key);
                }
                if (skipkeys) {
                    return null;
                }
                throw new PyException("TypeError", "keys must be str, int, float, bool or None, not " + space.typeOf(key).name);
            }
        }

    }
}
