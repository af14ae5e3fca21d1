package dev.pyheap.cli;

import dev.pyheap.api.MemoryError;
import dev.pyheap.api.PyHeapException;
import dev.pyheap.api.UserText;
import dev.pyheap.api.config.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure into one line on stderr and an exit code: 2 for usage and configuration
 * errors, 1 for a run that failed and for anything unexpected. Stack traces only with
 * {@code --debug} or when logging is at DEBUG.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int RUN_FAILED = 1;
    static final int USAGE = 2;

    private final PrintWriter err;
    private final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usage(describe(ex), ex.getCommandLine().getCommandSpec().qualifiedName());
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        return failure(ex, commandLine.getCommandSpec().qualifiedName(), debugRequested(parseResult));
    }

    /**
     * An exception thrown while the command {@code command} ({@code pyheap run}) ran: configuration
     * errors are usage errors, a MemoryError or a heap's refusal a failed run, anything else internal.
     */
    int failure(Exception ex, String command, boolean debug) {
        if (ex instanceof ConfigurationException) {
            return usage(ex.getMessage(), command);
        }
        if (ex instanceof MemoryError) {
            return failed("MemoryError: " + ex.getMessage(), ex, debug);
        }
        if (ex instanceof PyHeapException) {
            return failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex, debug);
        }
        return internal(ex, debug);
    }

    /** An exception before picocli could parse anything, e.g. a command class it cannot reflect on. */
    int internal(Exception ex, boolean debug) {
        err.println("pyheap: internal error: " + oneLine(String.valueOf(ex))
                + (debug ? "" : " (rerun with --debug for the stack trace)"));
        if (debug || log.isDebugEnabled()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return RUN_FAILED;
    }

    private int usage(String message, String command) {
        err.println("pyheap: error: " + oneLine(message) + " (see " + command + " --help)");
        err.flush();
        return USAGE;
    }

    private int failed(String message, Exception ex, boolean debug) {
        err.println("pyheap: " + oneLine(message));
        if (debug || log.isDebugEnabled()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return RUN_FAILED;
    }

    /** picocli's messages, reworded where they would take several lines or talk about "arguments at index". */
    private static String describe(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        String first = unmatched.getUnmatched().get(0);
        boolean hasSubcommands = !ex.getCommandLine().getSubcommands().isEmpty();
        String what;
        if (unmatched.isUnknownOption()) {
            what = "unknown option " + UserText.quote(first);
        } else if (hasSubcommands) {
            what = "unknown command " + UserText.quote(first) + "; commands: "
                    + String.join(", ", ex.getCommandLine().getSubcommands().keySet());
        } else {
            what = "unexpected argument " + UserText.quote(first);
        }
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
            what += " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
                    + "?)";
        }
        return what;
    }

    /** Whether {@code --debug} was given to the command or any of its subcommands. */
    static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quoted values longer than {@link UserText#MAX_QUOTED}, as picocli's own messages echo them: a
     * quote that opens a word (after the start, a blank, '(', ':' or '=') to one that closes it.
     */
    private static final Pattern LONG_QUOTED = Pattern.compile(
            "(?<=^|[\\s(:=])'([^'\\n]{" + (UserText.MAX_QUOTED + 1) + ",})'(?=$|[\\s,;:.)])");
    /** The longest message printed whole. */
    static final int MAX_MESSAGE = 1_000;

    /**
     * The message on one line, with long quoted values shortened as {@link UserText#quote} does (our
     * messages already do; picocli's echo whatever they were given) and the whole bounded.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        line = LONG_QUOTED.matcher(line).replaceAll(m -> Matcher.quoteReplacement(UserText.quote(m.group(1))));
        if (line.length() > MAX_MESSAGE) {
            line = line.substring(0, MAX_MESSAGE) + "... (" + String.format(Locale.ROOT, "%,d", line.length())
                    + " characters)";
        }
        return line;
    }
}
