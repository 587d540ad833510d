package org.entente.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One article of the corpus.
 *
 * @param id        stable id: the first 16 hex digits of the SHA-256 of {@code text}
 * @param title     headline, never empty
 * @param publisher the outlet it was published by, or null if the text does not say
 * @param author    the author, or null if the text does not say
 * @param date      publication date, or null if the text does not say
 * @param origin    where it was cut from: {@code seedfile#char=start,end}, or null
 * @param text      the article text; character offsets of evidence spans index into it
 * @param file      the article file it was read from, or null if not read from disk
 */
public record Article(String id, String title, String publisher, String author, LocalDate date,
                      String origin, String text, Path file) {

    /** The id an article with this text has. */
    public static String idOf(String text) {
        return org.entente.util.TextFiles.shortHash(text);
    }

    /** This article with its file set. */
    public Article withFile(Path f) {
        return new Article(id, title, publisher, author, date, origin, text, f);
    }
}
