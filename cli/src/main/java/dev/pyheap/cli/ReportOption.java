package dev.pyheap.cli;

import dev.pyheap.api.UserText;
import dev.pyheap.cli.output.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code --report FILE.html} of {@code run} and {@code compare}: the run as one self-contained HTML page ({@link HtmlReport}). */
final class ReportOption {
    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the run as one self-contained HTML page (no network needed to view it): heap"
                    + " mapped and allocated bytes and objects per generation over time, every collection's pause on a"
                    + " timeline with p50/p99/max and the total, the top allocation sites with --tracemalloc, the leak"
                    + " groups with --leaks, the arena map at the end; under compare every collector on shared axes.")
    Path report;

    /** The report's file, resolved and checked before the run (usage errors), or null when not asked for. */
    Path file(CommandLine commandLine, Context context) {
        if (report == null) {
            return null;
        }
        String shown = "--report " + UserText.quote(report.toString());
        String name = report.getFileName() == null ? "" : report.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new CommandLine.ParameterException(commandLine, shown + ": the file name must end in .html");
        }
        Path file = context.workingDirectory().resolve(report);
        OutputFile.check(commandLine, shown, file);
        return file;
    }

    /** Writes the page; a failure is one line on stderr and exit code 1, success 0. */
    int write(Context context, Path file, String title, List<HtmlReport.Run> runs) {
        try {
            Files.writeString(file, HtmlReport.write(title, runs), StandardCharsets.UTF_8);
            return ErrorReporter.OK;
        } catch (IOException e) {
            context.err().println("pyheap: cannot write the report: " + UserText.quote(report.toString()) + ": "
                    + UserText.reason(e));
            context.err().flush();
            return ErrorReporter.RUN_FAILED;
        }
    }
}
