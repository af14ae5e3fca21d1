package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantRepr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lib/dis.py (3.11) for {@link Code}: {@link #dis} prints what {@code dis.dis(code)} prints (line
 * numbers, jump-target markers, offsets, names, argument values, the exception table, then the
 * nested code objects), with caches hidden as dis does by default; {@link #positions} decodes the
 * location table as {@code co_positions()} and {@link #lines} as {@code co_lines()}.
 */
public final class Disassembler {
    private Disassembler() {}

    /** One code unit's location: lines 1-based, columns 0-based in UTF-8 bytes; -1 for none. */
    public record Position(int lineno, int endLineno, int col, int endCol) {}

    /** An entry of co_exceptiontable, in bytes as dis reports it. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    /** dis.dis(code): this code object, then each nested one. */
    public static String dis(Code co) {
        StringBuilder sb = new StringBuilder();
        disRecursive(co, sb, -1);
        return sb.toString();
    }

    /** dis.dis(code, depth=0): this code object alone. */
    public static String disassemble(Code co) {
        StringBuilder sb = new StringBuilder();
        disRecursive(co, sb, 0);
        return sb.toString();
    }

    private static void disRecursive(Code co, StringBuilder sb, int depth) {
        disassembleOne(co, sb);
        if (depth != 0) {
            for (Object x : co.consts()) {
                if (x instanceof Code k) {
                    sb.append('\n');
                    sb.append("Disassembly of ").append(codeRepr(k)).append(":\n");
                    disRecursive(k, sb, depth - 1);
                }
            }
        }
    }

    /** repr() of a code object (the address is this JVM's identity hash). */
    public static String codeRepr(Code k) {
        return "<code object " + k.name() + " at 0x" + Integer.toHexString(System.identityHashCode(k)) + ", file \""
                + k.filename() + "\", line " + k.firstlineno() + ">";
    }

    /** repr() of a constant as dis prints it. */
    public static String constRepr(Object v) {
        if (v instanceof ConstantFrozenset f) {
            List<Object> order = setIterationOrder(f.elts());
            if (order != null) {
                return ConstantRepr.repr(new ConstantFrozenset(order));
            }
        }
        return v instanceof Code k ? codeRepr(k) : ConstantRepr.repr(v);
    }

    /**
     * The order CPython's set iterates {@code items} inserted in order (Objects/setobject.c: open
     * addressing from hash &amp; mask, 9 linear probes then perturbation, table growth at 3/5 full),
     * when every item is an int or bool whose hash is itself; null otherwise (a str hash is seeded
     * per process, so its order is not fixed).
     */
    static List<Object> setIterationOrder(List<Object> items) {
        long[] hashes = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Object o = items.get(i);
            long h;
            if (o instanceof Boolean b) {
                h = b ? 1 : 0;
            } else if (o instanceof Long l && Math.abs(l) < (1L << 61) - 1) {
                h = l == -1 ? -2 : l;
            } else {
                return null;
            }
            hashes[i] = h;
        }
        int mask = 7;
        Object[] table = new Object[mask + 1];
        long[] tableHash = new long[mask + 1];
        int fill = 0;
        for (int k = 0; k < items.size(); k++) {
            if (insert(table, tableHash, mask, items.get(k), hashes[k])) {
                fill++;
                if (fill * 5 >= mask * 3) {
                    int newsize = 8;
                    while (newsize <= fill * 4) {
                        newsize <<= 1;
                    }
                    Object[] nt = new Object[newsize];
                    long[] nh = new long[newsize];
                    for (int i = 0; i <= mask; i++) {
                        if (table[i] != null) {
                            insert(nt, nh, newsize - 1, table[i], tableHash[i]);
                        }
                    }
                    table = nt;
                    tableHash = nh;
                    mask = newsize - 1;
                }
            }
        }
        List<Object> out = new ArrayList<>();
        for (Object o : table) {
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** set_add_entry without dummies: false if an equal item is there already (equal hashes are not enough: hash(-1) == hash(-2)). */
    private static boolean insert(Object[] table, long[] hashes, int mask, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + 9 <= mask ? 9 : 0;
            int j = i;
            do {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    return true;
                }
                if (hashes[j] == hash && table[j].equals(key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** co_lines(): (start byte, end byte, line or -1). */
    public static List<int[]> lines(Code co) {
        List<int[]> out = new ArrayList<>();
        byte[] t = co.linetable();
        int line = co.firstlineno();
        int end = 0;
        int p = 0;
        while (p < t.length) {
            int first = t[p] & 0xFF;
            int code = (first >> 3) & 15;
            int len = (first & 7) + 1;
            p++;
            int delta = 0;
            switch (code) {
                case 15 -> {
                }
                case 13, 14 -> {
                    int[] r = readVarint(t, p);
                    delta = signed(r[0]);
                    p = r[1];
                }
                case 10, 11, 12 -> delta = code - 10;
                default -> {
                }
            }
            line += delta;
            while (p < t.length && (t[p] & 0x80) == 0) {
                p++;
            }
            int start = end;
            end += len * 2;
            out.add(new int[] {start, end, code == 15 ? -1 : line});
        }
        return out;
    }

    /** co_positions(): one position per code unit. */
    public static List<Position> positions(Code co) {
        List<Position> out = new ArrayList<>();
        byte[] t = co.linetable();
        int line = co.firstlineno();
        int p = 0;
        while (p < t.length) {
            int first = t[p++] & 0xFF;
            int code = (first >> 3) & 15;
            int len = (first & 7) + 1;
            Position pos;
            switch (code) {
                case 15 -> pos = new Position(-1, -1, -1, -1);
                case 14 -> {
                    int[] r = readVarint(t, p);
                    line += signed(r[0]);
                    r = readVarint(t, r[1]);
                    int endLine = line + r[0];
                    r = readVarint(t, r[1]);
                    int col = r[0] - 1;
                    r = readVarint(t, r[1]);
                    int endCol = r[0] - 1;
                    p = r[1];
                    pos = new Position(line, endLine, col, endCol);
                }
                case 13 -> {
                    int[] r = readVarint(t, p);
                    line += signed(r[0]);
                    p = r[1];
                    pos = new Position(line, line, -1, -1);
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    int col = t[p++] & 0xFF;
                    int endCol = t[p++] & 0xFF;
                    pos = new Position(line, line, col, endCol);
                }
                default -> {
                    int second = t[p++] & 0xFF;
                    int col = code * 8 + ((second >> 4) & 7);
                    pos = new Position(line, line, col, col + (second & 15));
                }
            }
            for (int i = 0; i < len; i++) {
                out.add(pos);
            }
        }
        return out;
    }

    private static int[] readVarint(byte[] t, int p) {
        int read = t[p++] & 0xFF;
        int val = read & 63;
        int shift = 0;
        while ((read & 64) != 0) {
            read = t[p++] & 0xFF;
            shift += 6;
            val |= (read & 63) << shift;
        }
        return new int[] {val, p};
    }

    private static int signed(int v) {
        return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
    }

    /** co_exceptiontable decoded (Lib/dis.py's _parse_exception_table). */
    public static List<ExceptionEntry> exceptionEntries(Code co) {
        byte[] t = co.exceptiontable();
        List<ExceptionEntry> out = new ArrayList<>();
        int[] p = {0};
        while (p[0] < t.length) {
            int start = tableVarint(t, p) * 2;
            int length = tableVarint(t, p) * 2;
            int target = tableVarint(t, p) * 2;
            int dl = tableVarint(t, p);
            out.add(new ExceptionEntry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int tableVarint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xFF;
        int val = b & 63;
        while ((b & 64) != 0) {
            val <<= 6;
            b = t[p[0]++] & 0xFF;
            val |= b & 63;
        }
        return val;
    }

    /** (offset, opcode, arg or null) of each instruction, caches skipped (_unpack_opargs). */
    private static List<int[]> unpack(byte[] code) {
        List<int[]> out = new ArrayList<>();
        int extended = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            caches = Opcode.caches(op);
            if (op >= Opcode.HAVE_ARGUMENT) {
                int arg = (code[i + 1] & 0xFF) | extended;
                extended = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
                out.add(new int[] {i, op, arg, 1});
            } else {
                extended = 0;
                out.add(new int[] {i, op, 0, 0});
            }
        }
        return out;
    }

    private static int jumpTarget(int offset, int op, int arg) {
        int signed = Opcode.isBackwardJump(op) ? -arg : arg;
        return offset + 2 + signed * 2;
    }

    private static void disassembleOne(Code co, StringBuilder sb) {
        byte[] code = co.code();
        Map<Integer, Integer> linestarts = new LinkedHashMap<>();
        Integer lastline = null;
        for (int[] r : lines(co)) {
            if (r[2] >= 0 && (lastline == null || r[2] != lastline)) {
                lastline = r[2];
                linestarts.put(r[0], r[2]);
            }
        }
        boolean showLineno = !linestarts.isEmpty();
        int linenoWidth = 0;
        if (showLineno) {
            int max = linestarts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            linenoWidth = max >= 1000 ? Integer.toString(max).length() : 3;
        }
        int maxoffset = code.length - 2;
        int offsetWidth = maxoffset >= 10000 ? Integer.toString(maxoffset).length() : 4;
        List<int[]> instrs = unpack(code);
        Set<Integer> labels = new HashSet<>();
        for (int[] in : instrs) {
            if (in[3] == 1 && Opcode.isRelativeJump(in[1])) {
                labels.add(jumpTarget(in[0], in[1], in[2]));
            }
        }
        List<ExceptionEntry> entries = exceptionEntries(co);
        for (ExceptionEntry e : entries) {
            if (e.end() > e.start()) {
                labels.add(e.target());
            }
        }
        for (int[] in : instrs) {
            int offset = in[0];
            int op = in[1];
            Integer startsLine = linestarts.get(offset);
            if (showLineno && startsLine != null && offset > 0) {
                sb.append('\n');
            }
            List<String> fields = new ArrayList<>();
            if (linenoWidth > 0) {
                fields.add(startsLine != null ? pad(Integer.toString(startsLine), linenoWidth)
                        : " ".repeat(linenoWidth));
            }
            fields.add("   ");
            fields.add(labels.contains(offset) ? ">>" : "  ");
            fields.add(pad(Integer.toString(offset), offsetWidth));
            String name = Opcode.name(op);
            if (name == null) {
                name = "<" + op + ">";
            }
            fields.add(name + " ".repeat(Math.max(0, 20 - name.length())));
            if (in[3] == 1) {
                fields.add(pad(Integer.toString(in[2]), 5));
                String argrepr = argrepr(co, offset, op, in[2]);
                if (!argrepr.isEmpty()) {
                    fields.add("(" + argrepr + ")");
                }
            }
            sb.append(String.join(" ", fields).stripTrailing()).append('\n');
        }
        if (!entries.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionEntry e : entries) {
                sb.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ").append(e.target())
                        .append(" [").append(e.depth()).append("]").append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
    private static final String[] FORMAT_CONVERTERS = {"", "str", "repr", "ascii"};

    private static String argrepr(Code co, int offset, int op, int arg) {
        if (Opcode.hasConst(op)) {
            return op == Opcode.LOAD_CONST ? constRepr(co.consts().get(arg)) : "";
        }
        if (Opcode.hasName(op)) {
            if (op == Opcode.LOAD_GLOBAL) {
                String n = co.names().get(arg / 2);
                return (arg & 1) != 0 ? "NULL + " + n : n;
            }
            return co.names().get(arg);
        }
        if (Opcode.isRelativeJump(op)) {
            return "to " + jumpTarget(offset, op, arg);
        }
        if (Opcode.hasLocal(op) || Opcode.hasFree(op)) {
            return co.localsplusnames().get(arg);
        }
        if (op == Opcode.COMPARE_OP) {
            return Opcode.CMP_OP.get(arg);
        }
        if (op == Opcode.FORMAT_VALUE) {
            String r = FORMAT_CONVERTERS[arg & 3];
            if ((arg & 4) != 0) {
                r = r.isEmpty() ? "with format" : r + ", with format";
            }
            return r;
        }
        if (op == Opcode.MAKE_FUNCTION) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if ((arg & (1 << i)) != 0) {
                    parts.add(MAKE_FUNCTION_FLAGS[i]);
                }
            }
            return String.join(", ", parts);
        }
        if (op == Opcode.BINARY_OP) {
            return Opcode.NB_OPS.get(arg);
        }
        return "";
    }
}
