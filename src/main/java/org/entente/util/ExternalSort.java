package org.entente.util;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts lines of text in bounded memory: lines are gathered in chunks, each chunk is sorted and
 * written to a temporary file, and the chunks are merged. Equal lines are kept once. Used by
 * export to write dumps in a stable order whatever the size of the graph.
 *
 * <pre>
 * try (ExternalSort s = new ExternalSort(tmpDir, 500_000)) {
 *     for (String line : lines) s.add(line);
 *     s.merge(sortedLine -&gt; write(sortedLine));
 * }
 * </pre>
 */
public final class ExternalSort implements Closeable {
    private final Path dir;
    private final int chunkLines;
    private final List<String> buffer = new ArrayList<>();
    private final List<Path> chunks = new ArrayList<>();

    /**
     * @param tmpDir     where chunk files go (deleted on close)
     * @param chunkLines lines held in memory before a chunk is written
     */
    public ExternalSort(Path tmpDir, int chunkLines) {
        this.dir = tmpDir;
        this.chunkLines = chunkLines;
    }

    public void add(String line) {
        if (line.indexOf('\n') >= 0) throw new IllegalArgumentException("a line must not contain a newline");
        buffer.add(line);
        if (buffer.size() >= chunkLines) spill();
    }

    private void spill() {
        if (buffer.isEmpty()) return;
        Collections.sort(buffer);
        try {
            Files.createDirectories(dir);
            Path f = Files.createTempFile(dir, "chunk", ".txt");
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                String prev = null;
                for (String s : buffer) {
                    if (s.equals(prev)) continue;
                    w.write(s);
                    w.write('\n');
                    prev = s;
                }
            }
            chunks.add(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.clear();
    }

    private record Head(String line, BufferedReader from) {}

    /** Hands every distinct line to {@code sink} in sorted order. */
    public long merge(Consumer<String> sink) {
        spill();
        List<BufferedReader> readers = new ArrayList<>();
        PriorityQueue<Head> pq = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
        long n = 0;
        try {
            for (Path c : chunks) {
                BufferedReader r = Files.newBufferedReader(c, StandardCharsets.UTF_8);
                readers.add(r);
                String l = r.readLine();
                if (l != null) pq.add(new Head(l, r));
            }
            String prev = null;
            while (!pq.isEmpty()) {
                Head h = pq.poll();
                if (!h.line().equals(prev)) {
                    sink.accept(h.line());
                    n++;
                    prev = h.line();
                }
                String next = h.from().readLine();
                if (next != null) pq.add(new Head(next, h.from()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    // closing a temp file
                }
            }
        }
        return n;
    }

    @Override
    public void close() {
        for (Path c : chunks) {
            try {
                Files.deleteIfExists(c);
            } catch (IOException e) {
                // temp file
            }
        }
    }
}
