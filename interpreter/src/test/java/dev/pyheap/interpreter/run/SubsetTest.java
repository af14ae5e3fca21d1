package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The constructs refused before a program runs: the {@code async} forms, found at any depth (also
 * inside a {@code match} case or an {@code except*} handler); {@code match} and {@code except*} run.
 */
class SubsetTest {
    private static String check(String source) {
        Mod.Module module = (Mod.Module) PythonParser.parse(source, "prog.py", PythonParser.Mode.EXEC);
        return Subset.check(module.body());
    }

    @Test
    void matchRuns() {
        assertNull(check("match x:\n    case [a, *b]:\n        pass\n    case {'k': v}:\n        pass\n"));
    }

    @Test
    void asyncInsideAMatchCaseIsRefused() {
        assertEquals("4:9: 'async def' is not supported",
                check("match x:\n    case 1:\n        pass\n        async def f():\n            pass\n"));
    }

    @Test
    void exceptStarRuns() {
        assertNull(check("def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n"));
    }

    @Test
    void asyncInsideAnExceptStarHandlerIsRefused() {
        assertEquals("4:5: 'async def' is not supported",
                check("try:\n    pass\nexcept* ValueError:\n    async def f():\n        pass\n"));
    }
}
