package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code unicodedata} (Modules/unicodedata.c) for Unicode 14.0.0, CPython 3.11's version, while the
 * JDK knows a later one. The properties come from {@code unicodedata-14.0.txt}, written from CPython's
 * own module by {@code interpreter/src/test/python/gen_unicodedata.py}: runs of code points sharing
 * category, bidirectional class, combining class, East Asian width and mirroring (found by binary
 * search over the run starts), the decomposition mappings and the numeric values. A code point of
 * category Cn (or in no run: the defaults) is unassigned in 14.0, whatever the JDK says, so it has no name.
 * Names are the JDK's ({@link Character#getName}, UnicodeData.txt's names, which never change once
 * given) for the code points 14.0 assigns, except where CPython has none (controls, private use,
 * surrogates, ideographs whose names the JDK makes up from its block) and for the two algorithmic
 * families CPython names itself: {@code CJK UNIFIED IDEOGRAPH-XXXX} and the Hangul syllables. Lookup
 * is the reverse: exact algorithmic names, other names in any case, and the JDK's names of the
 * control characters (aliases, which CPython's lookup also knows); other aliases and named
 * sequences are not known. {@code normalize} and {@code is_normalized} are {@link Normalizer}'s (the
 * normalization of characters assigned in 14.0 is stable across versions).
 */
final class UnicodedataModule {
    private UnicodedataModule() {
    }

    /** The five properties of a run, and the run's bounds. */
    private record Run(int start, int end, String category, String bidirectional, int combining, String eastAsianWidth,
                       int mirrored) {
    }

    /** A character's numeric values; null where it has none. */
    private record Numeric(Integer decimal, Integer digit, Double numeric) {
    }

    /** The 14.0 tables, read once from the resource; immutable afterwards, so shared by every interpreter. */
    private static final class Data {
        static final Data INSTANCE = load();

        final Run[] runs;
        final int[] starts;
        final Map<Integer, String> decompositions;
        final Map<Integer, Numeric> numerics;

        private Data(Run[] runs, Map<Integer, String> decompositions, Map<Integer, Numeric> numerics) {
            this.runs = runs;
            this.starts = new int[runs.length];
            for (int i = 0; i < runs.length; i++) {
                starts[i] = runs[i].start;
            }
            this.decompositions = decompositions;
            this.numerics = numerics;
        }

