package dev.pyheap.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer-run report over the code-object corpus: per field, how many code objects (and how many
 * whole cases) give CPython's value; lists the cases that differ with their first differing line.
 * {@code java -cp target/classes:target/test-classes dev.pyheap.interpreter.compiler.CodeCheck [set-prefix] [-v]}
 */
public final class CodeCheck {
    private CodeCheck() {}

    public static void main(String[] args) {
        String prefix = args.length > 0 && !args[0].equals("-v") ? args[0] : "";
        boolean verbose = List.of(args).contains("-v");
        Map<String, int[]> perField = new TreeMap<>();
        int casesOk = 0;
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (CodeCorpus.Entry e : CodeCorpus.all()) {
            if (!e.toString().startsWith(prefix)) {
                continue;
            }
            cases++;
            List<String> actual;
            try {
                actual = CodeCorpus.compile(e);
            } catch (RuntimeException | StackOverflowError ex) {
                actual = List.of("crash " + ex);
                if (verbose) {
                    ex.printStackTrace();
                }
            }
            Map<String, String> exp = CodeCorpus.fields(e.expected());
            Map<String, String> act = CodeCorpus.fields(actual);
            for (Map.Entry<String, String> f : exp.entrySet()) {
                String field = f.getKey().substring(f.getKey().indexOf(':') + 1);
                int[] c = perField.computeIfAbsent(field, k -> new int[2]);
                c[1]++;
                if (f.getValue().equals(act.get(f.getKey()))) {
                    c[0]++;
                }
            }
            if (actual.equals(e.expected())) {
                casesOk++;
            } else {
                String first = "";
                for (int i = 0; i < Math.max(actual.size(), e.expected().size()); i++) {
                    String a = i < actual.size() ? actual.get(i) : "<none>";
                    String x = i < e.expected().size() ? e.expected().get(i) : "<none>";
                    if (!a.equals(x)) {
                        first = "\n    CPython: " + x + "\n    ours:    " + a;
                        break;
                    }
                }
                failures.add(e + first);
            }
        }
        if (verbose) {
            failures.forEach(System.out::println);
        }
        for (Map.Entry<String, int[]> f : perField.entrySet()) {
            System.out.printf("%-22s %6d / %6d  %6.2f%%%n", f.getKey(), f.getValue()[0], f.getValue()[1],
                    100.0 * f.getValue()[0] / f.getValue()[1]);
        }
        System.out.printf("cases identical: %d / %d%n", casesOk, cases);
    }
}
