package dev.pyheap.cli.output;

import dev.pyheap.api.config.Configuration;
import dev.pyheap.driver.Workloads;
import dev.pyheap.driver.reports.RunReport;
import dev.pyheap.driver.scheduling.MutatorDriver;
import dev.pyheap.driver.scheduling.RunSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's JSON form: byte for byte against a golden file, and against the JSON Schema in the repository. */
final class RunReportJsonTest {

    static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> schema() {
        return (Map<String, Object>) Json.parse(resource(RunReportJson.class, "run-report.schema.json"));
    }

    /** A report with every field set to a value worth writing: an escape, an empty and a full map, shares of 1/3. */
    static RunReport sample() {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("allocator", "pymalloc");
        configuration.put("collector", "refcount");
        configuration.put("gc.threshold", "700,10,10");
        return new RunReport(RunReport.SCHEMA, "refcount", "pymalloc", "seeds", 3, 0x5EED, "every:7", 30, 0.0123456789,
                2430.0000003, List.of(1.0 / 3, 1.0 / 3, 1.0 / 3), new RunReport.Gil(12, 0, 0.0), List.of(2L), 0, 0,
                new RunReport.Pauses(2, 0.25, 1.5, 1.5), new RunReport.Heap(2_097_152, 1_048_576, 1, 0, 2),
                new RunReport.LeakCheck(true, 4, 4, new TreeMap<>(Map.of("Dog", 1L, "Person", 1L, "list", 2L)), 8, 8),
                new RunReport.Sanity(false, 2836, List.of("refcount of <list 0x100030> is 3, expected 2 (\"a\\b\")")),
                configuration);
    }

    @Test
    void aReportIsWrittenExactlyAsTheGoldenFile() {
        assertEquals(resource(RunReportJsonTest.class, "golden-report.json"), RunReportJson.write(sample()));
    }

    @Test
    void theGoldenFileAndAnEmptyCompareFollowTheSchema() {
        Object golden = Json.parse(resource(RunReportJsonTest.class, "golden-report.json"));
        assertEquals(List.of(), Json.validate(golden, schema(), "$"));
        assertEquals(List.of(), Json.parse(RunReportJson.write(List.of())));
    }

    @Test
    void theSchemaNamesExactlyTheFieldsTheWriterWrites() {
        @SuppressWarnings("unchecked")
        Map<String, Object> golden = (Map<String, Object>) Json.parse(RunReportJson.write(sample()));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) schema().get("properties");
        assertEquals(List.copyOf(properties.keySet()), List.copyOf(golden.keySet()), "same fields, same order");
        assertEquals(schema().get("required"), List.copyOf(golden.keySet()));
    }

    @Test
    void aSchemaViolationIsFound() {
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(RunReportJson.write(sample()));
        report.put("threads", new java.math.BigDecimal("0"));
        report.remove("sanity");
        report.put("extra", "x");
        assertEquals(List.of("$: lacks sanity", "$.threads: 0 is below 1", "$.extra: is not in the schema"),
                Json.validate(report, schema(), "$"));
    }

    @Test
    void realRunsOfEveryWorkloadFollowTheSchema() {
        List<RunReport> reports = Workloads.all().stream()
                .map(w -> MutatorDriver.run(Configuration.of(Map.of("collector", "refcount")),
                        RunSpec.of(w.name()).withOps(2000).withThreads(2)))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object> array = (List<Object>) Json.parse(RunReportJson.write(reports));
        assertEquals(reports.size(), array.size());
        for (Object report : array) {
            List<String> problems = Json.validate(report, schema(), "$");
            assertTrue(problems.isEmpty(), problems::toString);
        }
        assertEquals(Json.parse(RunReportJson.write(reports.get(0))), array.get(0), "an array holds the same objects");
    }
}
