package dev.pyheap.runtime.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings and text signatures of CPython's built-in types, their methods, getsets and
 * members, and the built-in functions of its modules: CPython's {@code tp_doc}, {@code ml_doc},
 * {@code doc} fields, which {@code _PyType_GetDocFromInternalDoc} and
 * {@code _PyType_GetTextSignatureFromInternalDoc} split into {@code __doc__} and
 * {@code __text_signature__}. Recorded from CPython 3.11.7 into the resource {@code docs.txt}
 * (interpreter/src/test/python/record_docs.py), keyed by {@code tp_name} ({@code int},
 * {@code collections.deque}), {@code tp_name.attribute} or {@code module.function}.
 * <p>
 * Read the first time a program asks for one (a type's namespace holds None under {@code __doc__}
 * until then, {@link PyType#docPending}), so start-up does not pay for the texts. Immutable once
 * read, and shared by every heap of the JVM.
 */
final class DocTexts {
    private DocTexts() {
    }

    /** A recorded {@code __doc__} (possibly empty) and {@code __text_signature__} (null when it has none). */
    record Doc(String doc, String signature) {
    }

    private static final class Holder {
        static final Map<String, Doc> TEXTS = read();
    }

    /** The recorded doc of {@code key}, or null. */
    static Doc find(String key) {
        return Holder.TEXTS.get(key);
    }

    /** The recorded doc of {@code owner}'s attribute {@code attribute}, or null. */
    static Doc find(PyType owner, String attribute) {
        Doc doc = Holder.TEXTS.get(owner.name + "." + attribute);
        return doc == null && owner.hasFlag(PyType.HEAPTYPE) ? SUBTYPE_GETSETS.get(attribute) : doc;
    }

    /** The docs of the {@code __dict__} and {@code __weakref__} descriptors a class gets (typeobject.c's subtype_getsets). */
    private static final Map<String, Doc> SUBTYPE_GETSETS = Map.of(
            "__dict__", new Doc("dictionary for instance variables", null),
            "__weakref__", new Doc("list of weak references to the object", null));

    private static Map<String, Doc> read() {
        Map<String, Doc> texts = new HashMap<>(4096);
        try (InputStream in = DocTexts.class.getResourceAsStream("docs.txt")) {
            if (in == null) {
                throw new IllegalStateException("the runtime's resource docs.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int t1 = line.indexOf('\t');
                if (t1 < 0) {
                    continue;
                }
                int t2 = line.indexOf('\t', t1 + 1);
                String doc = unescape(line, t1 + 1, t2 < 0 ? line.length() : t2);
                String signature = t2 < 0 ? null : unescape(line, t2 + 1, line.length());
                texts.put(line.substring(0, t1), new Doc(doc, signature));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(texts);
    }

    /** The text between {@code from} and {@code to} with {@code \\}, {@code \n}, {@code \r}, {@code \t} read back. */
    private static String unescape(String line, int from, int to) {
        if (line.indexOf('\\', from) < 0 || line.indexOf('\\', from) >= to) {
            return line.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char e = line.charAt(++i);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
