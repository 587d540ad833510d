package org.entente.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The directory of a release written by {@code entente export}: its files, their media types,
 * and the checksums recorded in {@code SHA256SUMS}.
 */
public final class DumpDir {
    private DumpDir() {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(".nq.gz", "application/n-quads+gzip"), Map.entry(".nt.gz", "application/n-triples+gzip"),
            Map.entry(".ttl.gz", "text/turtle+gzip"), Map.entry(".trig.gz", "application/trig+gzip"),
            Map.entry(".jsonld.gz", "application/ld+json+gzip"), Map.entry(".trig", "application/trig"),
            Map.entry(".ttl", "text/turtle"), Map.entry(".rdf", "application/rdf+xml"), Map.entry(".owl", "application/rdf+xml"),
            Map.entry(".jsonld", "application/ld+json"), Map.entry(".nq", "application/n-quads"), Map.entry(".nt", "application/n-triples"),
            Map.entry("SHA256SUMS", "text/plain"));

    /** The media type of a dump file by its name. */
    public static String mediaType(String name) {
        for (var e : TYPES.entrySet()) if (name.endsWith(e.getKey()) && e.getKey().contains(".gz")) return e.getValue();
        for (var e : TYPES.entrySet()) if (name.endsWith(e.getKey())) return e.getValue();
        return "application/octet-stream";
    }

    /** The regular files of the release directory, sorted; empty if there is none. */
    public static List<Path> files(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A file of the release by name, or null (names with path separators are refused). */
    public static Path file(Path dir, String name) {
        if (dir == null || name.contains("/") || name.contains("\\") || name.startsWith(".")) return null;
        Path f = dir.resolve(name);
        return Files.isRegularFile(f) ? f : null;
    }

    /** The dumps of the release as VoID entries, with URLs under {@code urlBase}, from {@code SHA256SUMS}. */
    public static List<VoidBuilder.Dump> published(Path dir, String urlBase) {
        List<VoidBuilder.Dump> out = new ArrayList<>();
        Path sums = file(dir, "SHA256SUMS");
        if (sums == null) return out;
        try {
            for (String line : Files.readAllLines(sums)) {
                String[] kv = line.strip().split("\\s+\\*?", 2);
                if (kv.length != 2) continue;
                Path f = file(dir, kv[1]);
                if (f == null || kv[1].equals("void.ttl")) continue;
                out.add(new VoidBuilder.Dump(urlBase + kv[1], mediaType(kv[1]), Files.size(f), kv[0], kv[1], -1));
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
