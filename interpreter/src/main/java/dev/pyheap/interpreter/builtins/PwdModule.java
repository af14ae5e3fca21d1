package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.PyType;
import dev.pyheap.runtime.objects.StructSeqType;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code pwd} (Modules/pwdmodule.c) and {@code grp} (Modules/grpmodule.c): the user and group
 * databases as {@code pwd.struct_passwd} and {@code grp.struct_group} struct sequences.
 *
 * <p>CPython asks the C library ({@code getpwuid_r}, {@code getpwent}, ...), which asks the sources
 * {@code /etc/nsswitch.conf} names; here the entries are read from the "files" source itself,
 * {@code /etc/passwd} and {@code /etc/group}, afresh on every call as the C library does. Other
 * sources (LDAP, NIS, systemd's dynamic users) are not consulted; a line that is a comment or has
 * too few fields is skipped, as glibc's parser skips it. The functions' argument checks and
 * {@code KeyError} texts are CPython's: an id that does not fit {@code uid_t}/{@code gid_t} is
 * "not found" for {@code getpwuid} but an {@code OverflowError} for {@code getgrgid}, and -1 is a
 * valid id ({@code (uid_t)-1}) that is never found.
 */
final class PwdModule {
    private PwdModule() {
    }

    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final Path GROUP = Path.of("/etc/group");
    private static final BigInteger ID_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    static void fillPwd(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType passwd = space.register(new StructSeqType(space, "pwd.struct_passwd", true,
                "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"));
        SysModule.setItem(space, dict, "struct_passwd", passwd.typeObject());
        Function<String[], Long> entry = f -> newStruct(space, passwd, text(space, f[0]), text(space, f[1]),
                space.newInt(parseId(f[2])), space.newInt(parseId(f[3])), text(space, f[4]), text(space, f[5]),
                text(space, f[6]));
        SysModule.function(space, module, dict, "getpwuid", (self, a, n, kw) -> {
            long uid = idArgument(space, "pwd.getpwuid", "uid", a, n, kw, true);
            String[] found = uid == NOT_AN_ID ? null : find(PASSWD, 7, f -> parseId(f[2]) == uid);
            if (found == null) {
                throw space.exceptions.keyError("getpwuid(): uid not found" + (uid == NOT_AN_ID ? "" : ": " + uid));
            }
            return entry.apply(found);
        });
        SysModule.function(space, module, dict, "getpwnam", (self, a, n, kw) -> {
            String name = nameArgument(space, "pwd.getpwnam", "getpwnam() argument", a, n, kw, false);
            String[] found = find(PASSWD, 7, f -> f[0].equals(name));
            if (found == null) {
                throw notFound(space, "getpwnam(): name not found: ", name);
            }
            return entry.apply(found);
        });
        SysModule.function(space, module, dict, "getpwall", (self, a, n, kw) -> {
            new CallArgs(space, "pwd.getpwall", a, n, kw).exactly(0);
            return listOf(space, read(PASSWD, 7), entry);
        });
    }

    static void fillGrp(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType group = space.register(new StructSeqType(space, "grp.struct_group", true,
                "gr_name", "gr_passwd", "gr_gid", "gr_mem"));
        SysModule.setItem(space, dict, "struct_group", group.typeObject());
        Function<String[], Long> entry = f -> {
            long members = space.listType.create();
            if (!f[3].isEmpty()) {
                for (String member : f[3].split(",", -1)) {
                    long m = text(space, member);
                    space.listType.append(members, m);
                    space.decref(m);
                }
            }
            return newStruct(space, group, text(space, f[0]), text(space, f[1]), space.newInt(parseId(f[2])), members);
        };
        SysModule.function(space, module, dict, "getgrgid", (self, a, n, kw) -> {
            long gid = idArgument(space, "getgrgid", "gid", a, n, kw, false);
            String[] found = find(GROUP, 4, f -> parseId(f[2]) == gid);
            if (found == null) {
                throw space.exceptions.keyError("getgrgid(): gid not found: " + gid);
            }
            return entry.apply(found);
        });
        SysModule.function(space, module, dict, "getgrnam", (self, a, n, kw) -> {
            String name = nameArgument(space, "getgrnam", "getgrnam() argument 'name'", a, n, kw, true);
            String[] found = find(GROUP, 4, f -> f[0].equals(name));
            if (found == null) {
                throw notFound(space, "getgrnam(): name not found: ", name);
            }
            return entry.apply(found);
        });
        SysModule.function(space, module, dict, "getgrall", (self, a, n, kw) -> {
            new CallArgs(space, "grp.getgrall", a, n, kw).exactly(0);
            return listOf(space, read(GROUP, 4), entry);
        });
    }

    private static final Path SHADOW = Path.of("/etc/shadow");

    /**
     * {@code spwd} (Modules/spwdmodule.c) as {@code _pyheap_spwd}: the shadow password database,
     * read from {@code /etc/shadow} as glibc's "files" source parses it (an empty number field is -1).
     * Reading it needs root; otherwise each call raises CPython's {@code PermissionError(13)}.
     */
    static void fillSpwd(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        StructSeqType spwd = space.register(new StructSeqType(space, "spwd.struct_spwd", true, 9,
                "sp_namp", "sp_pwdp", "sp_lstchg", "sp_min", "sp_max", "sp_warn", "sp_inact", "sp_expire", "sp_flag",
                "sp_nam", "sp_pwd"));
        SysModule.setItem(space, dict, "struct_spwd", spwd.typeObject());
        Function<String[], Long> entry = f -> {
            long[] items = new long[11];
            items[0] = text(space, f[0]);
            items[1] = text(space, f[1]);
            for (int i = 2; i < 9; i++) {
                items[i] = space.newInt(f[i].isEmpty() ? -1 : Long.parseLong(f[i]));
            }
            items[9] = space.newRef(items[0]);
            items[10] = space.newRef(items[1]);
            return newStruct(space, spwd, items);
        };
        SysModule.function(space, module, dict, "getspnam", (self, a, n, kw) -> {
            String name = nameArgument(space, "spwd.getspnam", "getspnam() argument", a, n, kw, false);
            for (String[] f : readShadow(space)) {
                if (f[0].equals(name)) {
                    return entry.apply(f);
                }
            }
            throw space.exceptions.keyError("getspnam(): name not found");
        });
        SysModule.function(space, module, dict, "getspall", (self, a, n, kw) -> {
            new CallArgs(space, "spwd.getspall", a, n, kw).exactly(0);
            return listOf(space, readShadow(space), entry);
        });
    }

    /** The entries of /etc/shadow with nine fields whose numbers parse (glibc skips the others). */
    private static List<String[]> readShadow(ObjectSpace space) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SHADOW, StandardCharsets.UTF_8);
        } catch (java.nio.file.AccessDeniedException e) {
            throw PosixModule.osError(space, 13, (String) null);
        } catch (IOException e) {
            return List.of();
        }
        List<String[]> entries = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(":", -1);
            if (f.length == 9 && !line.startsWith("#") && java.util.Arrays.stream(f, 2, 9)
                    .allMatch(t -> t.isEmpty() || (t.length() <= 18 && t.chars().allMatch(Character::isDigit)))) {
                entries.add(f);
            }
        }
        return entries;
    }

    /** What {@link #idArgument} gives for an id beyond {@code uid_t} that {@code getpwuid} reports as not found. */
    private static final long NOT_AN_ID = Long.MIN_VALUE;

    /**
     * {@code _Py_Uid_Converter}/{@code _Py_Gid_Converter}: any object with {@code __index__}; -1 and
     * 0..2**32-2 are ids. Beyond that: {@link #NOT_AN_ID} when {@code overflowNotFound}
     * ({@code getpwuid}), else CPython's OverflowError.
     */
    private static long idArgument(ObjectSpace space, String function, String what, long a, long n, long kw,
                                   boolean overflowNotFound) {
        long o;
        if (overflowNotFound) {
            o = new CallArgs(space, function, a, n, kw).exactly(1).get(0);
        } else {
            o = oneArgument(space, function, "id", a, n, kw);
        }
        PyType type = space.typeOf(o);
        if (!type.hasFlag(PyType.LONG_SUBCLASS) && type.index(o) == 0) {
            throw new PyException("TypeError", what + " should be integer, not " + type.name);
        }
        long index = Abstract.numberIndex(space, o);
        try {
            BigInteger value = space.intType.bigValue(index);
            // CPython's converter: a C long that is not a uid_t (any sign) is "less than minimum",
            // a value only an unsigned long holds, or none, "greater than maximum"; 2**32-1 is -1.
            String problem;
            if (value.bitLength() < 64) {
                long id = value.longValue();
                if (id == -1 || id == ID_MAX.longValue()) {
                    return -1;
                }
                if (id >= 0 && id < ID_MAX.longValue()) {
                    return id;
                }
                problem = " is less than minimum";
            } else {
                problem = value.signum() < 0 ? " is less than minimum" : " is greater than maximum";
            }
            if (overflowNotFound) {
                return NOT_AN_ID;
            }
            throw new PyException("OverflowError", what + problem);
        } finally {
            space.decref(index);
        }
    }

    /** The one str argument of {@code getpwnam}/{@code getgrnam}, with CPython's type and NUL checks. */
    private static String nameArgument(ObjectSpace space, String function, String label, long a, long n, long kw,
                                       boolean keywordName) {
        long o;
        if (keywordName) {
            o = oneArgument(space, function, "name", a, n, kw);
        } else {
            o = new CallArgs(space, function, a, n, kw).exactly(1).get(0);
        }
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", label + " must be str, not " + space.typeOf(o).name);
        }
        String name = space.strType.value(o);
        if (name.indexOf('\0') >= 0) {
            throw new PyException("ValueError", "embedded null byte");
        }
        return name;
    }

    /**
     * Argument Clinic's one required argument that may also be given by {@code keyword}, checked
     * in its order: too many, then missing, then an unknown keyword.
     */
    private static long oneArgument(ObjectSpace space, String function, String keyword, long a, long n, long kw) {
        CallArgs c = new CallArgs(space, function, a, n, kw);
        long total = n + (kw == 0 ? 0 : space.tupleType.length(kw));
        if (total > 1) {
            throw new PyException("TypeError", function + "() takes at most 1 " + (n == 0 ? "keyword " : "")
                    + "argument (" + total + " given)");
        }
        long o = n == 1 ? c.get(0) : c.keyword(keyword);
        if (o == 0) {
            throw new PyException("TypeError", function + "() missing required argument '" + keyword + "' (pos 1)");
        }
        c.keywords(keyword);
        return o;
    }

    /** {@code KeyError(message + repr(name))}. */
    private static PyException notFound(ObjectSpace space, String message, String name) {
        long nameText = text(space, name);
        long text = 0;
        try {
            text = text(space, message + Abstract.repr(space, nameText));
            return space.exceptions.keyError(text);
        } finally {
            space.decref(nameText);
            space.xdecref(text);
        }
    }

    /** The first entry of {@code file} with at least {@code fields} fields that {@code test} accepts, or null. */
    private static String[] find(Path file, int fields, java.util.function.Predicate<String[]> test) {
        for (String[] f : read(file, fields)) {
            if (test.test(f)) {
                return f;
            }
        }
        return null;
    }

    /** The entries of a colon-separated database, in file order; none when it cannot be read. */
    private static List<String[]> read(Path file, int fields) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<String[]> entries = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(":", -1);
            if (f.length >= fields && idValid(f[2]) && (fields < 7 || idValid(f[3]))) {
                entries.add(f);
            }
        }
        return entries;
    }

    private static boolean idValid(String text) {
        return !text.isEmpty() && text.length() <= 10 && text.chars().allMatch(Character::isDigit)
                && Long.parseLong(text) <= ID_MAX.longValue();
    }

    private static long parseId(String text) {
        return Long.parseLong(text);
    }

    private static long text(ObjectSpace space, String s) {
        return space.strType.runtime(s);
    }

    /** An instance of {@code type} holding {@code items}, whose references it takes over. New reference. */
    private static long newStruct(ObjectSpace space, StructSeqType type, long... items) {
        try {
            return type.create(items);
        } finally {
            for (long item : items) {
                space.decref(item);
            }
        }
    }

    private static long listOf(ObjectSpace space, List<String[]> entries, Function<String[], Long> entry) {
        long list = space.listType.create();
        for (String[] f : entries) {
            long e = entry.apply(f);
            space.listType.append(list, e);
            space.decref(e);
        }
        return list;
    }
}
