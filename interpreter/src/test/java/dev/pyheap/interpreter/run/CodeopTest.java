package dev.pyheap.interpreter.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Incomplete-input detection: each input of {@code interactive/codeop.cases} gets the verdict
 * CPython 3.11's {@code codeop.compile_command(source, '<stdin>', 'single')} gave it
 * ({@code codeop.expected}, recorded by {@code record_codeop.py}): a block needs an empty line, an
 * unclosed bracket, backslash or triple-quoted string continues, anything else is complete or an error.
 */
class CodeopTest {
    record Case(String line, String expected) {
        @Override
        public String toString() {
            return line;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = CodeopTest.class.getResourceAsStream("/interactive/codeop.expected")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> {
                int tab = l.lastIndexOf('\t');
                return new Case(l.substring(0, tab), l.substring(tab + 1));
            }).toList();
        }
    }

    static String unescape(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == 'n' || line.charAt(i + 1) == '\\')) {
                b.append(line.charAt(++i) == 'n' ? '\n' : '\\');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void verdictIsCodeops(Case c) {
        String verdict = switch (Codeop.compileCommand(unescape(c.line()), "<stdin>")) {
            case Codeop.Incomplete() -> "incomplete";
            case Codeop.Complete(var code, var warnings) -> "complete";
            case Codeop.Invalid(var e) -> "error " + e.kind() + ": " + e.msg();
        };
        assertEquals(c.expected(), verdict);
    }
}
