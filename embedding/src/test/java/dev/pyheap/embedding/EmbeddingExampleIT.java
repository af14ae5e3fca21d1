package dev.pyheap.embedding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's embedding example, taken from README.md itself (the blocks after an
 * {@code <!-- embedding-example: NAME -->} comment, so the two cannot drift apart), compiled with
 * {@code javac} and run with {@code java} exactly as the README's commands say, on the module path
 * made of this module's dependencies, which are the README's Maven coordinates: {@code api + runtime
 * + allocator + gc-refcount} and their libraries, nothing else of pyheap (issue 11, item 9).
 * Runs in Maven's {@code integration-test} phase, after {@code package} has filled {@code target/libs}.
 */
class EmbeddingExampleIT {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- embedding-example: ([\\w.-]+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final String CHOSEN = "Configuration.of(Map.of(\"collector\", \"refcount\"))";

    private static Path libs;
    private static String readme;

    @TempDir
    Path dir;

    @BeforeAll
    static void locateTheBuild() throws IOException {
        String l = System.getProperty("pyheap.embed.libs");
        String r = System.getProperty("pyheap.readme");
        assertTrue(l != null && r != null, "run through Maven: surefire passes pyheap.embed.libs and pyheap.readme");
        libs = Path.of(l);
        assertTrue(Files.isDirectory(libs), libs + " is missing: this test runs after package");
        readme = Files.readString(Path.of(r), StandardCharsets.UTF_8);
    }

    /** The README's block named {@code name}. */
    private static String block(String name) {
        Matcher m = BLOCK.matcher(readme);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(name)) {
                found.add(m.group(2));
            }
        }
        assertEquals(1, found.size(), "README.md has one embedding-example block named " + name);
        return found.get(0);
    }

    @Test
    void theModulePathHoldsApiRuntimeAllocatorAndGcRefcountOfPyheap() {
        Set<String> modules = ModuleFinder.of(libs).findAll().stream().map(ModuleReference::descriptor)
                .map(d -> d.name()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("dev.pyheap.allocator", "dev.pyheap.api", "dev.pyheap.gc.refcount", "dev.pyheap.runtime"),
                modules.stream().filter(n -> n.startsWith("dev.pyheap.")).collect(Collectors.toSet()), modules::toString);
    }

    @Test
    void theReadmesMavenCoordinatesAreThisModulesDependencies() throws Exception {
        List<Dependency> readmeDependencies = dependencies(block("dependencies"));
        List<Dependency> pomDependencies = dependencies(Files.readString(Path.of(System.getProperty("pyheap.embed.pom"))));
        assertEquals(pomDependencies.stream().map(Dependency::coordinates).toList(),
                readmeDependencies.stream().map(Dependency::coordinates).toList());
        for (Dependency d : readmeDependencies) {
            assertEquals(projectVersion(), d.version(), "the README gives the project's version for " + d);
        }
    }

    /** The README's program prints what its comments say, on exactly that module path, with the README's flags. */
    @Test
    void theExampleCompilesAndRunsAsTheReadmeSays() throws Exception {
        String embed = block("Embed.java");
        writeSources(embed);
        Run run = runReadmeCommands();
        assertEquals(0, run.code(), run::toString);
        assertEquals(expectedOutput(embed), run.out().lines().toList(), run::toString);
        assertEquals(List.of("2", "3", "2"), run.out().lines().toList(), "the seed article's refcounts");
        assertOnlySlf4jNotice(run.err());
    }

    /** {@code Configuration.defaults()} on this module path fails with the README's message. */
    @Test
    void theDefaultCollectorMissingFailsWithTheReadmesMessage() throws Exception {
        String embed = block("Embed.java");
        assertTrue(embed.contains(CHOSEN), "the example chooses refcount with " + CHOSEN);
        writeSources(embed.replace(CHOSEN, "Configuration.defaults()"));
        Run run = runReadmeCommands();
        assertEquals(1, run.code(), run::toString);
        String message = block("default-collector-missing").strip();
        assertTrue(run.err().contains("dev.pyheap.api.config.ConfigurationException: " + message + "\n"), run::toString);
        assertEquals("", run.out());
    }

    private void writeSources(String embed) throws IOException {
        Files.writeString(dir.resolve("module-info.java"), block("module-info.java"));
        Files.writeString(dir.resolve("Embed.java"), embed);
    }

    /** The README's commands, each run in {@code dir} with {@code libs} standing for the embedder's jars. */
    private Run runReadmeCommands() throws Exception {
        List<String> commands = block("run").lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, commands.size(), "javac, then java: " + commands);
        assertTrue(commands.get(0).startsWith("javac ") && commands.get(1).startsWith("java "), commands::toString);
        Run compiled = run(commands.get(0));
        assertEquals(0, compiled.code(), compiled::toString);
        return run(commands.get(1));
    }

    private Run run(String commandLine) throws Exception {
        List<String> command = new ArrayList<>();
        for (String token : commandLine.strip().split("\\s+")) {
            command.add(Arrays.stream(token.split(":", -1)).map(t -> t.equals("libs") ? libs.toString() : t)
                    .collect(Collectors.joining(java.io.File.pathSeparator)));
        }
        command.set(0, Path.of(System.getProperty("java.home"), "bin", command.get(0)).toString());
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // The developer's own settings must not leak into the run.
        builder.environment().keySet().removeIf(k -> k.startsWith("PYHEAP_") || k.equals("PYTHONMALLOC")
                || k.equals("JDK_JAVA_OPTIONS") || k.equals("JAVA_TOOL_OPTIONS"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(commandLine + " did not finish in 2 minutes");
        }
        return new Run(command, process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** What each {@code System.out.println} line's comment says it prints: {@code // 2: ...} prints {@code 2}. */
    private static List<String> expectedOutput(String source) {
        Pattern printed = Pattern.compile("System\\.out\\.println\\(.*\\);\\s*//\\s*([^:\\s]+)");
        List<String> expected = new ArrayList<>();
        for (String line : source.lines().toList()) {
            Matcher m = printed.matcher(line);
            if (m.find()) {
                expected.add(m.group(1));
            }
        }
        assertTrue(!expected.isEmpty(), "the example prints something");
        return expected;
    }

    /** Without an SLF4J provider on the path, SLF4J's own notice is all that may reach stderr. */
    private static void assertOnlySlf4jNotice(String err) {
        for (String line : err.lines().toList()) {
            assertTrue(line.startsWith("SLF4J"), "unexpected stderr line: " + line + "\n" + err);
        }
    }

    /** A Maven dependency as declared (version empty when the parent manages it). */
    record Dependency(String groupId, String artifactId, String version, String scope) {
        String coordinates() {
            return groupId + ":" + artifactId + " (" + scope + ")";
        }
    }

    /** The dependencies declared in {@code xml}, in order. */
    private static List<Dependency> dependencies(String xml) throws Exception {
        String document = xml.contains("<project") ? xml : "<dependencies>" + xml + "</dependencies>";
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(document)));
        NodeList nodes = doc.getElementsByTagName("dependency");
        List<Dependency> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            result.add(new Dependency(text(e, "groupId"), text(e, "artifactId"), text(e, "version"),
                    text(e, "scope").isEmpty() ? "compile" : text(e, "scope")));
        }
        return result;
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }

    private static String projectVersion() {
        String v = System.getProperty("pyheap.version");
        assertTrue(v != null, "surefire passes pyheap.version");
        return v;
    }

    record Run(List<String> command, int code, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
