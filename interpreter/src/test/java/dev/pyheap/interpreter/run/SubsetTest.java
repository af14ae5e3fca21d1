package dev.pyheap.interpreter.run;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The constructs refused before a program runs: {@code except*}, found at any depth (also inside a
 * {@code match} case or an {@code async} function); {@code match} and the {@code async} forms run.
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
    void asyncFormsRun() {
        assertNull(check("async def f(a):\n    async with a as b:\n        async for c in b:\n            await c\n"));
    }

    @Test
    void exceptStarInsideAnAsyncFunctionInAMatchCaseIsRefused() {
        assertEquals("4:13: 'except*' is not supported",
                check("match x:\n    case 1:\n        async def f():\n            try:\n                pass\n"
                        + "            except* ValueError:\n                pass\n"));
    }

    @Test
    void exceptStarIsRefused() {
        assertEquals("2:5: 'except*' is not supported",
                check("def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n"));
    }
}
