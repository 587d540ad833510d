package org.entente.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process for the benchmarks: its wall time, its peak resident memory (VmHWM from
 * /proc, sampled while it runs), its exit status and output.
 *
 * @param seconds   wall time
 * @param peakRssKb peak resident set size in KiB (0 where /proc is not available)
 */
record Proc(double seconds, long peakRssKb, int exit, String out, String err) {

    /** Runs a command to its end (or the timeout, when it is killed and reported with exit 124). */
    static Proc run(List<String> cmd, Duration timeout, Path workDir) throws IOException {
        Path o = Files.createTempFile(workDir, "out", ".txt"), e = Files.createTempFile(workDir, "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        long peak = 0;
        boolean done = false;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done && System.nanoTime() < deadline) {
                peak = Math.max(peak, hwm(p.pid()));
                done = p.waitFor(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (!done) p.destroyForcibly();
        double secs = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(o, StandardCharsets.UTF_8), err = Files.readString(e, StandardCharsets.UTF_8);
        Files.deleteIfExists(o);
        Files.deleteIfExists(e);
        return new Proc(secs, peak, done ? p.exitValue() : 124, out, err);
    }

    /** Peak resident memory of a live process, in KiB (0 if unknown). */
    static long hwm(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }

    /** A server process started for measurements. */
    static final class Live {
        private final Process p;
        private long peak;

        Live(Process p) {
            this.p = p;
        }

        long peakRssKb() {
            peak = Math.max(peak, hwm(p.pid()));
            return peak;
        }

        void stop() {
            peakRssKb();
            p.destroy();
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    /** Starts a server and waits until {@code readyUrl} answers 200; null if it never does. */
    static Live start(List<String> cmd, String readyUrl, Duration timeout, Path workDir, HttpClient http) throws IOException {
        Path log = Files.createTempFile(workDir, "server", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(readyUrl)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return new Live(p);
            } catch (IOException e) {
                // not yet listening
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        p.destroyForcibly();
        return null;
    }
}
