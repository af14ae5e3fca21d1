package dev.pyheap.runtime.objects;

import java.util.Locale;

/**
 * str's case operations and character classes as CPython 3.11 defines them
 * ({@code Objects/unicodeobject.c}: {@code do_upper}, {@code do_lower}, {@code do_casefold},
 * {@code do_swapcase}, {@code do_title}, {@code do_capitalize}, {@code handle_capital_sigma};
 * {@code Objects/unicodectype.c}: the full mappings and the {@code DIGIT}/{@code NUMERIC} flags),
 * over the JDK's Unicode data:
 * <ul>
 * <li>A character's full upper and lower mappings (SpecialCasing: {@code ß} to {@code SS}, {@code İ}
 *     to {@code i̇}) are the JDK's {@code String} case conversion of that one character.
 * <li>Its full title mapping: its simple title mapping when that is a title-case letter ({@code ǆ}
 *     to {@code ǅ}, {@code ᾈ} itself), else its full upper mapping with the rest lower-cased after a cased first
 *     character ({@code ß} to {@code Ss}, {@code ﬁ} to {@code Fi}, {@code ŉ} to {@code ʼN}).
 * <li>Case folding: the lower mapping of the upper mapping, {@code ß} folded to {@code ss} again;
 *     Cherokee folds to its upper case and dotless {@code ı} to itself, as CaseFolding.txt says.
 * <li>{@code Σ} lower-cases to final {@code ς} after a cased character (case-ignorable ones
 *     skipped) and when no cased character follows, in {@code lower}, {@code swapcase},
 *     {@code title} and {@code capitalize} (not in {@code casefold}).
 * </ul>
 * The JDK's Unicode version is newer than 3.11's 14.0: characters assigned since then may differ.
 */
final class UnicodeCase {
    private UnicodeCase() {
    }

    /** Characters with a digit value but no decimal one ({@code ²}, {@code ①}): pairs of first, last. */
    private static final int[] DIGIT_RANGES = {
        0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD, 0x24FF, 0x24FF,
        0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68, 0x11052, 0x1105A,
        0x1F100, 0x1F10A,
    };

    /** Han ideographs with a numeric value (Unihan's kNumeric and friends, category Lo): {@code 一二三...}. */
    private static final int[] HAN_NUMERIC = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF,
        0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C,
        0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
        0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD,
        0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19,
        0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
    };

    // ------------------------------------------------------------------ character classes

    /** {@code Py_UNICODE_ISDECIMAL}: a decimal digit (category Nd). */
    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code Py_UNICODE_ISDIGIT}: a decimal digit or another character with a digit value. */
    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
            if (c >= DIGIT_RANGES[i] && c <= DIGIT_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code Py_UNICODE_ISNUMERIC}: any numeric value (Nd, Nl, No, and Han numerals). */
    static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.OTHER_LETTER && java.util.Arrays.binarySearch(HAN_NUMERIC, c) >= 0;
    }

    /** {@code Py_UNICODE_ISALNUM}: alphabetic, decimal, digit or numeric. */
    static boolean isAlnum(int c) {
        return Character.isLetter(c) || isNumeric(c) || isDigit(c);
    }

    /** ID_Start characters that are not XID_Start (their NFKC form does not start an identifier). */
    private static final int[] NOT_XID_START = {
        0x37A, 0xE33, 0xEB3, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
        0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F,
    };

    /** ID_Continue characters that are not XID_Continue. */
    private static final int[] NOT_XID_CONTINUE = {
        0x37A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72,
        0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
    };

    /** {@code _PyUnicode_IsXidStart} (or {@code _}): the first character of an identifier. */
    static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c) && c != 0x2E2F
                && java.util.Arrays.binarySearch(NOT_XID_START, c) < 0;
    }

    /** {@code _PyUnicode_IsXidContinue}: a later character of an identifier. */
    static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && c != 0x2E2F
                && java.util.Arrays.binarySearch(NOT_XID_CONTINUE, c) < 0;
    }

    /** {@code PyUnicode_IsIdentifier}: a start character, then continuing ones. */
    static boolean isIdentifier(String s) {
        return !s.isEmpty() && isIdentifierStart(s.codePointAt(0)) && s.codePoints().allMatch(UnicodeCase::isIdentifierPart);
    }

    /** {@code _PyUnicode_IsCased}: Lowercase, Uppercase or title case. */
    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** {@code _PyUnicode_IsCaseIgnorable}: marks, format characters, modifiers and the word-internal punctuation. */
    static boolean isCaseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> switch (c) {
                case '\'', '.', ':', 0xB7, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07,
                        0xFF0E, 0xFF1A -> true;
                default -> false;
            };
        };
    }

    // ------------------------------------------------------------------ full mappings

    private static String one(int c) {
        return new String(Character.toChars(c));
    }

    /** {@code _PyUnicode_ToUpperFull}. */
    static String upper(int c) {
        return one(c).toUpperCase(Locale.ROOT);
    }

    /** {@code _PyUnicode_ToLowerFull}. */
    static String lower(int c) {
        return one(c).toLowerCase(Locale.ROOT);
    }

    /** {@code _PyUnicode_ToTitleFull}: see the class comment. */
    static String title(int c) {
        int simple = Character.toTitleCase(c);
        if (Character.isTitleCase(simple)) {
            return one(simple);
        }
        String up = upper(c);
        if (up.codePointCount(0, up.length()) == 1) {
            return one(simple);
        }
        int first = up.codePointAt(0);
        int n = Character.charCount(first);
        return Character.isUpperCase(first) ? up.substring(0, n) + up.substring(n).toLowerCase(Locale.ROOT) : up;
    }

    /** {@code _PyUnicode_ToFoldedFull}: see the class comment. */
    static String fold(int c) {
        if (c >= 0x13A0 && c <= 0x13FD || c >= 0xAB70 && c <= 0xABBF) {
            return one(Character.toUpperCase(c));
        }
        if (c == 0x131) {
            return one(c);
        }
        return upper(c).toLowerCase(Locale.ROOT).replace("ß", "ss");
    }

    /** {@code lower_ucs4}: {@code s[i]} lower-cased, a capital sigma by its context ({@code handle_capital_sigma}). */
    private static String lowerAt(int[] s, int i) {
        int c = s[i];
        if (c != 0x3A3) {
            return lower(c);
        }
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(s[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && isCased(s[j]);
        if (finalSigma && i + 1 < s.length) {
            j = i + 1;
            while (j < s.length && isCaseIgnorable(s[j])) {
                j++;
            }
            finalSigma = j == s.length || !isCased(s[j]);
        }
        return finalSigma ? "ς" : "σ";
    }

    // ------------------------------------------------------------------ the methods

    static String upper(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int c : s) {
            b.append(upper(c));
        }
        return b.toString();
    }

    static String lower(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            b.append(lowerAt(s, i));
        }
        return b.toString();
    }

    static String casefold(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int c : s) {
            b.append(fold(c));
        }
        return b.toString();
    }

    /** {@code do_swapcase}: upper case to lower, lower case to upper, anything else (title case too) kept. */
    static String swapcase(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            int c = s[i];
            if (Character.isUpperCase(c)) {
                b.append(lowerAt(s, i));
            } else if (Character.isLowerCase(c)) {
                b.append(upper(c));
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
            b.append(previousCased ? lowerAt(s, i) : title(c));
            previousCased = isCased(c);
        }
        return b.toString();
    }

    /** {@code do_capitalize}: the first character in title case, the rest in lower case. */
    static String capitalize(int[] s) {
        StringBuilder b = new StringBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? title(s[0]) : lowerAt(s, i));
        }
        return b.toString();
    }
}
