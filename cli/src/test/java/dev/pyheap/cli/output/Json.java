package dev.pyheap.cli.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for tests (objects as ordered maps, arrays as lists, numbers as
 * BigDecimal), and a validator for the subset of JSON Schema the report's schema uses: type, const,
 * required, properties, additionalProperties (false or a schema), items, minItems, minimum, maximum.
 */
final class Json {
    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json p = new Json(text);
        Object v = p.value();
        p.space();
        if (p.at != text.length()) {
            throw p.error("trailing text");
        }
        return v;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + at + ": "
                + text.substring(at, Math.min(text.length(), at + 30)));
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private Object value() {
        space();
        if (at == text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        if (c == '{') {
            at++;
            Map<String, Object> o = new LinkedHashMap<>();
            space();
            if (text.charAt(at) == '}') {
                at++;
                return o;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                if (o.put(key, value()) != null) {
                    throw error("duplicate key " + key);
                }
                space();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect('}');
                    return o;
                }
            }
        } else if (c == '[') {
            at++;
            List<Object> a = new ArrayList<>();
            space();
            if (text.charAt(at) == ']') {
                at++;
                return a;
            }
            while (true) {
                a.add(value());
                space();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect(']');
                    return a;
                }
            }
        } else if (c == '"') {
            return string();
        } else if (text.startsWith("true", at)) {
            at += 4;
            return true;
        } else if (text.startsWith("false", at)) {
            at += 5;
            return false;
        } else if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            at = start;
            throw error("bad value");
        }
        return new BigDecimal(number);
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else if (c == '\\') {
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape");
                }
            } else {
                s.append(c);
            }
        }
    }

    /** Every way {@code value} breaks {@code schema}, as "path: problem" lines. */
    @SuppressWarnings("unchecked")
    static List<String> validate(Object value, Map<String, Object> schema, String path) {
        List<String> problems = new ArrayList<>();
        if (schema.containsKey("const") && !equal(schema.get("const"), value)) {
            problems.add(path + ": is " + value + ", must be " + schema.get("const"));
        }
        Object type = schema.get("type");
        if (type != null && !hasType(value, (String) type)) {
            problems.add(path + ": is not of type " + type + ": " + value);
            return problems;
        }
        if (value instanceof BigDecimal n) {
            if (schema.get("minimum") instanceof BigDecimal min && n.compareTo(min) < 0) {
                problems.add(path + ": " + n + " is below " + min);
            }
            if (schema.get("maximum") instanceof BigDecimal max && n.compareTo(max) > 0) {
                problems.add(path + ": " + n + " is above " + max);
            }
        }
        if (value instanceof List<?> list) {
            if (schema.get("minItems") instanceof BigDecimal min && list.size() < min.intValue()) {
                problems.add(path + ": has fewer than " + min + " items");
            }
            if (schema.get("items") instanceof Map<?, ?> items) {
                for (int i = 0; i < list.size(); i++) {
                    problems.addAll(validate(list.get(i), (Map<String, Object>) items, path + "[" + i + "]"));
                }
            }
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            if (schema.get("required") instanceof List<?> required) {
                for (Object name : required) {
                    if (!object.containsKey(name)) {
                        problems.add(path + ": lacks " + name);
                    }
                }
            }
            Object additional = schema.get("additionalProperties");
            for (Map.Entry<?, ?> e : object.entrySet()) {
                String key = (String) e.getKey();
                String at = path + "." + key;
                if (properties.containsKey(key)) {
                    problems.addAll(validate(e.getValue(), (Map<String, Object>) properties.get(key), at));
                } else if (Boolean.FALSE.equals(additional)) {
                    problems.add(at + ": is not in the schema");
                } else if (additional instanceof Map<?, ?> a) {
                    problems.addAll(validate(e.getValue(), (Map<String, Object>) a, at));
                }
            }
        }
        return problems;
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    private static boolean hasType(Object v, String type) {
        return switch (type) {
            case "object" -> v instanceof Map;
            case "array" -> v instanceof List;
            case "string" -> v instanceof String;
            case "boolean" -> v instanceof Boolean;
            case "number" -> v instanceof BigDecimal;
            case "integer" -> v instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0 && !n.toString().contains(".");
            case "null" -> v == null;
            default -> throw new IllegalArgumentException("schema type " + type + " is not supported here");
        };
    }
}
