package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer tool: prints our code objects of a file in record_code.py's format, to diff with CPython's. */
public final class DescribeFile {
    private DescribeFile() {}

    public static void main(String[] args) throws Exception {
        byte[] src = Files.readAllBytes(Path.of(args[0]));
        Mod.Module m = (Mod.Module) PythonParser.parse(src, args[0], PythonParser.Mode.EXEC);
        List<String> lines = new ArrayList<>();
        CodeCorpus.describe(Analysis.of(m, args[0], 0).code(), lines);
        lines.forEach(System.out::println);
    }
}
