package dev.pyheap.runtime.objects;

import dev.pyheap.runtime.PyException;

/**
 * {@code str.format} and {@code str.format_map} (Objects/stringlib/unicode_format.h, PEP 3101).
 * <pre>
 *   format string := (literal | '{{' | '}}' | field)*
 *   field         := '{' [name] ['!' conversion] [':' spec] '}'
 *   name          := (integer | identifier) ('.' attribute | '[' key ']')*
 * </pre>
 * <ol>
 *   <li>The markup iterator ({@code MarkupIterator_next}) splits the text into literal runs and
 *       fields; a doubled brace is a literal brace, a lone {@code '}'} is an error.</li>
 *   <li>A field ({@code parse_field}) ends at the {@code '}'} that balances its {@code '{'}: the
 *       spec may hold nested fields ({@code "{0:{1}}"}), expanded first, two levels deep at most.</li>
 *   <li>The name ({@code get_field_object}) selects a positional argument (an empty name takes the
 *       next one: automatic numbering, which cannot be mixed with explicit numbers) or a keyword
 *       (the mapping of {@code format_map}), then each {@code .attr} and {@code [key]} in turn;
 *       a key of digits is an int index.</li>
 *   <li>The conversion ({@code !r}, {@code !s}, {@code !a}) applies, then {@code PyObject_Format}
 *       with the spec: the type's {@code __format__}, whose mini-language is {@link Formatter}'s.</li>
 * </ol>
 */
final class StringFormat {
    /** PEP 3101: {@code "{0:{1}}"} works, {@code "{0:{1:{2}}}"} does not. */
    private static final int RECURSION_DEPTH = 2;

    /** Where the fields' objects come from: positional arguments and names (new references). */
    interface Arguments {
        /** The positional argument {@code index}; {@code positional} is false for {@code format_map}. */
        long positional(long index);

        /** The argument named {@code name} (KeyError when absent). */
        long named(String name);
    }

    private final ObjectSpace space;
    private final Arguments arguments;
    /** -1 before any numbered field, else the next automatic number; {@link #manual} once numbered by hand. */
    private int autoNumber = -1;
    private boolean manual;

    private StringFormat(ObjectSpace space, Arguments arguments) {
        this.space = space;
        this.arguments = arguments;
    }

    /**
     * The str the last field gave when nothing was written before it: {@code _PyUnicodeWriter_WriteStr}
     * keeps a str written whole into an empty writer that will not over-allocate (the last piece) as
     * its read-only buffer, so {@code "{}".format(s) is s}. 0 otherwise.
     */
    private long whole;

