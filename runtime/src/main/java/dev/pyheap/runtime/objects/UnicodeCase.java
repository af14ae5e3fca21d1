package dev.pyheap.runtime.objects;

import java.nio.charset.StandardCharsets;

/**
 * str's case operations as CPython 3.11 defines them ({@code Objects/unicodeobject.c}:
 * {@code do_upper}, {@code do_lower}, {@code do_casefold}, {@code do_swapcase}, {@code do_title},
 * {@code do_capitalize}, {@code handle_capital_sigma}) over the full mappings and the Cased and
 * Case_Ignorable properties of {@link UnicodeCtype} (Unicode 14.0): a character's mapping may be
 * several characters ({@code ß} upper-cases to {@code SS}, {@code ŉ} to {@code ʼN}), and a capital
 * sigma lower-cases to final {@code ς} after a cased character (case-ignorable ones skipped) when no
 * cased character follows, in {@code lower}, {@code swapcase}, {@code title} and {@code capitalize}
 * (not in {@code casefold}).
 */
final class UnicodeCase {
    private UnicodeCase() {
    }

    /** {@code PyUnicode_IsIdentifier}: a start character, then continuing ones. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !UnicodeCtype.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!UnicodeCtype.isIdentifierPart(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code str.isupper}: some upper-case character, and no lower-case or title-case one. */
    static boolean isUpper(int[] s) {
        boolean cased = false;
        for (int c : s) {
            int f = UnicodeCtype.flags(c);
            if ((f & (UnicodeCtype.LOWER | UnicodeCtype.TITLE)) != 0) {
                return false;
            }
            cased |= (f & UnicodeCtype.UPPER) != 0;
        }
        return cased;
    }

    /** {@code str.islower}: some lower-case character, and no upper-case or title-case one. */
    static boolean isLower(int[] s) {
        boolean cased = false;
        for (int c : s) {
            int f = UnicodeCtype.flags(c);
            if ((f & (UnicodeCtype.UPPER | UnicodeCtype.TITLE)) != 0) {
                return false;
            }
            cased |= (f & UnicodeCtype.LOWER) != 0;
        }
        return cased;
    }

    /** {@code lower_ucs4}: {@code s[i]} lower-cased, a capital sigma by its context ({@code handle_capital_sigma}). */
    private static void lowerAt(StringBuilder b, int[] s, int i) {
        int c = s[i];
        if (c != 0x3A3) {
            UnicodeCtype.appendMapping(b, c, UnicodeCtype.LOWER_MAP);
            return;
        }
        int j = i - 1;
        while (j >= 0 && UnicodeCtype.isCaseIgnorable(s[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && UnicodeCtype.isCased(s[j]);
        if (finalSigma && i + 1 < s.length) {
            j = i + 1;
            while (j < s.length && UnicodeCtype.isCaseIgnorable(s[j])) {
                j++;
            }
            finalSigma = j == s.length || !UnicodeCtype.isCased(s[j]);
        }
        b.append(finalSigma ? 'ς' : 'σ');
    }

    // ------------------------------------------------------------------ the methods

    /** Whether every unit is ASCII: the methods' fast path, where no mapping changes the length. */
    private static boolean ascii(int[] s) {
        for (int c : s) {
            if (c >= 128) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII string with its letters mapped: to upper case, lower case, or swapped. */
    private static String asciiMapped(int[] s, int kind) {
        byte[] out = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            boolean up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            out[i] = (byte) (switch (kind) {
                case UnicodeCtype.UPPER_MAP -> low ? c - 32 : c;
                case UnicodeCtype.LOWER_MAP -> up ? c + 32 : c;
                default -> low ? c - 32 : up ? c + 32 : c;
            });
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    static String upper(int[] s) {
        if (ascii(s)) {
            return asciiMapped(s, UnicodeCtype.UPPER_MAP);
        }
        StringBuilder b = new StringBuilder(s.length);
        for (int c : s) {
            UnicodeCtype.appendMapping(b, c, UnicodeCtype.UPPER_MAP);
        }
        return b.toString();
    }

    static String lower(int[] s) {
        if (ascii(s)) {
            return asciiMapped(s, UnicodeCtype.LOWER_MAP);
        }
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            lowerAt(b, s, i);
        }
        return b.toString();
    }

    static String casefold(int[] s) {
        if (ascii(s)) {
            return asciiMapped(s, UnicodeCtype.LOWER_MAP);
        }
        StringBuilder b = new StringBuilder(s.length);
        for (int c : s) {
            UnicodeCtype.appendMapping(b, c, UnicodeCtype.FOLD_MAP);
        }
        return b.toString();
    }

    /** {@code do_swapcase}: upper case to lower, lower case to upper, anything else (title case too) kept. */
    static String swapcase(int[] s) {
        if (ascii(s)) {
            return asciiMapped(s, -1);
        }
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (UnicodeCtype.isUpper(c)) {
                lowerAt(b, s, i);
            } else if (UnicodeCtype.isLower(c)) {
                UnicodeCtype.appendMapping(b, c, UnicodeCtype.UPPER_MAP);
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** {@code do_title}: title case after an uncased character, lower case after a cased one. */
    static String title(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        boolean previousCased = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (previousCased) {
                lowerAt(b, s, i);
            } else {
                UnicodeCtype.appendMapping(b, c, UnicodeCtype.TITLE_MAP);
            }
            previousCased = UnicodeCtype.isCased(c);
        }
        return b.toString();
    }

    /** {@code do_capitalize}: the first character in title case, the rest in lower case. */
    static String capitalize(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            if (i == 0) {
                UnicodeCtype.appendMapping(b, s[0], UnicodeCtype.TITLE_MAP);
            } else {
                lowerAt(b, s, i);
            }
        }
        return b.toString();
    }
}
