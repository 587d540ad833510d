package org.entente.util;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for long work. On a terminal it redraws one line; otherwise
 * (CI logs, pipes) it prints a line at most every few seconds, so logs stay short.
 * Quiet mode prints nothing.
 *
 * <pre>
 * try (Progress p = Progress.start("Loading", total)) {
 *     for (...) { ...; p.step(); }
 * }
 * </pre>
 */
public final class Progress implements AutoCloseable {
    private static volatile boolean quiet = false;

    private final String label;
    private final long total;
    private final PrintStream out = System.err;
    private final boolean tty = System.console() != null;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastPrint;
    private boolean printed;

    private Progress(String label, long total) {
        this.label = label;
        this.total = total;
        this.lastPrint = startNanos;
    }

    /** Turns all progress output off (for --quiet and for tests). */
    public static void setQuiet(boolean q) {
        quiet = q;
    }

    /** Starts a bar for {@code total} steps; a total of 0 or less shows a running count. */
    public static Progress start(String label, long total) {
        return new Progress(label, total);
    }

    public void step() {
        step(1);
    }

    public synchronized void step(long n) {
        done += n;
        long now = System.nanoTime();
        long interval = tty ? 100_000_000L : 5_000_000_000L;
        if (now - lastPrint >= interval) {
            lastPrint = now;
            print(false);
        }
    }

    public long done() {
        return done;
    }

    private void print(boolean last) {
        if (quiet) return;
        double secs = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        String rate = String.format(Locale.ROOT, "%,.0f/s", done / secs);
        String line;
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            line = String.format(Locale.ROOT, "%-12s [%s%s] %,d/%,d %s", label,
                    "#".repeat(filled), " ".repeat(width - filled), done, total, rate);
        } else {
            line = String.format(Locale.ROOT, "%-12s %,d %s", label, done, rate);
        }
        if (tty) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        printed = true;
        out.flush();
    }

    @Override
    public synchronized void close() {
        // Off a terminal, short work leaves no trace in the log; long work ends with its totals.
        if (tty || printed || System.nanoTime() - startNanos > 2_000_000_000L) print(true);
    }
}
