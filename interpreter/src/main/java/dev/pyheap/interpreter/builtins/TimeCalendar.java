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
                c.struct(c.at(new CallArgs(space, "gmtime", a, n, kw).parseTuple(0, 1), n).atZone(ZoneOffset.UTC), false));
        SysModule.function(space, module, dict, "localtime", (self, a, n, kw) -> {
            ZonedDateTime t = c.at(new CallArgs(space, "localtime", a, n, kw).parseTuple(0, 1), n).atZone(ZoneId.systemDefault());
            return c.struct(t, t.getZone().getRules().isDaylightSavings(t.toInstant()));
        });
        SysModule.function(space, module, dict, "mktime", (self, a, n, kw) -> {
            long t = new CallArgs(space, "mktime", a, n, kw).exactly(1).get(0);
            return space.floatType.create(localEpochSeconds(c.fields(t, "mktime")));
        });
        SysModule.function(space, module, dict, "asctime", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "asctime", a, n, kw).range(0, 1);
            return space.strType.runtime(asctime(n == 0 ? c.now() : c.fields(args.get(0), "asctime")));
        });
        SysModule.function(space, module, dict, "ctime", (self, a, n, kw) -> {
            ZonedDateTime t = c.at(new CallArgs(space, "ctime", a, n, kw).parseTuple(0, 1), n).atZone(ZoneId.systemDefault());
            return space.strType.runtime(asctime(c.fieldsOf(t, false)));
        });
        SysModule.function(space, module, dict, "strftime", (self, a, n, kw) -> {
            CallArgs args = new CallArgs(space, "strftime", a, n, kw).parseTuple(1, 2);
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
        // _PyTime_ObjectToTime_t: a float floored, anything else through __index__
        long secs = args.get(0);
        double d;
        if (space.floatType.check(secs)) {
            d = space.floatType.value(secs);
            if (Double.isNaN(d)) {
                throw new PyException("ValueError", "Invalid value NaN (not a number)");
            }
        } else {
            long i = dev.pyheap.runtime.objects.Abstract.numberIndex(space, secs);
            try {
                d = space.intType.fitsLong(i) ? space.intType.longValue(i) : Double.POSITIVE_INFINITY;
            } finally {
                space.decref(i);
            }
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

    /**
     * glibc's strftime in the C locale. A conversion is {@code %}, flags, a width, an {@code E} or
     * {@code O} modifier and a letter. The flags: {@code _} pads numbers with spaces, {@code -}
     * does not pad at all, {@code 0} pads with zeros (the last of the three counts), {@code ^}
     * upper-cases the result, {@code #} swaps the case of names (upper-cases day and month names,
     * lower-cases AM/PM and the zone). A number is padded to its own digit count (2 for
     * {@code %d}, 3 for {@code %j}, 1 for {@code %Y}...) or to the width if that is larger; a text
     * to the width, with spaces (zeros under {@code 0}); under {@code -} only the width pads, with
     * spaces. {@code %z} and {@code %Z} give nothing when tm_isdst is negative (the zone unknown,
     * as in a datetime's timetuple without dst()). A letter glibc does not know, or a
     * modifier it refuses for that letter, leaves the conversion's own text in the output (padded
     * to its width) and formatting goes on after it.
     */
    static String strftime(String format, int[] f) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int length = format.length();
        while (i < length) {
            char ch = format.charAt(i++);
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            int start = i - 1;
            char pad = 0;
            boolean upper = false;
            boolean swapCase = false;
            for (; i < length; i++) {
                char flag = format.charAt(i);
                if (flag == '_' || flag == '-' || flag == '0') {
                    pad = flag;
                } else if (flag == '^') {
                    upper = true;
                } else if (flag == '#') {
                    swapCase = true;
                } else {
                    break;
                }
            }
            int width = -1;
            while (i < length && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
            }
            char modifier = 0;
            if (i < length && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
                modifier = format.charAt(i++);
            }
            char d = i < length ? format.charAt(i++) : 0;
            String text = conversion(d, modifier, f);
            if (text == null) {
                // the conversion's own text; a '%' that ends the format stands for itself
                text = format.substring(start, i);
                appendPadded(out, text, pad, width);
                continue;
            }
            int digits = numberDigits(d);
            if (digits > 0) {
                char numberPad = pad != 0 ? pad : (d == 'e' || d == 'k' || d == 'l') ? '_' : '0';
                appendNumber(out, text, numberPad, width, digits);
                continue;
            }
            boolean lower = d == 'P' || (swapCase && (d == 'p' || d == 'Z'));
            if (lower) {
                text = text.toLowerCase(Locale.ROOT);
            } else if (upper || (swapCase && "aAbBh".indexOf(d) >= 0)) {
                text = text.toUpperCase(Locale.ROOT);
            }
            appendPadded(out, text, pad, width);
        }
        return out.toString();
    }

    /** The digit count a numeric conversion pads to by default, 0 for the others. */
    private static int numberDigits(char d) {
        return switch (d) {
            case 'C', 'G', 'u', 'w', 'Y', 's' -> 1;
            case 'd', 'e', 'g', 'H', 'I', 'k', 'l', 'm', 'M', 'S', 'U', 'V', 'W', 'y' -> 2;
            case 'j' -> 3;
            default -> 0;
        };
    }

    private static void appendNumber(StringBuilder out, String text, char pad, int width, int digits) {
        if (pad == '-') {
            appendPadded(out, text, pad, width);
            return;
        }
        for (int k = text.length(); k < Math.max(width, digits); k++) {
            out.append(pad == '_' ? ' ' : '0');
        }
        out.append(text);
    }

    private static void appendPadded(StringBuilder out, String text, char pad, int width) {
        for (int k = text.length(); k < width; k++) {
            out.append(pad == '0' ? '0' : ' ');
        }
        out.append(text);
    }

    /**
     * The text of one conversion before padding (a number's digits without padding), or null for a
     * letter glibc does not know or does not accept with the modifier.
     */
    private static String conversion(char d, char modifier, int[] f) {
        boolean noE = "aAbBhdeGgHIjklmMSUVwWDFs".indexOf(d) >= 0;
        boolean noO = "aAcDFxXYs".indexOf(d) >= 0;
        if ((modifier == 'E' && noE) || (modifier == 'O' && noO)) {
            return null;
        }
        int hour12 = f[3] % 12 == 0 ? 12 : f[3] % 12;
        int weekday = Math.floorMod(f[6], 7);
        return switch (d) {
            case 'a' -> day(f).substring(0, 3);
            case 'A' -> day(f);
            case 'b', 'h' -> month(f).substring(0, 3);
            case 'B' -> month(f);
            case 'c' -> asctime(f);
            case 'C' -> Integer.toString(Math.floorDiv(f[0], 100));
            case 'd', 'e' -> Integer.toString(f[2]);
            case 'D', 'x' -> strftime("%m/%d/%y", f);
            case 'F' -> strftime("%Y-%m-%d", f);
            case 'G' -> Integer.toString(isoYearAndWeek(f)[0]);
            case 'g' -> Integer.toString(Math.floorMod(isoYearAndWeek(f)[0], 100));
            case 'H', 'k' -> Integer.toString(f[3]);
            case 'I', 'l' -> Integer.toString(hour12);
            case 'j' -> Integer.toString(f[7]);
            case 'm' -> Integer.toString(f[1]);
            case 'M' -> Integer.toString(f[4]);
            case 'n' -> "\n";
            case 'p' -> f[3] < 12 ? "AM" : "PM";
            case 'P' -> f[3] < 12 ? "am" : "pm";
            case 'r' -> strftime("%I:%M:%S %p", f);
            case 'R' -> strftime("%H:%M", f);
            case 's' -> Long.toString(localEpochSeconds(f));
            case 'S' -> Integer.toString(f[5]);
            case 't' -> "\t";
            case 'T', 'X' -> strftime("%H:%M:%S", f);
            case 'u' -> Integer.toString(weekday + 1);
            case 'U' -> Integer.toString((f[7] - 1 + 7 - (weekday + 1) % 7) / 7);
            case 'V' -> Integer.toString(isoYearAndWeek(f)[1]);
            case 'w' -> Integer.toString((weekday + 1) % 7);
            case 'W' -> Integer.toString((f[7] - 1 + 7 - weekday) / 7);
            case 'y' -> Integer.toString(Math.floorMod(f[0], 100));
            case 'Y' -> Integer.toString(f[0]);
            case 'Z' -> f[8] < 0 ? "" : zoneAbbreviation(f);
            case 'z' -> f[8] < 0 ? "" : zoneOffset(f);
            case '%' -> "%";
            default -> null;
        };
    }

    /**
     * The ISO 8601 year and week of a broken-down time, from its year, day of the year and day of
     * the week alone (as glibc computes them): week 1 holds the year's first Thursday.
     */
    private static int[] isoYearAndWeek(int[] f) {
        int year = f[0];
        int yday = f[7] - 1;
        int weekday = Math.floorMod(f[6], 7);
        int days = isoWeekDays(yday, weekday);
        if (days < 0) {
            year--;
            days = isoWeekDays(yday + (java.time.Year.isLeap(year) ? 366 : 365), weekday);
        } else {
            int next = isoWeekDays(yday - (java.time.Year.isLeap(year) ? 366 : 365), weekday);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        return new int[] {year, days / 7 + 1};
    }

    /**
     * The days from the Monday that starts ISO week 1 of a year to the day yday (0-based, may
     * run past either end of that year) whose day of the week (Monday 0) is weekday; negative
     * when the day comes before week 1.
     */
    private static int isoWeekDays(int yday, int weekday) {
        int january1 = Math.floorMod(weekday - yday, 7);
        int week1Monday = january1 <= 3 ? -january1 : 7 - january1;
        return yday - week1Monday;
    }

    private static long localEpochSeconds(int[] f) {
        LocalDateTime local = LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(f[1] - 1L).plusDays(f[2] - 1L)
                .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
        return local.atZone(ZoneId.systemDefault()).toEpochSecond();
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
