package dev.pyheap.cli.output;

import dev.pyheap.driver.reports.RunReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link RunReport}s as JSON, in the shape {@code run-report.schema.json} describes: keys in a
 * fixed order, two-space indentation, times rounded to the microsecond ({@code seconds}) or
 * nanosecond ({@code *Millis}), rates to 0.1, shares as exact doubles.
 */
public final class RunReportJson {
    private RunReportJson() {
    }

    /** One report: a JSON object. */
    public static String write(RunReport report) {
        StringBuilder out = new StringBuilder();
        object(out, report, "");
        return out.append('\n').toString();
    }

    /** Several reports ({@code pyheap compare}): a JSON array of objects. */
    public static String write(List<RunReport> reports) {
        StringBuilder out = new StringBuilder("[");
        String separator = "\n  ";
        for (RunReport r : reports) {
            out.append(separator);
            object(out, r, "  ");
            separator = ",\n  ";
        }
        return out.append(reports.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static void object(StringBuilder out, RunReport r, String indent) {
        Obj o = new Obj(out, indent);
        o.key("schema").append(r.schema());
        o.key("collector").string(r.collector());
        o.key("allocator").string(r.allocator());
        o.key("workload").string(r.workload());
        o.key("threads").append(r.threads());
        o.key("seed").append(r.seed());
        o.key("yield").string(r.yieldPolicy());
        o.key("ops").append(r.ops());
        o.key("seconds").decimal(r.seconds(), 6);
        o.key("opsPerSecond").decimal(r.opsPerSecond(), 1);
        o.key("threadShares").append('[');
        String separator = "";
        for (double share : r.threadShares()) {
            o.append(separator).append(Double.toString(share));
            separator = ", ";
        }
        o.append(']');
        Obj gil = o.key("gil").open();
        gil.key("switches").append(r.gil().switches());
        gil.key("forcedSwitches").append(r.gil().forcedSwitches());
        gil.key("waitMillis").decimal(r.gil().waitMillis(), 6);
        gil.close();
        o.key("collections").append('[');
        separator = "";
        for (long n : r.collections()) {
            o.append(separator).append(n);
            separator = ", ";
        }
        o.append(']');
        o.key("collected").append(r.collected());
        o.key("uncollectable").append(r.uncollectable());
        Obj pauses = o.key("pauseMillis").open();
        pauses.key("count").append(r.pauseMillis().count());
        pauses.key("p50").decimal(r.pauseMillis().p50(), 6);
        pauses.key("p99").decimal(r.pauseMillis().p99(), 6);
        pauses.key("max").decimal(r.pauseMillis().max(), 6);
        pauses.close();
        Obj heap = o.key("heap").open();
        heap.key("peakBytes").append(r.heap().peakBytes());
        heap.key("finalBytes").append(r.heap().finalBytes());
        heap.key("arenasAllocated").append(r.heap().arenasAllocated());
        heap.key("arenasReclaimed").append(r.heap().arenasReclaimed());
        heap.key("arenasHighWater").append(r.heap().arenasHighWater());
        heap.close();
        Obj leak = o.key("leakCheck").open();
        leak.key("ok").append(r.leakCheck().ok());
        leak.key("expectedObjects").append(r.leakCheck().expectedObjects());
        leak.key("leakedObjects").append(r.leakCheck().leakedObjects());
        Obj byType = leak.key("byType").open();
        for (Map.Entry<String, Long> e : r.leakCheck().byType().entrySet()) {
            byType.key(e.getKey()).append(e.getValue());
        }
        byType.close();
        leak.key("expectedBlocks").append(r.leakCheck().expectedBlocks());
        leak.key("leakedBlocks").append(r.leakCheck().leakedBlocks());
        leak.close();
        Obj sanity = o.key("sanity").open();
        sanity.key("ok").append(r.sanity().ok());
        sanity.key("checks").append(r.sanity().checks());
        sanity.key("problems").append('[');
        separator = "";
        for (String p : r.sanity().problems()) {
            sanity.append(separator);
            sanity.string(p);
            separator = ", ";
        }
        sanity.append(']');
        sanity.close();
        Obj configuration = o.key("configuration").open();
        for (Map.Entry<String, String> e : r.configuration().entrySet()) {
            configuration.key(e.getKey()).string(e.getValue());
        }
        configuration.close();
        o.close();
    }

    /** A JSON object being written: keys on their own lines, the closing brace at the opening's indentation. */
    private static final class Obj {
        private final StringBuilder out;
        private final String indent;
        private boolean empty = true;

        Obj(StringBuilder out, String indent) {
            this.out = out;
            this.indent = indent;
            out.append('{');
        }

        Obj key(String name) {
            out.append(empty ? "\n" : ",\n").append(indent).append("  ");
            empty = false;
            quote(out, name);
            out.append(": ");
            return this;
        }

        Obj open() {
            return new Obj(out, indent + "  ");
        }

        void close() {
            out.append(empty ? "}" : "\n" + indent + "}");
        }

        Obj append(Object value) {
            out.append(value);
            return this;
        }

        Obj string(String value) {
            quote(out, value);
            return this;
        }

        Obj decimal(double value, int places) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
            BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
            out.append(d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString());
            return this;
        }
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
