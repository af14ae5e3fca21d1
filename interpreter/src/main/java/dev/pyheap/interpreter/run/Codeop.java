package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.compiler.Analysis;
import dev.pyheap.interpreter.compiler.Code;
import dev.pyheap.interpreter.parser.CompileWarning;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the lines typed so far make a whole statement (Lib/codeop.py's {@code compile_command}),
 * and its code in {@code 'single'} mode when they do.
 *
 * <pre>
 *   source only blank lines and comments  -> "pass" (nothing runs)
 *   1. parse(source) with DONT_IMPLY_DEDENT + ALLOW_INCOMPLETE_INPUT succeeds -> complete
 *   2. otherwise parse(source + "\n") the same way succeeds, or fails with "incomplete input"
 *                                          -> incomplete: the prompt becomes "..."
 *   3. otherwise compile(source, 'single') plainly: its code, or its SyntaxError
 * </pre>
 * Step 1 is why a block needs an empty line: with no DEDENT implied at the end, {@code if x:\n  y}
 * is still open; the empty line adds the newline after which the tokenizer dedents. An unclosed
 * bracket, a backslash continuation or an unfinished triple-quoted string stops the tokenizer at the
 * end of the input, which the parser reports as incomplete input.
 */
public final class Codeop {
    private Codeop() {
    }

    /** What the lines so far are. */
    public sealed interface Input {
    }

    /** More lines are needed. */
    public record Incomplete() implements Input {
    }

    /** A whole statement, compiled in {@code 'single'} mode, with the warnings its compilation gave. */
    public record Complete(Code code, List<CompileWarning> warnings) implements Input {
    }

    /** A statement that more lines cannot fix. */
    public record Invalid(PythonSyntaxError error) implements Input {
    }

    /** {@code codeop.compile_command(source, filename, 'single')}. */
    public static Input compileCommand(String source, String filename) {
        if (source.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.charAt(0) == '#')) {
            source = "pass";
        }
        try {
            PythonParser.parseAllowingIncomplete(source, filename, PythonParser.Mode.SINGLE);
        } catch (PythonSyntaxError first) {
            try {
                PythonParser.parseAllowingIncomplete(source + "\n", filename, PythonParser.Mode.SINGLE);
                return new Incomplete();
            } catch (PythonSyntaxError second) {
                if (second.msg().contains("incomplete input")) {
                    return new Incomplete();
                }
            }
        }
        return compile(source, filename);
    }

    /** {@code compile(source, filename, 'single')}: the lines as they are, whole or not (the end of the input). */
    public static Input compile(String source, String filename) {
        List<CompileWarning> warnings = new ArrayList<>();
        try {
            var mod = PythonParser.parse(source, filename, PythonParser.Mode.SINGLE, warnings);
            return new Complete(Analysis.compile(mod, filename, 0, warnings), warnings);
        } catch (PythonSyntaxError e) {
            return new Invalid(e);
        }
    }
}
