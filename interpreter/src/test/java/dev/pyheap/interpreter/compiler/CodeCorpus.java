package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.Cases;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantRepr;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.Mod;
import dev.pyheap.interpreter.parser.PythonParser;
import dev.pyheap.interpreter.parser.PythonSyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The code-object corpus: sources (src/test/resources/code/*.cases, the AST corpus corpus/*.cases,
 * the programs programs/**&#47;*.py) with what CPython 3.11 compiled them to, recorded by
 * src/test/python/record_code.py in code/*.expected; and {@link #describe}, which prints one of our
 * code objects in the recording's format, field by field.
 */
final class CodeCorpus {
    private CodeCorpus() {}

    /** A source, the file name it is compiled as, and CPython's lines. */
    record Entry(String set, String name, byte[] source, String filename, List<String> expected) {
        @Override
        public String toString() {
            return set + ":" + name;
        }
    }

    private static final Path CODE = Cases.RESOURCES.resolve("code");

    static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CODE)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
                String base = p.getFileName().toString().replaceFirst("\\.cases$", "");
                out.addAll(fromCases(base, p, CODE.resolve(base + ".expected")));
            }
            try (Stream<Path> corpus = Files.list(Cases.RESOURCES.resolve("corpus"))) {
                for (Path p : corpus.filter(f -> f.toString().endsWith(".cases")).sorted().toList()) {
                    String base = p.getFileName().toString().replaceFirst("\\.cases$", "");
                    out.addAll(fromCases("corpus-" + base, p, CODE.resolve("corpus-" + base + ".expected")));
                }
            }
            Map<String, List<String>> programs = blocks(Files.readString(CODE.resolve("programs.expected")));
            for (Map.Entry<String, List<String>> e : programs.entrySet()) {
                Path src = Cases.RESOURCES.resolve("programs").resolve(e.getKey());
                out.add(new Entry("programs", e.getKey(), Files.readAllBytes(src), src.getFileName().toString(),
                        e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Entry> fromCases(String set, Path cases, Path expected) throws IOException {
        Map<String, List<String>> sources = blocks(Files.readString(cases, StandardCharsets.UTF_8));
        Map<String, List<String>> exp = blocks(Files.readString(expected, StandardCharsets.UTF_8));
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sources.entrySet()) {
            List<String> rec = exp.get(e.getKey());
            if (rec == null) {
                throw new IllegalStateException(expected + ": no recording of " + e.getKey() + " (run record_code.py)");
            }
            String src = String.join("", e.getValue().stream().map(l -> l + "\n").toList());
            out.add(new Entry(set, e.getKey(), src.getBytes(StandardCharsets.UTF_8), "prog.py", rec));
        }
        return out;
    }

    /** Blocks of a .cases/.expected text: name to lines (a .cases source keeps its lines as they are). */
    private static Map<String, List<String>> blocks(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> cur = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                cur = new ArrayList<>();
                out.put(line.substring(4).strip(), cur);
            } else if (cur != null) {
                cur.add(line);
            }
        }
        for (List<String> l : out.values()) {
            while (!l.isEmpty() && l.getLast().isEmpty()) {
                l.removeLast();
            }
        }
        return out;
    }

    /** What our compiler gives for an entry, in the recording's format. */
    static List<String> compile(Entry e) {
        try {
            PythonParser.Mode mode = e.name().startsWith("eval:") ? PythonParser.Mode.EVAL
                    : e.name().startsWith("single:") ? PythonParser.Mode.SINGLE : PythonParser.Mode.EXEC;
            Mod m = PythonParser.parse(e.source(), e.filename(), mode);
            int optimize = e.name().startsWith("O1:") ? 1 : e.name().startsWith("O2:") ? 2 : 0;
            Code co = Analysis.compile(m, e.filename(), optimize, null);
            List<String> out = new ArrayList<>();
            describe(co, out);
            return out;
        } catch (PythonSyntaxError err) {
            return List.of("error " + err.kind() + ": " + err.msg());
        }
    }

    static void describe(Code co, List<String> out) {
        out.add("code " + co.qualname());
        out.add("co_name=" + co.name());
        out.add("co_qualname=" + co.qualname());
        out.add("co_argcount=" + co.argcount());
        out.add("co_posonlyargcount=" + co.posonlyargcount());
        out.add("co_kwonlyargcount=" + co.kwonlyargcount());
        out.add("co_nlocals=" + co.nlocals());
        out.add("co_stacksize=" + co.stacksize());
        out.add("co_flags=" + co.flags());
        out.add("co_firstlineno=" + co.firstlineno());
        out.add("co_code=" + HexFormat.of().formatHex(co.code()));
        out.add("co_consts=" + crepr(new ConstantTuple(co.consts())));
        out.add("co_names=" + crepr(new ConstantTuple(new ArrayList<>(co.names()))));
        out.add("co_varnames=" + crepr(new ConstantTuple(new ArrayList<>(co.varnames()))));
        out.add("co_cellvars=" + crepr(new ConstantTuple(new ArrayList<>(co.cellvars()))));
        out.add("co_freevars=" + crepr(new ConstantTuple(new ArrayList<>(co.freevars()))));
        List<String> lp = new ArrayList<>();
        byte[] kinds = co.localspluskinds();
        for (int i = 0; i < co.localsplusnames().size(); i++) {
            lp.add(co.localsplusnames().get(i) + ":" + String.format("%02x", kinds[i] & 0xFF));
        }
        out.add("co_localsplus=[" + String.join(", ", lp) + "]");
        out.add("co_exceptiontable=" + HexFormat.of().formatHex(co.exceptiontable()));
        out.add("co_linetable=" + HexFormat.of().formatHex(co.linetable()));
        for (String line : Disassembler.disassemble(co).split("\n")) {
            out.add("| " + line.replaceAll(" at 0x[0-9a-f]+", " at 0x?"));
        }
        for (Object c : co.consts()) {
            if (c instanceof Code k) {
                describe(k, out);
            }
        }
    }

    static String crepr(Object v) {
        return switch (v) {
            case Code k -> "code:" + k.qualname();
            case ConstantTuple t -> {
                List<String> items = t.elts().stream().map(CodeCorpus::crepr).toList();
                yield "(" + String.join(", ", items) + (items.size() == 1 ? "," : "") + ")";
            }
            case ConstantFrozenset f -> f.elts().isEmpty() ? "frozenset()"
                    : "frozenset({" + String.join(", ", f.elts().stream().map(CodeCorpus::crepr).sorted().toList()) + "})";
            default -> ConstantRepr.repr(v);
        };
    }

    /** Field name of a described line ("dis" for the disassembly, "code" for the header). */
    static String field(String line) {
        if (line.startsWith("| ")) {
            return "dis";
        }
        if (line.startsWith("code ")) {
            return "code";
        }
        if (line.startsWith("error ")) {
            return "error";
        }
        int eq = line.indexOf('=');
        return eq < 0 ? line : line.substring(0, eq);
    }

    /** Lines grouped as code object index + field to the field's lines. */
    static Map<String, String> fields(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        int obj = -1;
        for (String line : lines) {
            String f = field(line);
            if (f.equals("code")) {
                obj++;
            }
            out.merge(obj + ":" + f, line, (a, b) -> a + "\n" + b);
        }
        return out;
    }
}
