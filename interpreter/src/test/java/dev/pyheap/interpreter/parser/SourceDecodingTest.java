package dev.pyheap.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyheap.interpreter.ast.AstDump;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Source files are read as {@code python3 FILE} reads them. The expected dumps and messages are
 * CPython 3.11.7's ({@code ast.dump(ast.parse(bytes), include_attributes=True)}, and the message
 * {@code python3 FILE} prints), recorded by hand from python3 on these exact bytes.
 */
class SourceDecodingTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.ISO_8859_1);
        byte[] z = c.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    private static String dump(byte[] src) {
        return AstDump.dump(PythonParser.parse(src, "prog.py", PythonParser.Mode.EXEC), true);
    }

    @Test
    void latin1CookieDecodesAndColumnsCountUtf8Bytes() {
        byte[] src = concat("# -*- coding: latin-1 -*-\nx = '", bytes(0xe9), "'\n");
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, "
                + "end_col_offset=1)], value=Constant(value='\u00e9', lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), "
                + "lineno=2, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])", dump(src));
    }

    @Test
    void cookieOnSecondLineAfterComment() {
        byte[] src = concat("#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '", bytes(0x80), "'\n");
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, "
                + "end_col_offset=1)], value=Constant(value='\u20ac', lineno=3, col_offset=4, end_lineno=3, end_col_offset=9), "
                + "lineno=3, col_offset=0, end_lineno=3, end_col_offset=9)], type_ignores=[])", dump(src));
    }

    @Test
    void bomIsSkipped() {
        byte[] src = concat("", bytes(0xef, 0xbb, 0xbf), "x = 1\n");
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                + "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), "
                + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])", dump(src));
    }

    @Test
    void crlfNewlines() {
        byte[] src = "if x:\r\n    y = 'a'\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
                + "end_col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=2, col_offset=4, "
                + "end_lineno=2, end_col_offset=5)], value=Constant(value='a', lineno=2, col_offset=8, end_lineno=2, "
                + "end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11)], orelse=[], lineno=1, "
                + "col_offset=0, end_lineno=2, end_col_offset=11)], type_ignores=[])", dump(src));
    }

    private static PythonSyntaxError fails(byte[] src) {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> dump(src));
        assertNull(e.filename());
        assertEquals(PythonSyntaxError.NONE, e.lineno());
        return e;
    }

    @Test
    void bomWithAnotherCookieIsAnEncodingProblem() {
        byte[] src = concat("", bytes(0xef, 0xbb, 0xbf), "# coding: latin-1\nx = 1\n");
        assertEquals("encoding problem: iso-8859-1 with BOM", fails(src).msg());
    }

    @Test
    void unknownEncoding() {
        assertEquals("encoding problem: foo", fails("# coding: foo\nx = 1\n".getBytes(StandardCharsets.US_ASCII)).msg());
    }

    @Test
    void nonUtf8WithoutCookie() {
        byte[] src = concat("x = 1\ny = '", bytes(0xff), "'\n");
        assertEquals("Non-UTF-8 code starting with '\\xff' in file prog.py on line 2, but no encoding declared; see "
                + "https://peps.python.org/pep-0263/ for details", fails(src).msg());
    }
}
