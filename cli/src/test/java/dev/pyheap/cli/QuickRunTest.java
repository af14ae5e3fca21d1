package dev.pyheap.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.pyheap.driver.scheduling.RunSpec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command lines {@link QuickRun} reads without picocli mean what picocli makes of them, and the
 * others are left to picocli; run either way, a program gives the same output and exit code.
 */
final class QuickRunTest {
    @TempDir
    Path dir;

    private static final List<List<String>> QUICK = List.of(
            List.of("run", "prog.py"),
            List.of("run", "prog.py", "a", "--collector", "x", "-c", "y", "--", "-"),
            List.of("run", "-c", "print(1)"),
            List.of("run", "-c", ""),
            List.of("run", "-c", "pass", "a", "-b", "--threads", "2"),
            List.of("run", "-"),
            List.of("run", "-", "--json", "x"),
            List.of("--debug", "run", "prog.py"),
            List.of("run", "--debug", "-c", "pass"),
            List.of("--debug", "run", "--debug", "prog.py", "--debug"),
            List.of("run", "--workload", "gcbench"),
            List.of("run", "--workload=churn"),
            List.of("--debug", "run", "--workload", "nosuch"));

    private static final List<List<String>> PICOCLI = List.of(
            List.of("run"),
            List.of("run", "--json", "prog.py"),
            List.of("run", "-c", "pass", "--collector", "refcount"),
            List.of("run", "-c", "pass", "-"),
            List.of("run", "-c", "-1"),
            List.of("run", "-c"),
            List.of("run", "-cpass"),
            List.of("run", "-m", "timeit", "-n", "1"),
            List.of("run", "--", "prog.py"),
            List.of("run", "@args.txt"),
            List.of("run", "prog.py", "@args.txt"),
            List.of("run", "--help"),
            List.of("run", "--workload"),
            List.of("run", "--workload="),
            List.of("run", "--workload", "-c"),
            List.of("run", "--workload", "gcbench", "--ops", "10"),
            List.of("run", "--ops", "10", "--workload", "gcbench"),
            List.of("run", "--workload", "gcbench", "prog.py"),
            List.of("--version"),
            List.of("list"),
            List.of("runs", "prog.py"),
            List.of());

    @Test
    void picocliReadsEveryQuickCommandLineTheSameWay() {
        for (List<String> args : QUICK) {
            Optional<QuickRun> quick = QuickRun.parse(args.toArray(String[]::new));
            assertTrue(quick.isPresent(), "read without picocli: " + args);
            CommandLine.ParseResult top = picocli().parseArgs(args.toArray(String[]::new));
            CommandLine.ParseResult run = top.subcommand();
            assertEquals("run", run.commandSpec().name(), args.toString());
            for (CommandLine.Model.OptionSpec option : run.matchedOptions()) {
                assertTrue(List.of("-c", "--debug", "--workload").contains(option.longestName()),
                        args + ": picocli matched " + option.longestName());
            }
            assertEquals(run.commandSpec().findOption("-c").getValue(), quick.get().code(), args + ": -c");
            assertEquals(run.hasMatchedOption("--workload") ? run.matchedOptionValue("--workload", "") : null,
                    quick.get().workload(), args + ": --workload");
            List<String> program = run.commandSpec().positionalParameters().get(0).getValue();
            assertEquals(program == null ? List.of() : program, quick.get().program(), args + ": program");
            assertEquals(ErrorReporter.debugRequested(top), quick.get().debug(), args + ": --debug");
        }
    }

    @Test
    void otherCommandLinesAreLeftToPicocli() {
        for (List<String> args : PICOCLI) {
            assertFalse(QuickRun.parse(args.toArray(String[]::new)).isPresent(), args.toString());
        }
    }

    @Test
    void aProgramRunsTheSameEitherWay() throws Exception {
        Files.writeString(dir.resolve("prog.py"), "import sys\nprint(sys.argv)\nprint(1/0)\n");
        CliRun quick = CliRun.run(Map.of(), dir, "run", "prog.py", "x");
        CliRun parsed = CliRun.run(Map.of(), dir, "run", "--seed", "1", "prog.py", "x"); // an option: picocli
        assertEquals(1, quick.code());
        assertEquals(parsed.toString(), quick.toString());
        assertTrue(quick.err().endsWith("ZeroDivisionError: division by zero\n"), quick.err());
    }

    /** A quick workload runs with RunSpec.of's settings: they must be the defaults picocli gives run's options. */
    @Test
    void aQuickWorkloadHasTheDefaultsOfRunsOptions() {
        CommandLine.Model.CommandSpec run = picocli().parseArgs("run", "--workload", "churn").subcommand().commandSpec();
        RunSpec quick = RunSpec.of("churn");
        assertEquals(quick.threads(), (int) run.findOption("--threads").getValue());
        assertEquals(quick.seed(), (long) run.findOption("--seed").getValue());
        assertEquals(quick.yieldPolicy(), run.findOption("--yield").getValue());
        assertEquals(quick.verify(), run.findOption("--verify").getValue());
        assertEquals(false, run.findOption("--json").getValue());
        assertNull(run.findOption("--ops").getValue());
        assertEquals(0, quick.ops());
        assertNull(run.findOption("--duration").getValue());
        assertNull(quick.duration());
    }

    @Test
    void aWorkloadRunsTheSameEitherWay() {
        CliRun quick = CliRun.run(Map.of(), dir, "run", "--workload", "seeds");
        CliRun parsed = CliRun.run(Map.of(), dir, "run", "--seed", "0x5EED", "--workload", "seeds");
        assertEquals(0, quick.code(), quick.toString());
        assertEquals(parsed.code(), quick.code());
        // Addresses and timings differ from run to run; the lines, words and order do not.
        assertEquals(parsed.toString().replaceAll("[0-9][0-9,.]*", "N"), quick.toString().replaceAll("[0-9][0-9,.]*", "N"));
        assertTrue(quick.out().contains("leak check     ok"), quick.out());
    }

    @Test
    void anUnknownWorkloadIsTheSameErrorEitherWay() {
        CliRun quick = CliRun.run(Map.of(), dir, "run", "--workload", "nosuch");
        CliRun parsed = CliRun.run(Map.of(), dir, "run", "--seed", "1", "--workload", "nosuch");
        assertEquals(2, quick.code(), quick.toString());
        assertEquals(parsed.toString(), quick.toString());
        assertTrue(quick.singleErrorLine().contains("unknown workload 'nosuch'"), quick.err());
    }

    @Test
    void aConfigurationErrorIsTheSameUsageErrorEitherWay() {
        Map<String, String> environment = Map.of("PYHEAP_COLLECTOR", "nosuch");
        CliRun quick = CliRun.run(environment, dir, "run", "-c", "pass");
        CliRun parsed = CliRun.run(environment, dir, "run", "--seed", "1", "-c", "pass");
        assertEquals(2, quick.code());
        assertEquals(parsed.toString(), quick.toString());
        assertTrue(quick.singleErrorLine().startsWith("pyheap: error: ") && quick.err().contains("(see pyheap run --help)"),
                quick.err());
    }

    private CommandLine picocli() {
        Context context = new Context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), dir, false);
        CommandLine commandLine = new CommandLine(new PyheapCommand());
        Main.subcommands(context).forEach((name, subcommand) -> commandLine.addSubcommand(name, subcommand.get()));
        return commandLine;
    }
}
