package dev.pyheap.interpreter;

import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The developer-run error differential (src/test/python/error_fuzz.py runs it): each line of the
 * input is a JSON object with a damaged program and the SyntaxError CPython raised for it; this
 * parses each and reports how many raise the same error, grouping the differences by CPython's
 * message. Not a unit test: the mutants are random.
 */
public final class ErrorFuzzCheck {
    private ErrorFuzzCheck() {}

    public static void main(String[] args) throws Exception {
        int same = 0;
        int total = 0;
        Map<String, List<String>> diffs = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            String src = Json.string(line, "src");
            String expected = Json.array(line, "expected");
            String actual;
            try {
                PythonParser.parse(src, "<unknown>", PythonParser.Mode.EXEC);
                actual = "no error";
            } catch (PythonSyntaxError e) {
                actual = "[\"" + e.kind() + "\", " + Json.quote(e.msg()) + ", " + e.lineno() + ", " + e.offset() + ", "
                        + (e.endLineno() == PythonSyntaxError.NONE ? "null" : e.endLineno()) + ", "
                        + (e.endOffset() == PythonSyntaxError.NONE ? "null" : e.endOffset()) + "]";
            } catch (RuntimeException | StackOverflowError e) {
                actual = "crash " + e;
            }
            if (actual.equals(expected)) {
                same++;
            } else {
                String key = expected.replaceAll(", \\d+, \\d+, \\d+, \\d+]$", "]");
                diffs.computeIfAbsent(key, k -> new ArrayList<>()).add(Json.quote(src) + "\n      CPython " + expected
                        + "\n      ours    " + actual);
            }
        }
        for (Map.Entry<String, List<String>> d : diffs.entrySet()) {
            System.out.println(d.getValue().size() + " x " + d.getKey());
            d.getValue().stream().limit(3).forEach(s -> System.out.println("    " + s));
        }
        System.out.printf("%d of %d rejected programs raise CPython's SyntaxError exactly%n", same, total);
    }

    /** Just enough JSON for the lines error_fuzz.py writes (json.dumps of a flat object). */
    static final class Json {
        private Json() {}

        static String string(String line, String field) {
            int i = line.indexOf("\"" + field + "\": \"") + field.length() + 5;
            StringBuilder sb = new StringBuilder();
            while (line.charAt(i) != '"') {
                char c = line.charAt(i++);
                if (c == '\\') {
                    char n = line.charAt(i++);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'f' -> sb.append('\f');
                        case 'b' -> sb.append('\b');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        static String array(String line, String field) {
            int i = line.indexOf("\"" + field + "\": [") + field.length() + 4;
            int depth = 0;
            boolean inString = false;
            int start = i;
            for (; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return line.substring(start, i + 1);
                }
            }
            throw new IllegalArgumentException(line);
        }

        static String quote(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case '\f' -> sb.append("\\f");
                    case '\b' -> sb.append("\\b");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }
    }
}
