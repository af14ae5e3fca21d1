package dev.pyheap.cli;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where {@code pyheap repl} reads its lines: a terminal through JLine (line editing, a history
 * file, Ctrl-C and Ctrl-D), or any other stdin read plainly with the prompts on stderr, as CPython's
 * {@code python3 -i} does when its input is not a terminal.
 */
sealed interface ReplInput extends AutoCloseable permits ReplInput.TerminalInput, ReplInput.PipedInput {
    /** A line typed with Ctrl-C instead of Enter: the caller prints KeyboardInterrupt. */
    final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * The next line without its newline, after showing {@code prompt}; null at the end of the input
     * (Ctrl-D on an empty line).
     *
     * @throws Interrupted on Ctrl-C
     */
    String read(String prompt);

    /** Calls {@code onInterrupt} when Ctrl-C is pressed while no line is being read (a statement runs). */
    void onInterrupt(Runnable onInterrupt);

    @Override
    void close();

    /** JLine on the process's terminal, its history in {@code historyFile}. */
    static TerminalInput terminal(Path historyFile) {
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("pyheap")
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    // A Python line is not a shell line: no "!" history expansion, no escapes eaten.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            return new TerminalInput(terminal, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /** The lines of {@code in}; the prompts go to {@code prompts}. */
    static PipedInput piped(InputStream in, PrintWriter prompts) {
        return new PipedInput(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), prompts);
    }

    /** Line editing and history over JLine. */
    record TerminalInput(Terminal terminal, LineReader reader) implements ReplInput {
        @Override
        public String read(String prompt) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                throw new Interrupted();
            } catch (EndOfFileException e) {
                return null;
            }
        }

        @Override
        public void onInterrupt(Runnable onInterrupt) {
            terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
        }

        @Override
        public void close() {
            try {
                reader.getHistory().save();
                terminal.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save the history: " + e.getMessage(), e);
            }
        }
    }

    /** Plain lines; each prompt is written to stderr before the line is read. */
    record PipedInput(BufferedReader lines, PrintWriter prompts) implements ReplInput {
        @Override
        public String read(String prompt) {
            prompts.print(prompt);
            prompts.flush();
            try {
                return lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read stdin: " + e.getMessage(), e);
            }
        }

        @Override
        public void onInterrupt(Runnable onInterrupt) {
            // no terminal: Ctrl-C is the shell's (it ends the process)
        }

        @Override
        public void close() {
        }
    }
}
