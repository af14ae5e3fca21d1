package dev.pyheap.interpreter.compiler;

import dev.pyheap.interpreter.ast.Complex;
import dev.pyheap.interpreter.ast.ConstantFrozenset;
import dev.pyheap.interpreter.ast.ConstantTuple;
import dev.pyheap.interpreter.ast.PySingleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A compiled module kept as bytes, to be loaded instead of compiled again (Python/marshal.c and the
 * header of Lib/importlib/_bootstrap_external.py's {@code .pyc} files, in a format of our own): the
 * build writes one for each module of the Python library, and the import system loads it when it
 * still matches the module's source.
 *
 * <pre>
 *   header  "PYHC"  format version (int)  source length (int)  CRC-32C of the source bytes (int)
 *           body length (int)  CRC-32C of the body (int)
 *   body    one object: the module's Code
 *   object  a tag byte, then its data:
 *           '0' null   'N' None   'E' Ellipsis   'T' True   'F' False
 *           'i' Integer   'l' Long   'b' BigInteger (two's complement bytes)   'd' Double (raw bits)
 *           'x' Complex (two raw doubles)   's' String (UTF-16 units)   'y' bytes
 *           't' tuple, 'f' frozenset (count, then the items)   'c' Code (its fields in record order)
 *           'r' a reference: the index of an object written before
 * </pre>
 *
 * <p>Every object but the singletons gets an index once it is complete (after its items), in the
 * same order on both sides, and an object met again is written as a reference to it: a loaded code
 * object shares its constants exactly as the compiled one did (the compiler gives equal constants of
 * a module one Java object, and the evaluator makes one heap object per Java object). A body written
 * by another format version, for another source, cut short or damaged (its checksum), loads as
 * nothing: the caller compiles the source instead.
 */
public final class CodeMarshal {
    /** Changed whenever the body's layout or the meaning of a field changes. */
    public static final int FORMAT_VERSION = 1;
    private static final int MAGIC = ('P' << 24) | ('Y' << 16) | ('H' << 8) | 'C';

    private CodeMarshal() {
    }

    /** The bytes of {@code code}, compiled from {@code source}. */
    public static byte[] dump(Code code, byte[] source) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        ByteArrayOutputStream all = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(body); DataOutputStream header = new DataOutputStream(all)) {
            new Writer(out).object(code);
            out.flush();
            byte[] b = body.toByteArray();
            header.writeInt(MAGIC);
            header.writeInt(FORMAT_VERSION);
            header.writeInt(source.length);
            header.writeInt(checksum(source, 0, source.length));
            header.writeInt(b.length);
            header.writeInt(checksum(b, 0, b.length));
            header.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return all.toByteArray();
    }

    /**
     * The code object in {@code data}, or empty when {@code data} was not written by this format
     * version from {@code source} (another source, a damaged or cut-short file).
     */
    public static Optional<Code> load(byte[] data, byte[] source) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION || in.readInt() != source.length
                    || in.readInt() != checksum(source, 0, source.length)) {
                return Optional.empty();
            }
            int length = in.readInt();
            int header = 6 * Integer.BYTES;
            if (length != data.length - header || in.readInt() != checksum(data, header, length)) {
                return Optional.empty();
            }
            Object o = new Reader(in).object();
            return o instanceof Code code && in.read() < 0 ? Optional.of(code) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static int checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Object, Integer> written = new IdentityHashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void object(Object o) throws IOException {
            if (o == null) {
                out.writeByte('0');
                return;
            }
            if (o == PySingleton.None || o == PySingleton.Ellipsis || o instanceof Boolean) {
                out.writeByte(o == PySingleton.None ? 'N' : o == PySingleton.Ellipsis ? 'E'
                        : (Boolean) o ? 'T' : 'F');
                return;
            }
            Integer index = written.get(o);
            if (index != null) {
                out.writeByte('r');
                out.writeInt(index);
                return;
            }
            switch (o) {
                case Integer i -> {
                    out.writeByte('i');
                    out.writeInt(i);
                }
                case Long l -> {
                    out.writeByte('l');
                    out.writeLong(l);
                }
                case BigInteger b -> {
                    out.writeByte('b');
                    bytes(b.toByteArray());
                }
                case Double d -> {
                    out.writeByte('d');
                    out.writeLong(Double.doubleToRawLongBits(d));
                }
                case Complex c -> {
                    out.writeByte('x');
                    out.writeLong(Double.doubleToRawLongBits(c.real()));
                    out.writeLong(Double.doubleToRawLongBits(c.imag()));
                }
                case String s -> {
                    out.writeByte('s');
                    out.writeInt(s.length());
                    out.writeChars(s);
                }
                case byte[] b -> {
                    out.writeByte('y');
                    bytes(b);
                }
                case ConstantTuple t -> items('t', t.elts());
                case ConstantFrozenset f -> items('f', f.elts());
                case Code c -> code(c);
                default -> throw new IllegalArgumentException("a constant of kind " + o.getClass().getName()
                        + " cannot be written");
            }
            written.put(o, written.size());
        }

        private void bytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }

        private void items(char tag, List<?> items) throws IOException {
            out.writeByte(tag);
            out.writeInt(items.size());
            for (Object item : items) {
                object(item);
            }
        }

        private void code(Code c) throws IOException {
            out.writeByte('c');
            object(c.filename());
            object(c.name());
            object(c.qualname());
            out.writeInt(c.flags());
            bytes(c.code());
            out.writeInt(c.firstlineno());
            bytes(c.linetable());
            bytes(c.exceptiontable());
            list(c.consts());
            list(c.names());
            list(c.localsplusnames());
            bytes(c.localspluskinds());
            out.writeInt(c.argcount());
            out.writeInt(c.posonlyargcount());
            out.writeInt(c.kwonlyargcount());
            out.writeInt(c.stacksize());
        }

        private void list(List<?> items) throws IOException {
            out.writeInt(items.size());
            for (Object item : items) {
                object(item);
            }
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Object> read = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object object() throws IOException {
            int tag = in.readUnsignedByte();
            Object o = switch (tag) {
                case '0' -> null;
                case 'N' -> PySingleton.None;
                case 'E' -> PySingleton.Ellipsis;
                case 'T' -> Boolean.TRUE;
                case 'F' -> Boolean.FALSE;
                case 'r' -> read.get(in.readInt());
                case 'i' -> in.readInt();
                case 'l' -> in.readLong();
                case 'b' -> new BigInteger(bytes());
                case 'd' -> Double.longBitsToDouble(in.readLong());
                case 'x' -> new Complex(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
                case 's' -> string();
                case 'y' -> bytes();
                case 't' -> new ConstantTuple(items());
                case 'f' -> new ConstantFrozenset(items());
                case 'c' -> code();
                default -> throw new IOException("unknown tag " + tag);
            };
            if (o != null && tag != 'r' && tag != 'N' && tag != 'E' && tag != 'T' && tag != 'F') {
                read.add(o);
            }
            return o;
        }

        private String string() throws IOException {
            char[] chars = new char[count()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }

        private byte[] bytes() throws IOException {
            byte[] b = new byte[count()];
            in.readFully(b);
            return b;
        }

        /** A length, checked against what is left, so a damaged one fails before a huge allocation. */
        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("length " + n + " beyond the data");
            }
            return n;
        }

        private List<Object> items() throws IOException {
            int n = count();
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = object();
            }
            return Arrays.asList(items);
        }

        private <T> List<T> list(Class<T> kind) throws IOException {
            List<T> out = new ArrayList<>();
            for (Object o : items()) {
                out.add(kind.cast(o));
            }
            return out;
        }

        private Code code() throws IOException {
            String filename = (String) object();
            String name = (String) object();
            String qualname = (String) object();
            int flags = in.readInt();
            byte[] code = bytes();
            int firstlineno = in.readInt();
            byte[] linetable = bytes();
            byte[] exceptiontable = bytes();
            List<Object> consts = items();
            List<String> names = list(String.class);
            List<String> localsplusnames = list(String.class);
            byte[] localspluskinds = bytes();
            return new Code(filename, name, qualname, flags, code, firstlineno, linetable, exceptiontable, consts,
                    names, localsplusnames, localspluskinds, in.readInt(), in.readInt(), in.readInt(), in.readInt());
        }
    }
}
