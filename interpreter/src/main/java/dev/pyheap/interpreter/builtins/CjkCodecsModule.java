package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code _pyheap_cjkcodecs}: the coding loops of CPython's multibyte codecs (Modules/cjkcodecs:
 * {@code big5}, {@code cp932}, {@code euc_jp}, {@code gb18030}, {@code shift_jis}, ...) over
 * tables recorded from CPython's own codecs ({@code cjkcodecs.txt}, written by
 * {@code interpreter/src/test/python/gen_cjkcodecs.py}, whose comment gives the format). The
 * library's {@code _multibytecodec} keeps the incremental state and raises the errors.
 *
 * <p>Decoding walks a trie per codec: each node has a cell per next byte, which is a code point,
 * two code points, an illegal sequence of n bytes from the sequence's start, or a longer prefix
 * (another node). Two longer forms are rules, not nodes: gb18030's four-byte sequences (a linear
 * index into ranges of code points) and euc_kr's eight-byte make-up sequences of KS X 1001:1998
 * Annex 3 (jamo bytes to a syllable). A prefix at the end of the input is incomplete: kept for the
 * next input, or at the end an error over the rest ("incomplete multibyte sequence"), as CPython's
 * {@code MBERR_TOOFEW}.
 *
 * <p>Encoding is the inverse of decoding (the first sequence in byte order that decodes to the code
 * point alone, then gb18030's ranges), corrected by the recorded differences, and the pairs of code
 * points that encode together (euc_jis_2004's kana with U+309A, big5hkscs's Ê with U+0304): the
 * first of a pair at the end of a non-final input waits for the next, as CPython's encoders return
 * {@code MBERR_TOOFEW} for it. Each character that does not encode is an error of its own.
 *
 * <p>The error handlers {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code xmlcharrefreplace}, {@code namereplace} (unicodedata's names) and {@code surrogateescape}
 * are applied here, as
 * {@code multibytecodec_encerror}/{@code _decerror} apply them; at any other handler (strict,
 * a registered one) the loop stops and reports the error to the caller.
 */
final class CjkCodecsModule {
    private CjkCodecsModule() {
    }

    /** A loop's end: done, stopped at an error, waiting for more input, or an incomplete sequence at the end. */
    private static final int DONE = 0, ERROR = 1, PENDING = 2, INCOMPLETE = 3;

    /** The encoding of a code point that the inverse of decoding would encode but CPython does not. */
    private static final byte[] NONE = new byte[0];

    private static final int PAIR = 0x200000, FOUR = 0x300000, MAKEUP = 0x300001, CHILD = 0x400000;

    /** One codec's tables; immutable once read. */
    private record Tables(String name, int[][] nodes, int[][] pairCells, int[] rangeIndex, int[] rangeCp, int[] rangeCount,
                          Integer[] rangesByCp, Map<Integer, byte[]> encoding, Map<Long, byte[]> pairs, Set<Integer> pairStarts,
                          int[] jamoL, int[] jamoV, int[] jamoT) {
    }

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        Map<String, Tables> loaded = new HashMap<>();
        java.util.function.Function<String, Tables> tables = name -> {
            synchronized (loaded) {
                return loaded.computeIfAbsent(name, CjkCodecsModule::load);
            }
        };
        SysModule.function(space, module, dict, "encode", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "encode", a, n, kw).exactly(5);
            Tables t = tables.apply(space.strType.value(c.get(0)));
            int[] text = space.strType.codePoints(c.get(1));
            int start = (int) space.intType.longValue(c.get(2));
            String errors = space.strType.value(c.get(3));
            boolean last = Abstract.isTrue(space, c.get(4));
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length * 2);
            int[] stop = {start, DONE, 0, -1, -1};
            encode(t, text, errors, last, out, stop);
            return result(space, space.bytesType.of(out.toByteArray()), stop);
        });
        SysModule.function(space, module, dict, "decode", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "decode", a, n, kw).exactly(5);
            Tables t = tables.apply(space.strType.value(c.get(0)));
            byte[] data = Abstract.bufferBytes(space, c.get(1));
            int start = (int) space.intType.longValue(c.get(2));
            String errors = space.strType.value(c.get(3));
            boolean last = Abstract.isTrue(space, c.get(4));
            StringBuilder out = new StringBuilder(data.length);
            int[] stop = {start, DONE, 0, -1, -1};
            decode(t, data, errors, last, out, stop);
            return result(space, space.strType.runtime(out.toString()), stop);
        });
    }

    /**
     * (output, where the loop ended, its state, the end of the error it stopped at, the range of the
     * first error a handler other than ignore and replace took): CPython makes one exception
     * object per call at that first error and moves its start and end to each later one, so the
     * error raised at the end has the first one's {@code args}.
     */
    private static long result(ObjectSpace space, long coded, int[] stop) {
        long[] items = {coded, space.newInt(stop[0]), space.newInt(stop[1]), space.newInt(stop[2]), space.newInt(stop[3]),
                space.newInt(stop[4])};
        long t = space.tupleType.create(items);
        for (long x : items) {
            space.decref(x);
        }
        return t;
    }

    // ------------------------------------------------------------------ encoding

    /** Where a handler took an error: the first such range is kept (stop[3], stop[4]) unless ignore or replace took it. */
    private static void handled(int[] stop, String errors, int start, int end) {
        if (stop[3] < 0 && !errors.equals("ignore") && !errors.equals("replace")) {
            stop[3] = start;
            stop[4] = end;
        }
    }

    /** Encodes text from stop[0]; leaves in stop the position and state where it ended. */
    private static void encode(Tables t, int[] text, String errors, boolean last, ByteArrayOutputStream out, int[] stop) {
        int i = stop[0];
        while (i < text.length) {
            int c = text[i];
            if (t.pairStarts.contains(c)) {
                if (i + 1 == text.length && !last) {
                    stop[0] = i;
                    stop[1] = PENDING;
                    return;
                }
                byte[] pair = i + 1 < text.length ? t.pairs.get((long) c << 21 | text[i + 1]) : null;
                if (pair != null) {
                    out.writeBytes(pair);
                    i += 2;
                    continue;
                }
            }
            byte[] seq = encodeOne(t, c);
            if (seq != null) {
                out.writeBytes(seq);
                i++;
                continue;
            }
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(escape(c).getBytes(StandardCharsets.US_ASCII));
                case "xmlcharrefreplace" -> out.writeBytes(("&#" + c + ";").getBytes(StandardCharsets.US_ASCII));
                case "namereplace" -> {
                    String name = UnicodedataModule.name(c);
                    out.writeBytes((name == null ? escape(c) : "\\N{" + name + "}").getBytes(StandardCharsets.US_ASCII));
                }
                case "surrogateescape" -> {
                    if (c < 0xDC80 || c > 0xDCFF) {
                        stop[0] = i;
                        stop[1] = ERROR;
                        return;
                    }
                    out.write(c - 0xDC00);
                }
                default -> {
                    stop[0] = i;
                    stop[1] = ERROR;
                    return;
                }
            }
            handled(stop, errors, i, i + 1);
            i++;
        }
        stop[0] = i;
        stop[1] = DONE;
    }

    private static byte[] encodeOne(Tables t, int c) {
        byte[] seq = t.encoding.get(c);
        if (seq != null || t.rangesByCp.length == 0) {
            return seq == NONE ? null : seq;
        }
        int lo = 0, hi = t.rangesByCp.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.rangeCp[t.rangesByCp[mid]] <= c) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        int r = t.rangesByCp[found];
        if (c >= t.rangeCp[r] + t.rangeCount[r]) {
            return null;
        }
        int index = t.rangeIndex[r] + c - t.rangeCp[r];
        return new byte[] {(byte) (index / 12600 + 0x81), (byte) (index / 1260 % 10 + 0x30), (byte) (index / 10 % 126 + 0x81),
                (byte) (index % 10 + 0x30)};
    }

    /** backslashreplace's escape of one code point: \xNN, \\uNNNN or \\UNNNNNNNN. */
    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
    }

    // ------------------------------------------------------------------ decoding

    /** Decodes data from stop[0]; leaves in stop the position, the state and an error's end. */
    private static void decode(Tables t, byte[] data, String errors, boolean last, StringBuilder out, int[] stop) {
        int i = stop[0];
        while (i < data.length) {
            int end = sequence(t, data, i, out);
            if (end > 0) {
                i = end;
                continue;
            }
            int errorEnd;
            if (end == 0) {
                if (!last) {
                    stop[0] = i;
                    stop[1] = PENDING;
                    return;
                }
                errorEnd = data.length;
            } else {
                errorEnd = -end;
            }
            boolean handled = switch (errors) {
                case "ignore" -> true;
                case "replace" -> {
                    out.append('\uFFFD');
                    yield true;
                }
                case "backslashreplace" -> {
                    for (int k = i; k < errorEnd; k++) {
                        out.append(String.format("\\x%02x", data[k] & 0xFF));
                    }
                    yield true;
                }
                case "surrogateescape" -> {
                    boolean high = true;
                    for (int k = i; k < errorEnd; k++) {
                        high &= (data[k] & 0xFF) >= 0x80;
                    }
                    if (high) {
                        for (int k = i; k < errorEnd; k++) {
                            out.append((char) (0xDC00 + (data[k] & 0xFF)));
                        }
                    }
                    yield high;
                }
                default -> false;
            };
            if (!handled) {
                stop[0] = i;
                stop[1] = end == 0 ? INCOMPLETE : ERROR;
                stop[2] = errorEnd;
                return;
            }
            handled(stop, errors, i, errorEnd);
            i = errorEnd;
        }
        stop[0] = i;
        stop[1] = DONE;
    }

    /**
     * One sequence from {@code i}: its text appended and its end returned; 0 when the input ends
     * within it; -(end of the error) when it is illegal.
     */
    private static int sequence(Tables t, byte[] data, int i, StringBuilder out) {
        int node = 0;
        int j = i;
        while (true) {
            if (j >= data.length) {
                return 0;
            }
            int cell = t.nodes[node][data[j++] & 0xFF];
            if (cell < 0) {
                return -(i - cell);
            } else if (cell < PAIR) {
                out.appendCodePoint(cell);
                return j;
            } else if (cell < FOUR) {
                int[] two = t.pairCells[cell - PAIR];
                out.appendCodePoint(two[0]).appendCodePoint(two[1]);
                return j;
            } else if (cell == FOUR) {
                return fourBytes(t, data, i, out);
            } else if (cell == MAKEUP) {
                return makeup(t, data, i, out);
            }
            node = cell - CHILD;
        }
    }

    /** gb18030's four-byte sequence at i (the second byte a digit): through the ranges, else one illegal byte. */
    private static int fourBytes(Tables t, byte[] data, int i, StringBuilder out) {
        if (i + 4 > data.length) {
            return 0;
        }
        int b1 = data[i] & 0xFF, b2 = data[i + 1] & 0xFF, b3 = data[i + 2] & 0xFF, b4 = data[i + 3] & 0xFF;
        if (b1 < 0x81 || b1 > 0xFE || b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) {
            return -(i + 1);
        }
        int index = (((b1 - 0x81) * 10 + b2 - 0x30) * 126 + b3 - 0x81) * 10 + b4 - 0x30;
        int k = Arrays.binarySearch(t.rangeIndex, index);
        k = k >= 0 ? k : -k - 2;
        if (k < 0 || index >= t.rangeIndex[k] + t.rangeCount[k]) {
            return -(i + 1);
        }
        out.appendCodePoint(t.rangeCp[k] + index - t.rangeIndex[k]);
        return i + 4;
    }

    /** euc_kr's make-up sequence a4 d4 a4 L a4 V a4 T at i: all eight bytes before anything is decided. */
    private static int makeup(Tables t, byte[] data, int i, StringBuilder out) {
        if (i + 8 > data.length) {
            return 0;
        }
        if (data[i + 2] != (byte) 0xA4 || data[i + 4] != (byte) 0xA4 || data[i + 6] != (byte) 0xA4) {
            return -(i + 1);
        }
        int l = t.jamoL[data[i + 3] & 0xFF], v = t.jamoV[data[i + 5] & 0xFF], tail = t.jamoT[data[i + 7] & 0xFF];
        if (l < 0 || v < 0 || tail < 0) {
            return -(i + 1);
        }
        out.appendCodePoint(0xAC00 + (l * 21 + v) * 28 + tail);
        return i + 8;
    }

    // ------------------------------------------------------------------ the tables

    private static Tables load(String name) {
        List<int[]> nodes = new ArrayList<>();
        List<int[]> pairCells = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Map<Integer, byte[]> encoding = new HashMap<>();
        Map<Integer, byte[]> overrides = new HashMap<>();
        Map<Long, byte[]> pairs = new HashMap<>();
        Set<Integer> pairStarts = new HashSet<>();
        int[][] jamo = {filled(), filled(), filled()};
        String codecName = null;
        HexFormat hex = HexFormat.of();
        try (InputStream in = CjkCodecsModule.class.getResourceAsStream("cjkcodecs.txt")) {
            if (in == null) {
                throw new IllegalStateException("cjkcodecs.txt is missing from the interpreter's resources");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            boolean inCodec = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("C ")) {
                    if (inCodec) {
                        break;
                    }
                    String[] f = line.split(" ");
                    inCodec = f[1].equals(name);
                    codecName = f[2];
                    continue;
                }
                if (!inCodec) {
                    continue;
                }
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "N" -> nodes.add(node(f, nodes, pairCells, name));
                    case "R" -> ranges.add(new int[] {Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16), Integer.parseInt(f[3])});
                    case "X" -> overrides.put(Integer.parseInt(f[1], 16), f[2].equals("-") ? NONE : hex.parseHex(f[2]));
                    case "P" -> {
                        int first = Integer.parseInt(f[1], 16);
                        pairs.put((long) first << 21 | Integer.parseInt(f[2], 16), hex.parseHex(f[3]));
                        pairStarts.add(first);
                    }
                    case "K" -> {
                        int[] into = jamo["LVT".indexOf(f[1])];
                        for (int k = 2; k < f.length; k++) {
                            String[] p = f[k].split(":");
                            into[Integer.parseInt(p[0], 16)] = Integer.parseInt(p[1]);
                        }
                    }
                    default -> throw new IllegalStateException("cjkcodecs.txt: unexpected line " + f[0]);
                }
            }
            if (!inCodec) {
                throw new PyException("LookupError", "no such codec is supported.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        invert(nodes, encoding);
        encoding.putAll(overrides);
        int n = ranges.size();
        int[] index = new int[n], cp = new int[n], count = new int[n];
        Integer[] byCp = new Integer[n];
        for (int k = 0; k < n; k++) {
            index[k] = ranges.get(k)[0];
            cp[k] = ranges.get(k)[1];
            count[k] = ranges.get(k)[2];
            byCp[k] = k;
        }
        Arrays.sort(byCp, (x, y) -> Integer.compare(cp[x], cp[y]));
        return new Tables(codecName, nodes.toArray(int[][]::new), pairCells.toArray(int[][]::new), index, cp, count, byCp,
                Map.copyOf(encoding), Map.copyOf(pairs), Set.copyOf(pairStarts), jamo[0], jamo[1], jamo[2]);
    }

    private static int[] filled() {
        int[] a = new int[256];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * A node line's 256 cells. Its '>' cells are the nodes that follow, in order; gb18030's
     * four-byte prefixes (no node of their own) and euc_kr's make-up prefix 'K' are rules.
     */
    private static int[] node(String[] f, List<int[]> nodes, List<int[]> pairCells, String codec) {
        int[] cells = new int[256];
        int depth = f[1].equals(".") ? 0 : f[1].length() / 2;
        int b = 0;
        for (int k = 2; k < f.length; k++) {
            String cell = f[k];
            int star = cell.indexOf('*');
            int count = star < 0 ? 1 : Integer.parseInt(cell.substring(star + 1));
            cell = star < 0 ? cell : cell.substring(0, star);
            for (int m = 0; m < count; m++, b++) {
                if (cell.equals(">")) {
                    cells[b] = codec.equals("gb18030") && depth == 1 ? FOUR : -1; // children set below
                } else if (cell.equals("K")) {
                    cells[b] = MAKEUP;
                } else if (cell.charAt(0) == '!') {
                    cells[b] = -Integer.parseInt(cell.substring(1));
                } else if (cell.indexOf('+') >= 0) {
                    String[] two = cell.split("\\+");
                    pairCells.add(new int[] {Integer.parseInt(two[0], 16), Integer.parseInt(two[1], 16)});
                    cells[b] = PAIR + pairCells.size() - 1;
                } else {
                    cells[b] = Integer.parseInt(cell, 16) + m;
                }
            }
        }
        // this node is the child of the first unfilled '>' cell of the nodes before it (depth-first order)
        if (depth > 0) {
            attach(nodes, f[1], nodes.size());
        }
        return cells;
    }

    private static void attach(List<int[]> nodes, String prefix, int child) {
        // the parent's prefix is this one's without its last byte; walk from the root
        int node = 0;
        for (int k = 0; k < prefix.length() / 2 - 1; k++) {
            node = nodes.get(node)[Integer.parseInt(prefix.substring(2 * k, 2 * k + 2), 16)] - CHILD;
        }
        nodes.get(node)[Integer.parseInt(prefix.substring(prefix.length() - 2), 16)] = CHILD + child;
    }

    /** Each code point to the first sequence in byte order (depth-first) that decodes to it alone. */
    private static void invert(List<int[]> nodes, Map<Integer, byte[]> encoding) {
        walk(nodes, 0, new byte[0], encoding);
    }

    private static void walk(List<int[]> nodes, int node, byte[] prefix, Map<Integer, byte[]> encoding) {
        int[] cells = nodes.get(node);
        for (int b = 0; b < 256; b++) {
            byte[] seq = Arrays.copyOf(prefix, prefix.length + 1);
            seq[prefix.length] = (byte) b;
            int cell = cells[b];
            if (cell >= 0 && cell < PAIR) {
                encoding.putIfAbsent(cell, seq);
            } else if (cell >= CHILD) {
                walk(nodes, cell - CHILD, seq, encoding);
            }
        }
    }
}