        private static Data load() {
            List<Run> runs = new ArrayList<>();
            Map<Integer, String> decompositions = new HashMap<>();
            Map<Integer, Numeric> numerics = new HashMap<>();
            try (InputStream in = UnicodedataModule.class.getResourceAsStream("unicodedata-14.0.txt")) {
                if (in == null) {
                    throw new IllegalStateException("unicodedata-14.0.txt is missing from the interpreter's resources");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String[] f = line.split(" ", 3);
                    int cp = Integer.parseInt(f[1], 16);
                    switch (f[0]) {
                        case "R" -> {
                            String[] p = f[2].split(" ");
                            int count = Integer.parseInt(p[0], 16);
                            runs.add(new Run(cp, cp + count - 1, p[1], p[2].equals("-") ? "" : p[2], Integer.parseInt(p[3]),
                                    p[4], Integer.parseInt(p[5])));
                        }
                        case "D" -> decompositions.put(cp, f[2]);
                        case "N" -> {
                            String[] p = f[2].split(" ");
                            numerics.put(cp, new Numeric(p[0].equals("-") ? null : Integer.valueOf(p[0]),
                                    p[1].equals("-") ? null : Integer.valueOf(p[1]),
                                    p[2].equals("-") ? null : Double.valueOf(p[2])));
                        }
                        default -> throw new IllegalStateException("unicodedata-14.0.txt: bad line " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Data(runs.toArray(Run[]::new), Map.copyOf(decompositions), Map.copyOf(numerics));
        }

        /** The run holding {@code cp}, or null when 14.0 leaves it unassigned. */
        Run run(int cp) {
            int i = java.util.Arrays.binarySearch(starts, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && runs[i].end >= cp ? runs[i] : null;
        }
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3;
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-", HANGUL = "HANGUL SYLLABLE ";

    /** The character's name in 14.0, or null. */
    static String name(int cp) {
        Run run = Data.INSTANCE.run(cp);
        if (run == null || switch (run.category) {
            case "Cn", "Cc", "Co", "Cs" -> true;
            default -> false;
        }) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            int s = cp - HANGUL_FIRST;
            return HANGUL + JAMO_L[s / (21 * 28)] + JAMO_V[s / 28 % 21] + JAMO_T[s % 28];
        }
        String jdk = Character.getName(cp);
        if (jdk == null) {
            return null;
        }
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (jdk.endsWith(" " + hex)) { // the JDK's made-up name: its block's name and the code point
            return jdk.startsWith("CJK UNIFIED IDEOGRAPHS") ? CJK + hex : null;
        }
        return jdk;
    }

    /** The code point named {@code name} in 14.0, or -1. */
    /**
     * The columns {@code text[0:end)} (UTF-16 indices) takes on a terminal: two for each East Asian
     * wide or fullwidth character, one for any other, as 3.11's traceback draws its carets under a
     * line ({@code _display_width}).
     */
    static int displayWidth(String text, int end) {
        int width = 0;
        int limit = Math.min(end, text.length());
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                width++;
                continue;
            }
            Run run = Data.INSTANCE.run(cp);
            String eaw = run == null ? "N" : run.eastAsianWidth;
            width += eaw.equals("W") || eaw.equals("F") ? 2 : 1;
        }
        return width;
    }

    static int lookup(String name) {
        if (name.startsWith(HANGUL)) {
            String rest = name.substring(HANGUL.length());
            for (int cp = HANGUL_FIRST; cp <= HANGUL_LAST; cp += 28) {
                if (rest.startsWith(name(cp).substring(HANGUL.length()))) {
                    for (int t = 0; t < 28; t++) {
                        if (name.equals(name(cp + t))) {
                            return cp + t;
                        }
                    }
                }
            }
            return -1;
        }
        if (name.startsWith(CJK)) {
            String hex = name.substring(CJK.length());
            if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                return -1;
            }
            int cp = Integer.parseInt(hex, 16);
            return name.equals(name(cp)) ? cp : -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String canonical = name(cp);
        if (canonical == null) {
            // a control character has no name, but the JDK's is one of its aliases, which lookup knows
            Run run = Data.INSTANCE.run(cp);
            return run != null && run.category.equals("Cc") ? cp : -1;
        }
        return canonical.equalsIgnoreCase(name) ? cp : -1;
    }

    /**
     * The {@code UCD} type and its one instance {@code ucd_3_2_0} (unicodedata.c's
     * {@code PreviousDBVersion}, {@code new_previous_version}): the module's functions answering for
     * Unicode 3.2.0, as IDNA and stringprep need. A character 3.2 does not assign has category
     * 'Cn', no name, class '' and the record at index 0 elsewhere (width 'F', not mirrored, no
     * decimal or numeric value, no decomposition); an assigned one has 14.0's properties but where
     * the library's {@code _ucd_3_2_0} (written from CPython's object) records 3.2's own category,
     * bidirectional class, mirroring, width, decimal value or decomposition of an ideograph. As in
     * C, {@code digit} is 14.0's for every character and {@code lookup} knows the algorithmic
     * names but no alias. Each method first calls the module's function of its name on its
     * arguments, so its argument errors are the module's; the class cannot be instantiated, subclassed or pickled.
     */
    private static final String PYTHON_PART = """
            def _previous_version():
                data = None

                def load():
                    nonlocal data
                    if data is None:
                        from bisect import bisect_right
                        import _ucd_3_2_0
                        data = (_ucd_3_2_0, bisect_right)
                    return data

                def assigned(p):
                    ucd, bisect_right = load()
                    return bisect_right(ucd.ASSIGNED, p) % 2 == 1

                def changed(table, p, current):
                    ucd, bisect_right = load()
                    for value, flat in table.items():
                        if bisect_right(flat, p) % 2 == 1:
                            return value
                    return current

                _category, _bidirectional, _combining, _mirrored = category, bidirectional, combining, mirrored
                _east_asian_width, _decomposition, _decimal, _digit = east_asian_width, decomposition, decimal, digit
                _numeric, _name, _lookup, _normalize, _is_normalized = numeric, name, lookup, normalize, is_normalized
                _missing = object()

                class UCD:
                    __slots__ = ()
                    __module__ = 'unicodedata'

                    def __new__(cls, *args, **kwargs):
                        raise TypeError("cannot create 'unicodedata.UCD' instances")

                    def __init_subclass__(cls, **kwargs):
                        raise TypeError("type 'unicodedata.UCD' is not an acceptable base type")

                    def __reduce_ex__(self, protocol, /):
                        raise TypeError("cannot pickle 'unicodedata.UCD' object")

                    @property
                    def unidata_version(self):
                        return '3.2.0'

                    # C's tp_name is 'unicodedata.UCD': its attribute errors name it so
                    def __getattr__(self, name):
                        raise AttributeError(f"'unicodedata.UCD' object has no attribute '{name}'")

                    def __setattr__(self, name, value):
                        if name == 'unidata_version':
                            raise AttributeError('readonly attribute')
                        raise AttributeError(f"'unicodedata.UCD' object has no attribute '{name}'")

                    __delattr__ = lambda self, name: UCD.__setattr__(self, name, None)

                    def category(self, /, *args):
                        current = _category(*args)
                        chr = args[0]
                        p = ord(chr)
                        if not assigned(p):
                            return 'Cn'
                        return changed(load()[0].CATEGORY, p, current)

                    def bidirectional(self, /, *args):
                        current = _bidirectional(*args)
                        chr = args[0]
                        p = ord(chr)
                        if not assigned(p):
                            return ''
                        return changed(load()[0].BIDIRECTIONAL, p, current)

                    def combining(self, /, *args):
                        current = _combining(*args)
                        chr = args[0]
                        return current if assigned(ord(chr)) else 0

                    def mirrored(self, /, *args):
                        current = _mirrored(*args)
                        chr = args[0]
                        p = ord(chr)
                        if not assigned(p):
                            return 0
                        return load()[0].MIRRORED.get(p, current)

                    def east_asian_width(self, /, *args):
                        current = _east_asian_width(*args)
                        chr = args[0]
                        p = ord(chr)
                        if not assigned(p):
                            return 'F'
                        return load()[0].EAST_ASIAN_WIDTH.get(p, current)

                    def decomposition(self, /, *args):
                        current = _decomposition(*args)
                        chr = args[0]
                        return current if assigned(ord(chr)) else ''

                    def decimal(self, /, *args):
                        _decimal(*(args[:1] + (None,) + args[2:] if args else ()))
                        chr, default = (args + (_missing,))[:2]
                        current = _decimal(chr, None)
                        p = ord(chr)
                        value = load()[0].DECIMAL.get(p, current) if assigned(p) else None
                        if value is not None:
                            return value
                        if default is _missing:
                            raise ValueError('not a decimal')
                        return default

                    def digit(self, /, *args):
                        return _digit(*args)

                    def numeric(self, /, *args):
                        _numeric(*(args[:1] + (None,) + args[2:] if args else ()))
                        chr, default = (args + (_missing,))[:2]
                        value = _numeric(chr, None)
                        if value is not None and assigned(ord(chr)):
                            return value
                        if default is _missing:
                            raise ValueError('not a numeric character')
                        return default

                    def name(self, /, *args):
                        _name(*(args[:1] + (None,) + args[2:] if args else ()))
                        chr, default = (args + (_missing,))[:2]
                        value = _name(chr, None)
                        if value is not None and assigned(ord(chr)):
                            return value
                        if default is _missing:
                            raise ValueError('no such name')
                        return default

                    def lookup(self, /, *args):
                        found = _lookup(*args)
                        name = args[0]
                        text = name if isinstance(name, str) else name.decode()
                        if text.startswith(('HANGUL SYLLABLE ', 'CJK UNIFIED IDEOGRAPH-')):
                            return found
                        known = self.name(found, None)
                        if known is None or known.upper() != text.upper():
                            raise KeyError(f"undefined character name '{text}'")
                        return found

                    def normalize(self, /, *args):
                        # as C's nfd_nfkd for a previous version: 3.2's decomposition of the
                        # corrected ideographs, and no decomposition of a character 3.2 does not
                        # assign (kept as it is, the runs on either side normalized apart: an
                        # approximation, C still reorders marks around it)
                        _normalize(*args)
                        form, unistr = args
                        corrections = load()[0].NORMALIZATION
                        out = []
                        run = []
                        for c in unistr:
                            p = ord(c)
                            if assigned(p) or not _decomposition(c):
                                run.append(chr(corrections.get(p, p)))
                                continue
                            if run:
                                out.append(_normalize(form, ''.join(run)))
                                run = []
                            out.append(c)
                        if run:
                            out.append(_normalize(form, ''.join(run)))
                        return ''.join(out)

                    def is_normalized(self, /, *args):
                        # C skips the quick check for a previous version: normalize and compare
                        _is_normalized(*args)
                        return self.normalize(*args) == args[1]

                UCD.__qualname__ = 'UCD'
                for attribute in list(vars(UCD).values()):
                    function = getattr(attribute, 'fget', attribute)
                    if hasattr(function, '__qualname__') and hasattr(function, '__code__'):
                        function.__qualname__ = 'UCD.' + function.__name__
                return UCD, object.__new__(UCD)


            UCD, ucd_3_2_0 = _previous_version()
            del _previous_version
            """;

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        SysModule.setText(space, dict, "unidata_version", "14.0.0");
        SysModule.function(space, module, dict, "name", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "name", a, n, kw).keywords().range(1, 2);
            String name = name(character(space, c.get(0), "name() argument 1"));
            if (name != null) {
                return space.strType.runtime(name);
            }
            if (n == 2) {
                return space.newRef(c.get(1));
            }
            throw new PyException("ValueError", "no such name");
        });
        SysModule.function(space, module, dict, "lookup", (self, a, n, kw) -> {
            long arg = new CallArgs(space, "lookup", a, n, kw).exactly(1).get(0);
            String name;
            if (space.strType.check(arg)) {
                name = space.strType.value(arg);
            } else if (space.bytesType.check(arg)) {
                name = new String(space.bytesType.value(arg), StandardCharsets.UTF_8);
            } else {
                throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(arg).name + "'");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > 256) {
                throw space.exceptions.keyError("name too long");
            }
            int cp = name.chars().allMatch(ch -> ch < 128) ? lookup(name) : -1;
            if (cp < 0) {
                throw space.exceptions.keyError("undefined character name '" + name + "'");
            }
            return space.strType.runtime(Character.toString(cp));
        });
        property(space, module, dict, "category", run -> space.strType.runtime(run == null ? "Cn" : run.category));
        property(space, module, dict, "bidirectional", run -> space.strType.runtime(run == null ? "" : run.bidirectional));
        property(space, module, dict, "combining", run -> space.newInt(run == null ? 0 : run.combining));
        property(space, module, dict, "east_asian_width", run -> space.strType.runtime(run == null ? "N" : run.eastAsianWidth));
        property(space, module, dict, "mirrored", run -> space.newInt(run == null ? 0 : run.mirrored));
        SysModule.function(space, module, dict, "decomposition", (self, a, n, kw) -> {
            long arg = new CallArgs(space, "decomposition", a, n, kw).exactly(1).get(0);
            String d = Data.INSTANCE.decompositions.get(character(space, arg, "decomposition() argument"));
            return space.strType.runtime(d == null ? "" : d);
        });
        numeric(space, module, dict, "decimal", "not a decimal", v -> v.decimal == null ? 0 : space.newInt(v.decimal));
        numeric(space, module, dict, "digit", "not a digit", v -> v.digit == null ? 0 : space.newInt(v.digit));
        numeric(space, module, dict, "numeric", "not a numeric character",
                v -> v.numeric == null ? 0 : space.floatType.create(v.numeric));
        SysModule.function(space, module, dict, "normalize", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "normalize", a, n, kw).keywords().range(2, 2);
            Normalizer.Form form = form(space, c, "normalize");
            String text = space.strType.value(c.get(1));
            return space.strType.runtime(Normalizer.isNormalized(text, form) ? text : Normalizer.normalize(text, form));
        });
        SysModule.function(space, module, dict, "is_normalized", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "is_normalized", a, n, kw).keywords().range(2, 2);
            Normalizer.Form form = form(space, c, "is_normalized");
            return space.newBool(Normalizer.isNormalized(space.strType.value(c.get(1)), form));
        });
        table.runPythonPart(PYTHON_PART, "<pyheap>/unicodedata", dict);
    }

    /** The two arguments of normalize/is_normalized, checked as the Argument Clinic checks them, and the form. */
    private static Normalizer.Form form(ObjectSpace space, CallArgs c, String function) {
        for (int i = 0; i < 2; i++) {
            if (!space.strType.check(c.get(i))) {
                throw new PyException("TypeError", function + "() argument " + (i + 1) + " must be str, not "
                        + space.typeOf(c.get(i)).name);
            }
        }
        return switch (space.strType.value(c.get(0))) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw new PyException("ValueError", "invalid normalization form");
        };
    }


    /** The code point of a one-character str, else CPython's TypeError naming {@code what}. */
    private static int character(ObjectSpace space, long o, String what) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", what + " must be a unicode character, not " + space.typeOf(o).name);
        }
        String s = space.strType.value(o);
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw new PyException("TypeError", what + " must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    private interface RunValue {
        long of(Run run);
    }

    private static void property(ObjectSpace space, long module, long dict, String name, RunValue value) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
            long arg = new CallArgs(space, name, a, n, kw).exactly(1).get(0);
            return value.of(Data.INSTANCE.run(character(space, arg, name + "() argument")));
        });
    }

    private interface NumericValue {
        /** The value as a new object, or 0 when the character has none of this kind. */
        long of(Numeric numeric);
    }

    private static void numeric(ObjectSpace space, long module, long dict, String name, String missing, NumericValue value) {
        SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, name, a, n, kw).keywords().range(1, 2);
            Numeric v = Data.INSTANCE.numerics.get(character(space, c.get(0), name + "() argument 1"));
            long result = v == null ? 0 : value.of(v);
            if (result != 0) {
                return result;
            }
            if (n == 2) {
                return space.newRef(c.get(1));
            }
            throw new PyException("ValueError", missing);
        });
    }
}
