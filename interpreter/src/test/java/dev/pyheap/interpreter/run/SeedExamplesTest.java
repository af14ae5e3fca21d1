package dev.pyheap.interpreter.run;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The seed articles' examples of the repository's {@code examples/seeds/} (what {@code pyheap demo}
 * runs) give CPython 3.11's output under each collector, run and compared as the corpus programs are
 * ({@link ProgramsTest}: same header, same recorded files). {@code examples/seeds/PENDING.txt} lists
 * those that do not yet, each with its reason; one of them passing fails the test until its line goes.
 */
class SeedExamplesTest {
    static final Path EXAMPLES = Path.of("../examples/seeds");

    @TestFactory
    Stream<DynamicTest> examplesMatchCPython() throws IOException {
        Map<String, String> pending = pending();
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> examples;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            examples = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        tests.add(DynamicTest.dynamicTest("there are examples", () -> assertFalse(examples.isEmpty(), EXAMPLES.toString())));
        for (Path example : examples) {
            String name = example.getFileName().toString();
            ProgramsTest.Header header = ProgramsTest.header(example);
            if (pending.containsKey(name)) {
                tests.add(DynamicTest.dynamicTest(name + " (pending: " + pending.get(name) + ")", () -> {
                    for (String collector : header.collectors()) {
                        ProgramsTest.Outcome actual;
                        try {
                            actual = assertTimeoutPreemptively(Duration.ofSeconds(30),
                                    () -> ProgramsTest.run(example, collector, header.args()));
                        } catch (Throwable t) {
                            return;
                        }
                        if (!ProgramsTest.expected(example, collector, header).equals(actual)) {
                            return;
                        }
                    }
                    fail(name + " passes under " + header.collectors() + ": remove it from examples/seeds/PENDING.txt");
                }));
                continue;
            }
            for (String collector : header.collectors()) {
                tests.add(DynamicTest.dynamicTest(name + " [" + collector + "]", () -> {
                    ProgramsTest.Outcome expected = ProgramsTest.expected(example, collector, header);
                    ProgramsTest.Outcome actual = assertTimeoutPreemptively(Duration.ofSeconds(30),
                            () -> ProgramsTest.run(example, collector, header.args()));
                    assertAll(() -> assertEquals(expected.out(), actual.out(), name + " stdout under " + collector),
                            () -> assertEquals(expected.err(), actual.err(), name + " stderr under " + collector),
                            () -> assertEquals(expected.exit(), actual.exit(), name + " exit code under " + collector));
                }));
            }
        }
        List<String> unknown = new ArrayList<>(pending.keySet());
        unknown.removeAll(examples.stream().map(p -> p.getFileName().toString()).toList());
        tests.add(DynamicTest.dynamicTest("PENDING.txt names existing examples",
                () -> assertEquals(List.of(), unknown, "examples/seeds/PENDING.txt names examples that do not exist")));
        return tests.stream();
    }

    private static Map<String, String> pending() throws IOException {
        Map<String, String> pending = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXAMPLES.resolve("PENDING.txt"), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+", 2);
                pending.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return pending;
    }
}
