package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.ObjectSpace;
import dev.pyheap.runtime.objects.StructSeqType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The calendar half of {@code time} (Modules/timemodule.c): {@code struct_time}, {@code gmtime},
 * {@code localtime}, {@code mktime}, {@code asctime}, {@code ctime}, {@code strftime} in the C
 * locale, and {@code timezone}/{@code altzone}/{@code daylight}/{@code tzname}. Where CPython asks
 * the C library ({@code gmtime_r}, {@code localtime_r}, {@code mktime}, {@code strftime}), the JDK's
 * time-zone rules for the JVM's default zone answer. {@code struct_time} has nine visible fields
 * and two hidden ones, {@code tm_zone} and {@code tm_gmtoff} (the zone's abbreviation and its
 * offset east of UTC in seconds; None in one made from a 9-sequence). {@code strptime} is
 * {@code _strptime._strptime_time}, as CPython's.
 */
final class TimeCalendar {
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

    private final ObjectSpace space;
    private final StructSeqType structTime;

    private TimeCalendar(ObjectSpace space, StructSeqType structTime) {
        this.space = space;
        this.structTime = structTime;
    }

    static void fill(ObjectSpace space, long module, long dict) {
        StructSeqType type = space.register(new StructSeqType(space, "time.struct_time", true, 9, FIELDS));
        TimeCalendar c = new TimeCalendar(space, type);
        SysModule.setItem(space, dict, "struct_time", type.typeObject());
        SysModule.setInt(space, dict, "_STRUCT_TM_ITEMS", FIELDS.length);
        SysModule.function(space, module, dict, "gmtime", (self, a, n, kw) ->
                c.struct(c.at(new CallArgs(space, "gmtime", a, n, kw).range(0, 1), n).atZone(ZoneOffset.UTC), false));
        SysModule.function(space, module, dict, "localtime", (self, a, n, kw) -> {
            ZonedDateTime t = c.at(new CallArgs(space, "localtime", a, n, kw).range(0, 1), n).atZone(ZoneId.systemDefault());
            return c.struct(t, t.getZone().getRules().isDaylightSavings(t.toInstant()));
        });
        SysModule.function(space, module, dict, "mktime", (self, a, n, kw) -> {
            long t = new CallArgs(space, "mktime", a, n, kw).exactly(1).get(0);
            int[] f = c.fields(t, "mktime");
            LocalDateTime local = LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1L)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return space.floatType.create(local.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
        SysModule.function(space, module, dict, "asctime", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "asctime", a, n, kw).range(0, 1);
            return space.strType.runtime(asctime(n == 0 ? c.now() : c.fields(args.get(0), "asctime")));
        });
        SysModule.function(space, module, dict, "ctime", (self, a, n, kw) -> {
            ZonedDateTime t = c.at(new CallArgs(space, "ctime", a, n, kw).range(0, 1), n).atZone(ZoneId.systemDefault());
            return space.strType.runtime(asctime(c.fieldsOf(t, false)));
        });
        SysModule.function(space, module, dict, "strftime", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "strftime", a, n, kw).range(1, 2);
            long format = args.get(0);
            if (!space.strType.check(format)) {
                throw new PyException("TypeError", "strftime() argument 1 must be str, not " + space.typeOf(format).name);
            }
            int[] f = n == 1 ? c.now() : c.fields(args.get(1), "strftime");
            return space.strType.runtime(strftime(space.strType.value(format), f));
        });
        ZoneId zone = ZoneId.systemDefault();
        int year = ZonedDateTime.now(zone).getYear();
        // timemodule.c's init_timezone: the offsets in January and July of this year, west of UTC positive
        ZonedDateTime january = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone);
        ZonedDateTime july = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone);
        int janWest = -january.getOffset().getTotalSeconds(), julWest = -july.getOffset().getTotalSeconds();
        boolean southern = janWest < julWest; // daylight time in January
        SysModule.setInt(space, dict, "timezone", southern ? julWest : janWest);
        SysModule.setInt(space, dict, "altzone", southern ? janWest : julWest);
        SysModule.setInt(space, dict, "daylight", janWest != julWest ? 1 : 0);
        String standard = zoneName(southern ? july : january), daylight = zoneName(southern ? january : july);
        long std = space.strType.runtime(standard), dst = space.strType.runtime(daylight);
        long tzname = space.tupleType.create(std, dst);
        space.decref(std);
        space.decref(dst);
        SysModule.setItem(space, dict, "tzname", tzname);
        space.decref(tzname);
    }

    /** The zone's short name at {@code t} (C's tzname entries: "UTC", "CET", "CEST"). */
    private static String zoneName(ZonedDateTime t) {
        return java.util.TimeZone.getTimeZone(t.getZone()).getDisplayName(
                t.getZone().getRules().isDaylightSavings(t.toInstant()), java.util.TimeZone.SHORT, Locale.ROOT);
    }

    /** The instant of the optional {@code secs} argument (now when absent or None), as C's time_t: floored. */
    private Instant at(CallArgs args, long n) {
        if (n == 0 || args.get(0) == space.none) {
            return Instant.ofEpochMilli(System.currentTimeMillis());
        }
        long secs = args.get(0);
        double d = SmallModules.toDouble(space, secs);
        if (Double.isNaN(d)) {
            throw new PyException("ValueError", "Invalid value NaN (not a number)");
        }
        if (Double.isInfinite(d) || Math.abs(d) > 6.7e16) {
            throw new PyException("OverflowError", "timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond((long) Math.floor(d));
    }

    private int[] now() {
        ZonedDateTime t = Instant.ofEpochMilli(System.currentTimeMillis()).atZone(ZoneId.systemDefault());
        return fieldsOf(t, t.getZone().getRules().isDaylightSavings(t.toInstant()));
    }

    private int[] fieldsOf(ZonedDateTime t, boolean dst) {
        return new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
            t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0};
    }

    private long struct(ZonedDateTime t, boolean dst) {
        int[] f = fieldsOf(t, dst);
        long[] values = new long[FIELDS.length];
        for (int i = 0; i < f.length; i++) {
            values[i] = space.newInt(f[i]);
        }
        // glibc's gmtime names its zone GMT; localtime gives the zone's abbreviation at that moment
        values[f.length] = space.strType.runtime(t.getZone() == ZoneOffset.UTC ? "GMT" : zoneName(t));
        values[f.length + 1] = space.newInt(t.getOffset().getTotalSeconds());
        try {
            return structTime.create(values);
        } finally {
            for (long v : values) {
                space.decref(v);
            }
        }
    }

    /** {@code gettmarg}: the nine ints of a struct_time or a 9-tuple, with CPython's errors. */
    private int[] fields(long t, String function) {
        if (!space.tupleType.check(t)) {
            throw new PyException("TypeError", "Tuple or struct_time argument required");
        }
        if (space.tupleType.size(t) != 9) {
            throw new PyException("TypeError", function + "(): illegal time tuple argument");
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            long item = space.tupleType.item(t, i);
            if (!space.intType.check(item)) {
                throw new PyException("TypeError", "'" + space.typeOf(item).name + "' object cannot be interpreted as an integer");
            }
            f[i] = (int) space.intType.longValue(item);
        }
        if (!function.equals("mktime")) {
            checkTm(f, function);
        }
        return f;
    }

    /** {@code checktm}: the ranges asctime and strftime accept. */
    private static void checkTm(int[] f, String function) {
        if (f[1] < 0 || f[1] > 12) {
            throw new PyException("ValueError", "month out of range");
        }
        if (f[2] < 0 || f[2] > 31) {
            throw new PyException("ValueError", "day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw new PyException("ValueError", "hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw new PyException("ValueError", "minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw new PyException("ValueError", "seconds out of range");
        }
        if (f[6] < 0) {
            throw new PyException("ValueError", "day of week out of range");
        }
        if (f[7] < 0 || f[7] > 366) {
            throw new PyException("ValueError", "day of year out of range");
        }
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static String day(int[] f) {
        return DAYS[Math.floorMod(f[6], 7)];
    }

    private static String month(int[] f) {
        return MONTHS[Math.max(0, Math.min(11, f[1] - 1))];
    }

    /** {@code _asctime}: "Thu Jan  1 00:00:00 1970". */
    private static String asctime(int[] f) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", day(f).substring(0, 3), month(f).substring(0, 3), f[2], f[3], f[4],
                f[5], f[0]);
    }

    /** glibc's strftime in the C locale for the directives programs use; an unknown one is copied as it is. */
    static String strftime(String format, int[] f) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%' || i + 1 == format.length()) {
                out.append(ch);
                continue;
            }
            char d = format.charAt(++i);
            int hour12 = f[3] % 12 == 0 ? 12 : f[3] % 12;
            switch (d) {
                case 'a' -> out.append(day(f), 0, 3);
                case 'A' -> out.append(day(f));
                case 'b', 'h' -> out.append(month(f), 0, 3);
                case 'B' -> out.append(month(f));
                case 'c' -> out.append(asctime(f));
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(f[0], 100)));
                case 'd' -> out.append(String.format("%02d", f[2]));
                case 'D' -> out.append(strftime("%m/%d/%y", f));
                case 'e' -> out.append(String.format("%2d", f[2]));
                case 'F' -> out.append(strftime("%Y-%m-%d", f));
                case 'H' -> out.append(String.format("%02d", f[3]));
                case 'I' -> out.append(String.format("%02d", hour12));
                case 'j' -> out.append(String.format("%03d", f[7]));
                case 'k' -> out.append(String.format("%2d", f[3]));
                case 'l' -> out.append(String.format("%2d", hour12));
                case 'm' -> out.append(String.format("%02d", f[1]));
                case 'M' -> out.append(String.format("%02d", f[4]));
                case 'n' -> out.append('\n');
                case 'p' -> out.append(f[3] < 12 ? "AM" : "PM");
                case 'P' -> out.append(f[3] < 12 ? "am" : "pm");
                case 'r' -> out.append(strftime("%I:%M:%S %p", f));
                case 'R' -> out.append(strftime("%H:%M", f));
                case 'S' -> out.append(String.format("%02d", f[5]));
                case 't' -> out.append('\t');
                case 'T' -> out.append(strftime("%H:%M:%S", f));
                case 'u' -> out.append(Math.floorMod(f[6], 7) + 1);
                case 'U' -> out.append(String.format("%02d", (f[7] - 1 + 7 - (Math.floorMod(f[6], 7) + 1) % 7) / 7));
                case 'w' -> out.append((Math.floorMod(f[6], 7) + 1) % 7);
                case 'W' -> out.append(String.format("%02d", (f[7] - 1 + 7 - Math.floorMod(f[6], 7)) / 7));
                case 'x' -> out.append(strftime("%m/%d/%y", f));
                case 'X' -> out.append(strftime("%H:%M:%S", f));
                case 'y' -> out.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'Y' -> out.append(f[0]);
                case 'Z' -> out.append(zoneAbbreviation(f));
                case 'z' -> out.append(zoneOffset(f));
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    /** The zone of a broken-down time as glibc's strftime shows it for a struct that came from gmtime or localtime. */
    private static String zoneAbbreviation(int[] f) {
        java.util.TimeZone tz = java.util.TimeZone.getDefault();
        return tz.getDisplayName(f[8] > 0, java.util.TimeZone.SHORT, Locale.ROOT);
    }

    private static String zoneOffset(int[] f) {
        ZoneId zone = ZoneId.systemDefault();
        int seconds;
        try {
            seconds = LocalDateTime.of(f[0], Math.max(1, f[1]), Math.max(1, f[2]), f[3], f[4]).atZone(zone).getOffset()
                    .getTotalSeconds();
        } catch (java.time.DateTimeException e) {
            seconds = 0;
        }
        int abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", abs / 3600, abs / 60 % 60);
    }
}
