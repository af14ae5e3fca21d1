package dev.pyheap.runtime.tracemalloc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps ({@code inclusive}) or drops traces by file name and line: tracemalloc's {@code Filter}.
 * The pattern is a shell pattern as Python's {@code fnmatch} reads it ({@code *}, {@code ?},
 * {@code [seq]}, {@code [!seq]}; case-sensitive, as on POSIX); a {@code .pyc} suffix on the pattern
 * or a file name counts as {@code .py}.
 *
 * <p>Without {@code allFrames} only the most recent frame of a trace is looked at; with it, an
 * inclusive filter keeps a trace when any frame matches and an exclusive one drops it then.
 *
 * @param inclusive       keep (true) or drop (false) what matches
 * @param filenamePattern the file name pattern (stored normalised: {@code x.pyc} becomes {@code x.py})
 * @param lineno          the line to match, or null for any
 * @param allFrames       look at every frame of the traceback, not only the most recent
 * @param domain          the address space to match, or null for any
 */
public record Filter(boolean inclusive, String filenamePattern, Integer lineno, boolean allFrames, Integer domain)
        implements BaseFilter {

    public Filter {
        filenamePattern = normalize(Objects.requireNonNull(filenamePattern, "filenamePattern"));
    }

    /** {@code Filter(inclusive, filename_pattern)}. */
    public Filter(boolean inclusive, String filenamePattern) {
        this(inclusive, filenamePattern, null, false, null);
    }

    /** {@code Filter(inclusive, filename_pattern, lineno)}. */
    public Filter(boolean inclusive, String filenamePattern, Integer lineno) {
        this(inclusive, filenamePattern, lineno, false, null);
    }

    static String normalize(String filename) {
        return filename.endsWith(".pyc") ? filename.substring(0, filename.length() - 1) : filename;
    }

    /** The compiled pattern; {@link Snapshot#filterTraces} compiles each filter once. */
    Matcher matcher() {
        return new Matcher(this, Fnmatch.compile(filenamePattern));
    }

    /** A filter with its compiled pattern, applying CPython's matching rules. */
    record Matcher(Filter filter, Pattern pattern) {

        private boolean matchFrame(Frame frame) {
            if (!pattern.matcher(normalize(frame.filename())).matches()) {
                return false;
            }
            return filter.lineno == null || frame.lineno() == filter.lineno;
        }

        private boolean matchTraceback(Traceback traceback) {
            if (filter.allFrames) {
                for (Frame f : traceback) {
                    if (matchFrame(f)) {
                        return filter.inclusive;
                    }
                }
                return !filter.inclusive;
            }
            return matchFrame(traceback.mostRecent()) ^ !filter.inclusive;
        }

        boolean match(Trace trace) {
            boolean result = matchTraceback(trace.traceback());
            if (filter.domain != null) {
                return filter.inclusive ? result && trace.domain() == filter.domain
                        : result || trace.domain() != filter.domain;
            }
            return result;
        }
    }
}
