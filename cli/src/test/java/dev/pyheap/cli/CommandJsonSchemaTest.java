package dev.pyheap.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run --json}, {@code compare --json}, {@code stats --json}, {@code config --json} and {@code list --json}:
 * each command's document is valid against the schema the jar ships (draft 2020-12, checked by networknt's
 * validator; a schema's reference to another resolves to the jar's file), and the schemas are strict:
 * hand-broken documents are rejected.
 */
class CommandJsonSchemaTest {
    @TempDir
    Path dir;

    private static String schemaText(String kind) {
        try (InputStream in = Main.class.getResourceAsStream("/dev/pyheap/cli/schemas/" + kind + ".schema.json")) {
            if (in == null) {
                throw new AssertionError("no schema for " + kind + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema of {@code kind}; {@code https://pyheap.dev/schema/KIND-1.json} names the jar's KIND.schema.json. */
    private static Schema schema(String kind) {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("https://pyheap\\.dev/schema/([a-z]+)-\\d+\\.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(iri -> {
            java.util.regex.Matcher m = id.matcher(iri);
            return m.matches() ? schemaText(m.group(1)) : null;
        })).getSchema(schemaText(kind));
    }

    private CliRun json(String... args) {
        CliRun r = CliRun.run(Map.of(), dir, args);
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r;
    }

    private static void assertValid(Schema schema, String document) {
        List<Error> errors = schema.validate(document, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + document);
    }

    private static void assertInvalid(Schema schema, String document) {
        assertFalse(schema.validate(document, InputFormat.JSON).isEmpty(), document);
    }

    @Test
    void configJsonMatchesItsSchema() {
        Schema schema = schema("config");
        String doc = json("config", "--json", "--set", "allocator=system").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"kind\" : \"config\""), doc);
        assertTrue(doc.contains("\"source\" : \"command line\""), doc);
        // Broken by hand: an unknown source, a missing field, an extra key, a wrong version.
        assertInvalid(schema, doc.replace("\"source\" : \"command line\"", "\"source\" : \"somewhere\""));
        assertInvalid(schema, doc.replace("\"schema_version\" : 1", "\"schema_version\" : 2"));
        assertInvalid(schema, doc.replace("\"kind\" : \"config\"", "\"kind\" : \"config\", \"extra\" : true"));
        assertInvalid(schema, doc.replaceFirst("\"value\" : \"[^\"]*\",", ""));
    }

    @Test
    void listJsonMatchesItsSchema() {
        Schema schema = schema("list");
        String doc = json("list", "--json").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"name\" : \"pymalloc\""), doc);
        assertTrue(doc.contains("\"name\" : \"churn\""), doc);
        assertInvalid(schema, doc.replaceFirst("\"defaultOps\" : \\d+", "\"defaultOps\" : \"many\""));
        assertInvalid(schema, doc.replace("\"kind\" : \"list\"", "\"kind\" : \"stats\""));
    }

    @Test
    void statsJsonMatchesItsSchema() {
        Schema schema = schema("stats");
        String doc = json("stats", "--json", "--pattern", "lifo", "--ops", "2000").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"pattern\" : \"lifo\""), doc);
        String free32 = json("stats", "--json", "--pattern", "free32", "--ops", "1000").out();
        assertValid(schema, free32);
        assertTrue(free32.contains("\"seed\" : null"), free32);
        assertInvalid(schema, doc.replaceFirst("\"arenasCurrent\" : \\d+", "\"arenasCurrent\" : -3"));
        assertInvalid(schema, doc.replace("\"pattern\" : \"lifo\"", "\"pattern\" : \"stack\""));
        assertInvalid(schema, doc.replaceFirst("\"pooled\" : (true|false)", "\"pooled\" : \"yes\""));
    }

    @Test
    void runJsonOfAWorkloadMatchesItsSchemaWithTracemallocAndLeaks() {
        Schema schema = schema("run");
        String doc = json("run", "--workload", "leaky", "--ops", "3000", "--collector", "refcount", "--json",
                "--tracemalloc", "1", "--leaks").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"kind\" : \"run\""), doc);
        assertTrue(doc.contains("\"program\" : null"), doc);
        assertTrue(doc.contains("\"frames\" : 1"), doc);
        assertTrue(doc.matches("(?s).*\"top\" : \\[ \\{\\s*\"file\" : \"[^\"]+\",\\s*\"line\" : \\d+.*"), doc);
        assertTrue(doc.matches("(?s).*\"groups\" : \\[ \\{\\s*\"type\" : .*"), doc);
        assertFalse(doc.contains("\"schema\" :"), "the old schema key is gone: " + doc);
        String plain = json("run", "--workload", "cycles", "--ops", "2000", "--json").out();
        assertValid(schema, plain);
        assertTrue(plain.contains("\"tracemalloc\" : null") && plain.contains("\"leaks\" : null"), plain);
        // Broken by hand: a missing field, a wrong type, an extra key, a negative count, a bad top site.
        assertInvalid(schema, plain.replaceFirst("\"ops\" : \\d+,", ""));
        assertInvalid(schema, plain.replaceFirst("\"threads\" : 1", "\"threads\" : \"one\""));
        assertInvalid(schema, plain.replace("\"kind\" : \"run\"", "\"kind\" : \"run\", \"extra\" : 1"));
        assertInvalid(schema, plain.replaceFirst("\"switches\" : \\d+", "\"switches\" : -1"));
        assertInvalid(schema, doc.replaceFirst("\"line\" : \\d+", "\"line\" : \"12\""));
        assertInvalid(schema, doc.replaceFirst("\"count\" : \\d+,\\s*\"chain\"", "\"chain\""));
    }

    @Test
    void runJsonOfAThreadedProgramMatchesItsSchema() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("prog.py"), "def main():\n    print('hi')\n");
        CliRun r = CliRun.run(Map.of(), dir, "run", "--threads", "2", "--json", "--verify", "prog.py");
        assertEquals(0, r.code(), r::toString);
        Schema schema = schema("run");
        String doc = r.out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"leakCheck\" : null"), doc);
        assertTrue(doc.contains("\"callsMain\" : true"), doc);
        assertInvalid(schema, doc.replace("\"callsMain\" : true", "\"callsMain\" : 1"));
        assertInvalid(schema, doc.replaceFirst("\"found\" : \\{ ?\\}", "\"found\" : []"));
        assertInvalid(schema, doc.replaceFirst("\"checks\" : \\{", "\"checks\" : { \"more\" : 1,"));
    }

    /** A program's JSON parsed, for the numbers the schema cannot relate. */
    private static tools.jackson.databind.JsonNode parse(String doc) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(doc);
    }

    @Test
    void runJsonOfAPythonProgramIsItsFactsAndMatchesTheSchema() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("prog.py"), """
                import sys, gc
                print("hello", sys.argv[1:])
                keep = [[i] for i in range(3000)]
                gc.collect()
                raise ValueError("the end")
                """);
        CliRun r = CliRun.run(Map.of(), dir, "run", "--json", "prog.py", "a", "b");
        assertEquals(1, r.code(), r::toString);
        // the program's output and traceback on stderr, the document alone on stdout
        assertTrue(r.err().startsWith("hello ['a', 'b']\nTraceback (most recent call last):\n"), r::toString);
        assertTrue(r.err().endsWith("ValueError: the end\n"), r::toString);
        String doc = r.out();
        Schema schema = schema("run");
        assertValid(schema, doc);
        var json = parse(doc);
        assertEquals(2, json.get("schema_version").asInt());
        assertEquals("prog.py", json.at("/python/program").asString());
        assertEquals("[\"prog.py\",\"a\",\"b\"]", json.at("/python/argv").toString());
        assertEquals(1, json.at("/python/exitCode").asInt());
        assertEquals("ValueError", json.at("/python/exception").asString());
        assertEquals("generational", json.at("/settings/collector").asString());
        assertEquals("[700,10,10]", json.at("/settings/thresholds").toString());
        assertTrue(json.at("/settings/limitBytes").isNull(), doc);
        assertEquals(3, json.get("gc").size(), doc);
        // gc.collect() and the two collections of the finalization: full collections, in generation 2
        assertTrue(json.at("/gc/2/collections").asLong() >= 3, doc);
        assertEquals(json.at("/pauseMillis/count").asLong(), json.get("gc").valueStream()
                .mapToLong(g -> g.get("collections").asLong()).sum(), doc);
        for (String field : List.of("arenas", "pools", "blocks", "bytesMapped", "bytesAllocated", "bytesInUse")) {
            long end = json.at("/heap/end/" + field).asLong();
            long peak = json.at("/heap/peak/" + field).asLong();
            assertTrue(end > 0 && peak >= end, field + ": " + doc);
        }
        // 3000 lists were alive at gc.collect(), sampled at its start; gone at the end
        assertTrue(json.at("/heap/peak/blocks").asLong() >= json.at("/heap/end/blocks").asLong() + 3000, doc);
        assertTrue(json.get("tracemalloc").isNull() && json.get("leaks").isNull() && json.get("checks").isNull(), doc);
        // Broken by hand: a missing field, a wrong type, an extra key, a negative count, a wrong version.
        assertInvalid(schema, doc.replaceFirst("\"exitCode\" : 1,", ""));
        assertInvalid(schema, doc.replace("\"exception\" : \"ValueError\"", "\"exception\" : 3"));
        assertInvalid(schema, doc.replace("\"python\" : {", "\"python\" : { \"more\" : 1,"));
        assertInvalid(schema, doc.replace("\"kind\" : \"run\"", "\"kind\" : \"run\", \"ops\" : 1"));
        assertInvalid(schema, doc.replaceFirst("\"arenas\" : \\d+", "\"arenas\" : -1"));
        assertInvalid(schema, doc.replace("\"schema_version\" : 2", "\"schema_version\" : 1"));
        assertInvalid(schema, doc.replaceFirst("\"memory\" : \"\\w+\"", "\"memory\" : \"disk\""));
    }

    @Test
    void runJsonOfAProgramCarriesTracemallocLeaksAndChecks() throws IOException {
        CliRun r = CliRun.run(Map.of(), dir, "run", "--json", "--collector", "refcount", "--tracemalloc", "3",
                "--leaks", "-c", "a = []\na.append(a)\nb = [0] * 1000\nprint(len(b))");
        assertEquals(0, r.code(), r::toString);
        assertEquals("1000\n", r.err(), r::toString);
        Schema schema = schema("run");
        assertValid(schema, r.out());
        var json = parse(r.out());
        assertEquals("-c", json.at("/python/program").asString());
        assertTrue(json.at("/python/exception").isNull(), r.out());
        assertEquals(1, json.get("gc").size(), r.out());
        assertEquals(3, json.at("/tracemalloc/frames").asInt());
        assertEquals("<string>", json.at("/tracemalloc/top/0/file").asString(), r.out());
        assertEquals(3, json.at("/tracemalloc/top/0/line").asInt(), r.out());
        for (var site : json.at("/tracemalloc/top")) { // the runtime's own allocations are never a Java file
            assertFalse(site.get("file").asString().endsWith(".java"), r.out());
        }
        assertTrue(json.at("/leaks/groups").valueStream().anyMatch(g -> g.get("type").asString().equals("list")),
                r.out());
        assertInvalid(schema, r.out().replaceFirst("\"line\" : \\d+", "\"line\" : \"3\""));

        java.nio.file.Files.writeString(dir.resolve("ok.py"), "x = 1\n");
        CliRun verified = CliRun.run(Map.of(), dir, "run", "--json", "--verify", "ok.py");
        assertEquals(0, verified.code(), verified::toString);
        assertValid(schema, verified.out());
        var checks = parse(verified.out()).get("checks");
        assertTrue(checks.at("/sanity/ok").asBoolean() && checks.at("/leakCheck/ok").asBoolean(), verified.out());
        assertTrue(verified.err().contains("pyheap: sanity: ok"), verified::toString);
        assertInvalid(schema, verified.out().replaceFirst("\"checks\" : \\{", "\"checks\" : { \"more\" : 1,"));
    }

    @Test
    void reportOfAProgramShowsTheFactsOfItsJson() throws IOException {
        CliRun r = CliRun.run(Map.of(), dir, "run", "--report", "prog.html", "--tracemalloc", "1", "--leaks",
                "-c", "import sys\nx = [[1] for _ in range(100)]\nsys.exit(3)", "arg");
        assertEquals(3, r.code(), r::toString);
        String page = java.nio.file.Files.readString(dir.resolve("prog.html"));
        for (String fact : List.of("\"sys.argv\",\"-c arg\"", "\"exit code\",\"3 (SystemExit)\"",
                "\"gc generation 2\"", "\"pauses\"", "\"heap at the end\"", "\"heap at its peak\"",
                "collector generational, allocator pymalloc, memory native, thresholds [700, 10, 10]",
                "<string>:2")) {
            assertTrue(page.contains(fact), fact);
        }
    }

    @Test
    void compareJsonOfAWorkloadMatchesItsSchema() {
        Schema schema = schema("compare");
        String doc = json("compare", "--workload", "cycles", "--ops", "1000", "--repeat", "1", "--collectors",
                "refcount,generational", "--json").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"kind\" : \"workload\""), doc);
        assertTrue(doc.contains("\"collector\" : \"generational\""), doc);
        assertInvalid(schema, doc.replaceFirst("\"repeat\" : 1", "\"repeat\" : 0"));
        assertInvalid(schema, doc.replaceFirst("\"median\" : [0-9.E-]+", "\"median\" : null"));
        // the median run's report is held to the run schema's definition, extra keys included
        assertInvalid(schema, doc.replaceFirst("\"allocator\" : \"pymalloc\"", "\"allocator\" : \"pymalloc\", \"x\" : 1"));
    }

    @Test
    void compareJsonOfAPythonProgramMatchesItsSchema() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("prog.py"), "x = [[] for _ in range(10)]\nprint(len(x))\n");
        Schema schema = schema("compare");
        String doc = json("compare", "--repeat", "1", "--collectors", "marksweep", "--json", "prog.py").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"kind\" : \"python\""), doc);
        assertTrue(doc.contains("\"exitCode\" : 0"), doc);
        assertTrue(doc.contains("\"report\" : null"), doc);
        assertInvalid(schema, doc.replace("\"kind\" : \"python\"", "\"kind\" : \"ruby\""));
        assertInvalid(schema, doc.replace("\"exitCode\" : 0", "\"exitCode\" : \"0\""));
    }

    @Test
    void statsJsonRefusesDebugMallocStats() {
        CliRun r = CliRun.run(Map.of(), dir, "stats", "--json", "--debugmallocstats");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--json and --debugmallocstats"), r::toString);
    }
}
