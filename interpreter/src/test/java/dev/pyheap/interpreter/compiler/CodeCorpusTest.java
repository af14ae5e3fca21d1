package dev.pyheap.interpreter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyheap.interpreter.Cases;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code object of the corpus (code/*.cases, the AST corpus, the 304 programs) equals the one
 * CPython 3.11.7 compiled, field by field: bytecode, constants, names, locals plus kinds, exception
 * table, location table, counts, flags, stack size, and the dis text. A field listed in
 * code/known-differences.txt must still differ (the list says why).
 */
class CodeCorpusTest {
    private static final List<CodeCorpus.Entry> ENTRIES = CodeCorpus.all();
    private static final Map<String, Set<String>> KNOWN = known();

    private static Map<String, Set<String>> known() {
        try {
            Map<String, Set<String>> out = new HashMap<>();
            for (String line : Files.readAllLines(Cases.RESOURCES.resolve("code").resolve("known-differences.txt"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", 3);
                out.computeIfAbsent(parts[0], k -> new java.util.HashSet<>()).add(parts[1]);
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(ENTRIES.size() >= 780, "corpus has " + ENTRIES.size() + " cases");
        assertTrue(ENTRIES.stream().filter(e -> e.set().equals("programs")).count() >= 300);
        assertTrue(ENTRIES.stream().mapToLong(e -> e.expected().stream().filter(l -> l.startsWith("code ")).count()).sum()
                >= 1500);
    }

    @TestFactory
    Stream<DynamicTest> codeObjectsEqualCpython() {
        return ENTRIES.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            List<String> actual = CodeCorpus.compile(e);
            Map<String, String> exp = CodeCorpus.fields(e.expected());
            Map<String, String> act = CodeCorpus.fields(actual);
            Set<String> knownFields = KNOWN.getOrDefault(e.toString(), Set.of());
            for (Map.Entry<String, String> f : exp.entrySet()) {
                String field = f.getKey().substring(f.getKey().indexOf(':') + 1);
                if (!knownFields.contains(field)) {
                    assertEquals(f.getValue(), act.get(f.getKey()), e + " " + f.getKey());
                }
            }
            for (String field : knownFields) {
                Set<String> keys = exp.keySet().stream().filter(k -> k.endsWith(":" + field)).collect(Collectors.toSet());
                assertTrue(keys.stream().anyMatch(k -> !exp.get(k).equals(act.get(k))),
                        e + " " + field + " is listed as a known difference but now equals CPython's");
            }
            assertEquals(exp.keySet(), act.keySet(), e.toString());
            assertNotEquals(0, exp.size());
        }));
    }
}
