package dev.pyheap.cli;


import dev.pyheap.driver.scheduling.RunSpec;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A one-line progress bar on stderr, redrawn in place with carriage returns: only on a terminal,
 * and only once a run has lasted a second (a short run prints nothing extra). {@link #clear()}
 * wipes it before anything else is printed.
 *
 * <p>Why not a library's (me.tongfei:progressbar, a JPMS module): it brings JLine to find the terminal's
 * width, draws from its own thread on {@code System.err} or a stream of its own, and decides by itself
 * when a stream is a terminal; this bar is drawn by the driver's progress callback on the command's own
 * error writer ({@link Context#err()}, which the tests capture) and only when the {@link Context} says
 * it is a terminal. Thirty lines do not pay for a terminal library and a second drawing thread.
 */
final class ProgressBar implements RunSpec.Progress {
    private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private int drawn;

    private ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /** A bar on {@code err} when it is a terminal, or null (no progress at all). */
    static ProgressBar forTerminal(Context context, String label) {
        return context.terminal() ? new ProgressBar(context.err(), label) : null;
    }

    @Override
    public synchronized void update(long opsDone, long opsTarget, long elapsedNanos, long durationNanos) {
        if (elapsedNanos < SHOW_AFTER_NANOS) {
            return;
        }
        double fraction = durationNanos > 0 ? (double) elapsedNanos / durationNanos
                : opsTarget > 0 ? (double) opsDone / opsTarget : -1;
        StringBuilder line = new StringBuilder("\r").append(label).append(' ');
        if (fraction >= 0) {
            int filled = (int) Math.min(WIDTH, Math.round(fraction * WIDTH));
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, Math.round(fraction * 100))));
        }
        line.append(String.format(Locale.ROOT, "%,d ops  %.1f s", opsDone, elapsedNanos / 1e9));
        int length = line.length() - 1;
        if (length < drawn) {
            line.append(" ".repeat(drawn - length));
        }
        drawn = Math.max(drawn, length);
        err.print(line);
        err.flush();
    }

    /** Wipes the bar if it was drawn. */
    synchronized void clear() {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }
}