    /**
     * {@code do_string_format}: the formatted str, a new reference. A format string without braces
     * is one literal written whole as the last piece: the writer keeps it, so the result is the
     * format string itself (a str subclass's instance too).
     */
    static long format(ObjectSpace space, long self, Arguments arguments) {
        String format = space.strType.value(self);
        if (format.indexOf('{') < 0 && format.indexOf('}') < 0) {
            return space.newRef(self);
        }
        StringFormat f = new StringFormat(space, arguments);
        String text = f.build(format, RECURSION_DEPTH);
        return f.whole != 0 ? f.whole : space.strType.runtime(text);
    }

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw new PyException("ValueError", "Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i++);
            if (c == '}') {
                if (i < n && s.charAt(i) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw new PyException("ValueError", "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw new PyException("ValueError", "Single '{' encountered in format string");
            }
            if (s.charAt(i) == '{') {
                out.append('{');
                i++;
                continue;
            }
            i = field(s, i, out, depth);
        }
        return out.toString();
    }

    /** {@code parse_field} and {@code output_markup} for the field starting at {@code i}: returns the index after its '}'. */
    private int field(String s, int i, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = i;
        char c = 0;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '{') {
                throw new PyException("ValueError", "unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        if (c != '}' && c != ':' && c != '!') {
            throw new PyException("ValueError", "expected '}' before end of string");
        }
        String name = s.substring(nameStart, i - 1);
        int conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!') {
            if (i >= n) {
                throw new PyException("ValueError", "end of string while looking for conversion specifier");
            }
            conversion = s.codePointAt(i);
            i += Character.charCount(conversion);
            if (i < n) {
                c = s.charAt(i++);
                if (c != '}' && c != ':') {
                    throw new PyException("ValueError", "expected ':' after conversion specifier");
                }
            } else {
                c = ':'; // the unterminated spec below reports it
            }
        }
        if (c == ':') {
            int specStart = i;
            int count = 1;
            while (true) {
                if (i >= n) {
                    throw new PyException("ValueError", "unmatched '{' in format spec");
                }
                char k = s.charAt(i++);
                if (k == '{') {
                    nested = true;
                    count++;
                } else if (k == '}' && --count == 0) {
                    break;
                }
            }
            spec = s.substring(specStart, i - 1);
        }
        long value = fieldObject(name);
        try {
            if (conversion != 0) {
                long converted = convert(value, conversion);
                space.decref(value);
                value = converted;
            }
            if (nested) {
                spec = build(spec, depth - 1);
            }
            long specObject = space.strType.runtime(spec);
            try {
                long r = Formatter.format(space, value, specObject);
                String text = space.strType.value(r);
                // render_field formats exact ints, floats and complexes straight into the writer: never kept whole
                boolean writtenInPlace = space.intType.checkExact(value) || space.floatType.checkExact(value)
                        || space.complexType.checkExact(value);
                if (depth == RECURSION_DEPTH && out.isEmpty() && i == s.length() && !text.isEmpty()
                        && !writtenInPlace) {
                    whole = r;
                } else {
                    out.append(text);
                    space.decref(r);
                }
            } finally {
                space.decref(specObject);
            }
        } finally {
            space.decref(value);
        }
        return i;
    }

    private long convert(long value, int conversion) {
        return switch (conversion) {
            case 'r' -> Abstract.reprObject(space, value);
            case 's' -> Abstract.strObject(space, value);
            case 'a' -> space.strType.runtime(Abstract.ascii(space, value));
            default -> throw new PyException("ValueError", conversion > 32 && conversion < 127
                    ? "Unknown conversion specifier " + (char) conversion
                    : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
        };
    }

    /** {@code get_integer}: the decimal value of {@code s}, or -1 when it is empty or not all digits. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int d = Character.digit(c, 10);
            if (d < 0) {
                return -1;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw new PyException("ValueError", "Too many decimal digits in format string");
            }
            v = v * 10 + d;
            i += Character.charCount(c);
        }
        return v;
    }

    /** {@code field_name_split} and {@code get_field_object}: a new reference to the field's object. */
    private long fieldObject(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index >= 0) {
            if (autoNumber < 0 && !manual) {
                if (empty) {
                    autoNumber = 0;
                } else {
                    manual = true;
                }
            }
            if (manual && empty) {
                throw new PyException("ValueError", "cannot switch from manual field specification to automatic field numbering");
            }
            if (!manual && !empty) {
                throw new PyException("ValueError", "cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoNumber++;
            }
        }
        long obj = index >= 0 ? arguments.positional(index) : arguments.named(first);
        int i = end;
        try {
            while (i < name.length()) {
                char c = name.charAt(i++);
                int start = i;
                long next;
                if (c == '.') {
                    while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        i++;
                    }
                    String attr = name.substring(start, i);
                    if (attr.isEmpty()) {
                        throw new PyException("ValueError", "Empty attribute in format string");
                    }
                    next = Abstract.getAttr(space, obj, attr);
                } else if (c == '[') {
                    while (i < name.length() && name.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= name.length()) {
                        throw new PyException("ValueError", "Missing ']' in format string");
                    }
                    String key = name.substring(start, i++);
                    if (key.isEmpty()) {
                        throw new PyException("ValueError", "Empty attribute in format string");
                    }
                    long k = integer(key);
                    long keyObject = k >= 0 ? space.newInt(k) : space.strType.runtime(key);
                    try {
                        next = Abstract.getItem(space, obj, keyObject);
                    } finally {
                        space.decref(keyObject);
                    }
                } else {
                    throw new PyException("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
                }
                space.decref(obj);
                obj = next;
            }
            return obj;
        } catch (RuntimeException e) {
            space.decref(obj);
            throw e;
        }
    }
}
