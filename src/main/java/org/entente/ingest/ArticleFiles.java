package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.entente.EntenteException;
import org.entente.util.TextFiles;

/**
 * Reads and writes the article files of {@code data/articles/}.
 *
 * <p>Format: one UTF-8 file per article, named {@code <id>.txt}: header lines {@code Key: value}
 * ({@code Id}, {@code Title}, and optionally {@code Publisher}, {@code Author}, {@code Date}
 * (YYYY-MM-DD), {@code Origin}), one empty line, then the text. Evidence offsets index into the
 * text. The reader checks that {@code Id} is still the hash of the text, so an edited text is
 * caught before its offsets go stale.
 */
public final class ArticleFiles {
    private ArticleFiles() {}

    private static final Set<String> KEYS = Set.of("Id", "Title", "Publisher", "Author", "Date", "Origin");

    /** Writes an article to {@code dir/<id>.txt} and returns the path. Existing identical files are left alone. */
    public static Path write(Path dir, Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Id: ").append(a.id()).append('\n');
        sb.append("Title: ").append(oneLine(a.title())).append('\n');
        if (a.publisher() != null) sb.append("Publisher: ").append(oneLine(a.publisher())).append('\n');
        if (a.author() != null) sb.append("Author: ").append(oneLine(a.author())).append('\n');
        if (a.date() != null) sb.append("Date: ").append(a.date()).append('\n');
        if (a.origin() != null) sb.append("Origin: ").append(oneLine(a.origin())).append('\n');
        sb.append('\n').append(a.text()).append('\n');
        Path file = dir.resolve(a.id() + ".txt");
        try {
            Files.createDirectories(dir);
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) return file;
            Path tmp = Files.createTempFile(dir, ".article", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot write: " + e.getMessage(), e);
        }
        return file;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }

    /**
     * Reads one article file.
     *
     * @throws EntenteException naming the file and line if it is not a valid article file
     */
    public static Article read(Path file) {
        String s = TextFiles.readUtf8(file);
        int sep = s.indexOf("\n\n");
        if (sep < 0) throw EntenteException.at(file, 1, "no empty line between the header and the text");
        Map<String, String> h = new LinkedHashMap<>();
        String[] lines = s.substring(0, sep).split("\n");
        for (int i = 0; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c <= 0) throw EntenteException.at(file, i + 1, "expected a header line 'Key: value', got '" + abbreviate(lines[i]) + "'");
            String key = lines[i].substring(0, c).strip();
            if (!KEYS.contains(key)) throw EntenteException.at(file, i + 1, "unknown header '" + key + "'; expected one of " + KEYS);
            if (h.put(key, lines[i].substring(c + 1).strip()) != null) throw EntenteException.at(file, i + 1, "header '" + key + "' given twice");
        }
        String text = s.substring(sep + 2).stripTrailing();
        if (text.isBlank()) throw EntenteException.at(file, lines.length + 2, "article has no text");
        String id = h.get("Id");
        if (id == null || id.isEmpty()) throw EntenteException.at(file, 1, "missing 'Id' header");
        String actual = Article.idOf(text);
        if (!actual.equals(id)) {
            throw EntenteException.at(file, 1, "the text no longer matches its id " + id + " (its hash is " + actual
                    + "); article texts are immutable because evidence offsets index into them. Re-ingest the article to give it a new id");
        }
        String title = h.get("Title");
        if (title == null || title.isEmpty()) throw EntenteException.at(file, 1, "missing 'Title' header");
        LocalDate date = null;
        if (h.containsKey("Date")) {
            try {
                date = LocalDate.parse(h.get("Date"));
            } catch (DateTimeParseException e) {
                throw EntenteException.at(file, lineOfKey(lines, "Date"), "bad Date '" + h.get("Date") + "'; expected YYYY-MM-DD");
            }
        }
        return new Article(id, title, h.get("Publisher"), h.get("Author"), date, h.get("Origin"), text, file);
    }

    private static int lineOfKey(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(key + ":")) return i + 1;
        return 1;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The article files of a directory ({@code *.txt}), sorted by name. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) throw new EntenteException(dir + ": not a directory");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every article of a directory, one at a time, handing each to {@code sink}.
     * A bad file stops the read with an error naming it; duplicate ids are refused.
     */
    public static int readAll(Path dir, Consumer<Article> sink) {
        List<Path> files = list(dir);
        Set<String> ids = new java.util.HashSet<>();
        for (Path f : files) {
            Article a = read(f);
            if (!ids.add(a.id())) throw EntenteException.at(f, 1, "duplicate article id " + a.id());
            sink.accept(a);
        }
        return files.size();
    }

    /** Reads every article of a directory into a list (for small corpora and tests). */
    public static List<Article> readAll(Path dir) {
        List<Article> out = new ArrayList<>();
        readAll(dir, out::add);
        return out;
    }
}
