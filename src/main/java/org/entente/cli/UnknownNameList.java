package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.extract.Extraction;

/**
 * The names extraction found but could not link, counted over the corpus with their first occurrence: one entry per distinct
 * name (memory grows with the names, not with the articles), written as a TSV for review, most frequent first.
 */
final class UnknownNameList {
    private static final class Entry {
        final String name, article, sentence;
        final int start, end;
        int mentions, articles;
        String lastArticle;

        Entry(String name, String article, Extraction.UnknownName first) {
            this.name = name;
            this.article = article;
            this.start = first.start();
            this.end = first.end();
            this.sentence = first.sentence().strip().replaceAll("\\s+", " ");
        }
    }

    private final Map<String, Entry> byName = new HashMap<>();
    private int mentions;

    void add(String article, Extraction.UnknownName n) {
        Entry e = byName.computeIfAbsent(n.name(), k -> new Entry(k, article, n));
        e.mentions++;
        if (!article.equals(e.lastArticle)) {
            e.articles++;
            e.lastArticle = article;
        }
        mentions++;
    }

    int size() {
        return byName.size();
    }

    int mentions() {
        return mentions;
    }

    void write(Path file) {
        List<Entry> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingInt((Entry e) -> -e.mentions).thenComparing(e -> e.name));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name\tmentions\tarticles\tarticle\tstart\tend\tquote\n");
            for (Entry e : all) {
                w.write(String.join("\t", clean(e.name), Integer.toString(e.mentions), Integer.toString(e.articles), e.article,
                        Integer.toString(e.start), Integer.toString(e.end), clean(e.sentence)) + "\n");
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
