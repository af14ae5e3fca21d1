package dev.pyheap.runtime.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behaviour is found through type slots, never by chains of type tests (STANDARDS; issue 12 item
 * 1): outside a type's own class, no source compares an object's type with that type
 * ({@code typeOf(o) == space.listType}) or tests for its class ({@code instanceof ClassType}). A
 * type test is a method of the type tested ({@code space.listType.check(o)}, CPython's
 * {@code PyList_Check}) or a flag ({@code LONG_SUBCLASS}). ArchUnit sees bytecode, where {@code ==}
 * between two references leaves no trace, so this one reads the sources.
 */
final class TypeTestsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/pyheap/runtime");
    private static final Pattern FIELD = Pattern.compile("public final (\\w+) (\\w+Type);");
    private static final Pattern COMPARED = Pattern.compile("(?:[=!]=\\s*(?:[\\w.()]+\\.)?(\\w+Type)\\b(?!\\s*[.(]))"
            + "|(?:\\b(\\w+Type)\\s*[=!]=)");
    private static final Pattern INSTANCEOF = Pattern.compile("instanceof\\s+(\\w+Type)\\b");

    /** Type field ({@code listType}) to the class that owns it ({@code ListType}), read from ObjectSpace. */
    private static Map<String, String> typeFields() throws IOException {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(Files.readString(SOURCES.resolve("objects/ObjectSpace.java")));
        while (m.find()) {
            fields.put(m.group(2), m.group(1));
        }
        return fields;
    }

    /** The classes of the types: every {@code XxxType.java} of the objects package, PyType aside. */
    private static Set<String> typeClasses() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve("objects"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Type.java") && !n.equals("PyType.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void typeTestsLiveInTheTypeTheyTest() throws IOException {
        Map<String, String> fields = typeFields();
        Set<String> classes = typeClasses();
        assertTrue(fields.size() >= 12 && fields.containsKey("listType"), "the scan must find the types: " + fields);
        assertTrue(classes.contains("ClassType"), "the scan must find the type classes: " + classes);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String own = file.getFileName().toString().replace(".java", "");
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher c = COMPARED.matcher(line);
                    while (c.find()) {
                        String field = c.group(1) != null ? c.group(1) : c.group(2);
                        String owner = fields.get(field);
                        if (owner != null && !owner.equals(own)) {
                            found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                        }
                    }
                    Matcher t = INSTANCEOF.matcher(line);
                    while (t.find()) {
                        if (classes.contains(t.group(1)) && !t.group(1).equals(own)) {
                            found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "type tests outside the type's own class");
    }

    /** The scan itself finds what it looks for (a test that cannot fail proves nothing). */
    @Test
    void theScanFindsATypeChain() {
        assertTrue(COMPARED.matcher("if (t == space.listType) {").find());
        assertTrue(COMPARED.matcher("return interp.typeOf(o) != interp.tupleType;").find());
        assertTrue(COMPARED.matcher("space.dictType == t").find());
        assertTrue(INSTANCEOF.matcher("if (type instanceof ClassType c) {").find());
        assertFalse(COMPARED.matcher("if (space.listType.check(o)) {").find());
        assertFalse(COMPARED.matcher("return space.typeOf(o) == this;").find());
        assertFalse(COMPARED.matcher("return n == space.setType.size(s);").find());
    }
}
