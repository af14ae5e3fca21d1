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
 * {@code stats --json}, {@code config --json} and {@code list --json}: each command's document is valid
 * against the schema the jar ships (draft 2020-12, checked by networknt's validator), and the schemas are
 * strict: hand-broken documents are rejected.
 */
class CommandJsonSchemaTest {
    @TempDir
    Path dir;

    private static Schema schema(String kind) throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("/dev/pyheap/cli/schemas/" + kind + ".schema.json")) {
            if (in == null) {
                throw new AssertionError("no schema for " + kind + " in the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        }
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
    void configJsonMatchesItsSchema() throws IOException {
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
    void listJsonMatchesItsSchema() throws IOException {
        Schema schema = schema("list");
        String doc = json("list", "--json").out();
        assertValid(schema, doc);
        assertTrue(doc.contains("\"name\" : \"pymalloc\""), doc);
        assertTrue(doc.contains("\"name\" : \"churn\""), doc);
        assertInvalid(schema, doc.replaceFirst("\"defaultOps\" : \\d+", "\"defaultOps\" : \"many\""));
        assertInvalid(schema, doc.replace("\"kind\" : \"list\"", "\"kind\" : \"stats\""));
    }

    @Test
    void statsJsonMatchesItsSchema() throws IOException {
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
    void statsJsonRefusesDebugMallocStats() {
        CliRun r = CliRun.run(Map.of(), dir, "stats", "--json", "--debugmallocstats");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--json and --debugmallocstats"), r::toString);
    }
}
