package dev.pyheap.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of pyheap timed side by side in one JVM (run by {@code bench/ab}): each folder of
 * module jars gets a class loader of its own, with this module's classes and the third-party jars,
 * and {@link SideBySideOps} in each opens its own heap; then batches of one operation run on the
 * sides in turn, round after round, and each side's minimum, 10th percentile and median per
 * operation are printed. On a machine shared with other work, both sides meet the same load in the
 * same seconds, and the minimum of many short batches is the batch nothing interrupted: what JMH's
 * one-second iterations, taken minutes apart, cannot give when the load average is 15 on 2 CPUs.
 *
 * <p>The sides share the JDK's own compiled code (java.lang.foreign's var handles, collections),
 * so a side's profile can change the other's; run each comparison twice with the sides in both
 * orders, and trust a difference only when both orders agree.
 *
 * <p>Usage: {@code SideBySide OP N BATCHES ROUNDS COLLECTOR|- JARS_DIR...}, with the class path of
 * the third-party jars in the system property {@code sidebyside.libs} and this module's classes in
 * {@code sidebyside.bench}.
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length < 6) {
            System.err.println("usage: SideBySide OP N BATCHES ROUNDS COLLECTOR|- JARS_DIR JARS_DIR...");
            System.exit(2);
        }
        String op = args[0];
        int n = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String collector = args[4].equals("-") ? null : args[4];
        List<String> dirs = List.of(args).subList(5, args.length);
        List<Object> sides = new ArrayList<>();
        List<Method> batch = new ArrayList<>();
        for (String dir : dirs) {
            ClassLoader loader = loader(Path.of(dir));
            Class<?> ops = loader.loadClass(SideBySideOps.class.getName());
            sides.add(ops.getConstructor(String.class).newInstance(collector));
            batch.add(ops.getMethod("batch", String.class, int.class));
        }
        boolean single = op.equals("gcbench");
        // Warm-up, untimed, so that C2 has compiled both sides: three rounds' batches (one gcbench pass).
        for (int s = 0; s < sides.size(); s++) {
            for (int b = 0; b < (single ? 1 : batches * 3); b++) {
                call(batch.get(s), sides.get(s), op, n);
            }
        }
        List<List<Double>> results = new ArrayList<>();
        dirs.forEach(d -> results.add(new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < sides.size(); s++) {
                for (int b = 0; b < batches; b++) {
                    long ns = call(batch.get(s), sides.get(s), op, n);
                    double value = switch (op) {
                        case "young", "youngOld", "youngOldPromoted" -> ns / 1e3;
                        case "reachable", "reachableTuples", "cycles" -> ns / 1e6;
                        case "gcbench" -> ns / 1e9;
                        default -> (double) ns / n;
                    };
                    results.get(s).add(value);
                    if (single) {
                        System.out.printf(Locale.ROOT, "  round %d %s: %.2f CPU s%n", r + 1, dirs.get(s), value);
                    }
                }
            }
        }
        String unit = switch (op) {
            case "young", "youngOld", "youngOldPromoted" -> "us per collection";
            case "reachable", "reachableTuples", "cycles" -> "ms per collection";
            case "gcbench" -> "mutator CPU s per pass";
            default -> "ns per operation";
        };
        for (int s = 0; s < sides.size(); s++) {
            List<Double> v = results.get(s);
            Collections.sort(v);
            System.out.printf(Locale.ROOT, "%s %s: min %.2f, p10 %.2f, median %.2f %s (%d batches)%n", op, dirs.get(s),
                    v.get(0), v.get(v.size() / 10), v.get(v.size() / 2), unit, v.size());
        }
    }

    private static long call(Method batch, Object side, String op, int n) throws IllegalAccessException {
        try {
            return (long) batch.invoke(side, op, n);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** This module's classes, the side's module jars, the third-party jars; the platform loader above. */
    private static ClassLoader loader(Path dir) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(System.getProperty("sidebyside.bench")).toUri().toURL());
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        for (String lib : System.getProperty("sidebyside.libs").split(":")) {
            urls.add(Path.of(lib).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
}
