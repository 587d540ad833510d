package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.EntenteException;

/**
 * Cuts a scraped text file into articles and reads what it can of their metadata.
 *
 * <p>Contract: an article ends at a {@code Source: Publisher} line (the publisher is taken from
 * it) or at an end-of-article widget phrase such as "Leave a Comment"; text glued after such a
 * phrase on the same line starts the next article. Lines that are pure boilerplate (ads, share
 * buttons) are dropped wherever they are. The rules live in {@code boilerplate.txt}. The title is
 * the first line that reads like a headline; author and date come from bylines ("By Name",
 * "Written by Name", "Title by Name, Outlet", a "By" line followed by "Name is ...") and
 * "Published on Mon D, YYYY" lines when present. An article's text is its lines after
 * boilerplate removal, trimmed; its id is the hash of that text.
 */
public final class ArticleSplitter {

    private static final Pattern SOURCE = Pattern.compile("^\\s*Source:\\s*(.+?)\\s*$");
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al-\\p{L}+)){1,3}";
    private static final Pattern BYLINE = Pattern.compile("^(?:By|Written by|Posted by|Story by)\\s+(" + NAME + ")\\s*(?:,\\s*(.+?))?\\s*$");
    private static final Pattern TITLE_BYLINE = Pattern.compile("^(.+?)\\s+by\\s+(" + NAME + ")\\s*,\\s*(.+?)\\s*$");
    private static final Pattern BIO = Pattern.compile("^(" + NAME + ")\\s+(?:is|was)\\s+(?:a|an|the)\\s+.*");
    private static final Pattern AUTHOR_OF = Pattern.compile("^(" + NAME + ")\\s+is\\s+the\\s+author\\s+of\\b.*");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:Published|Updated|Posted)\\s+(?:on\\s+)?(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}).*$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final List<Pattern> endPhrases = new ArrayList<>();
    private final List<Pattern> dropLines = new ArrayList<>();

    /** A splitter with the built-in boilerplate rules. */
    public ArticleSplitter() {
        try (InputStream in = ArticleSplitter.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) throw new IllegalStateException("boilerplate.txt missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] kv = line.split("\t", 2);
                if (kv.length != 2) throw new IllegalStateException("boilerplate.txt:" + n + ": expected KIND<TAB>REGEX");
                Pattern p = Pattern.compile(kv[1].trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                switch (kv[0].trim()) {
                    case "end" -> endPhrases.add(p);
                    case "drop" -> dropLines.add(p);
                    default -> throw new IllegalStateException("boilerplate.txt:" + n + ": unknown kind " + kv[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A piece of the input between article boundaries, before metadata is read. */
    private static final class Segment {
        final List<String> lines = new ArrayList<>();
        int start = -1;
        int end;
        String publisher;
    }

    /**
     * Splits one scraped file into articles.
     *
     * @param sourceName the file name recorded as the articles' origin
     * @param text       the file's text (UTF-8 decoded, {@code \n} line endings)
     * @return the articles in file order; empty segments are skipped
     */
    public List<Article> split(String sourceName, String text) {
        List<Segment> segments = new ArrayList<>();
        Segment cur = new Segment();
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = pos;
            pos += line.length() + 1;
            Matcher src = SOURCE.matcher(line);
            if (src.matches()) {
                cur.publisher = clean(src.group(1));
                cur.end = lineStart;
                segments.add(cur);
                cur = new Segment();
                continue;
            }
            Matcher end = findEndPhrase(line);
            if (end != null) {
                String before = line.substring(0, end.start());
                String after = line.substring(end.end());
                if (!before.isBlank()) add(cur, before, lineStart);
                cur.end = lineStart + end.start();
                segments.add(cur);
                cur = new Segment();
                if (!after.isBlank()) add(cur, after.strip(), lineStart + end.end());
                continue;
            }
            if (isDropped(line)) continue;
            add(cur, line, lineStart);
        }
        cur.end = Math.min(pos, text.length());
        segments.add(cur);

        List<Article> out = new ArrayList<>();
        for (Segment s : segments) {
            Article a = toArticle(sourceName, s);
            if (a != null) out.add(a);
        }
        return out;
    }

    private static void add(Segment s, String line, int offset) {
        if (s.start < 0 && line.isBlank()) return;
        if (s.start < 0) s.start = offset;
        s.lines.add(line.stripTrailing());
    }

    private Matcher findEndPhrase(String line) {
        for (Pattern p : endPhrases) {
            Matcher m = p.matcher(line);
            if (m.find()) return m;
        }
        return null;
    }

    private boolean isDropped(String line) {
        String t = line.strip();
        if (t.isEmpty()) return false;
        for (Pattern p : dropLines) if (p.matcher(t).matches()) return true;
        return false;
    }

    private Article toArticle(String sourceName, Segment s) {
        String body = String.join("\n", s.lines).strip();
        body = body.replaceAll("\n{3,}", "\n\n");
        if (body.isEmpty()) return null;
        String[] lines = body.split("\n");
        String title = findTitle(lines);
        String author = null;
        String publisher = s.publisher;
        LocalDate date = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.length() > 200) continue;
            Matcher m;
            if (author == null && (m = BYLINE.matcher(l)).matches()) {
                author = m.group(1);
                if (publisher == null && m.group(2) != null) publisher = m.group(2);
            } else if (author == null && (m = TITLE_BYLINE.matcher(l)).matches() && m.group(1).equalsIgnoreCase(title)) {
                author = m.group(2);
                if (publisher == null) publisher = m.group(3);
            } else if (author == null && l.equals("By")) {
                for (int j = i + 1; j < lines.length; j++) {
                    if (lines[j].isBlank()) continue;
                    Matcher b = BIO.matcher(lines[j].strip());
                    if (b.matches()) author = b.group(1);
                    break;
                }
            }
            if (date == null && (m = DATE_LINE.matcher(l)).matches()) date = parseDate(m.group(1));
        }
        if (author == null) {
            for (String l : lines) {
                Matcher m = AUTHOR_OF.matcher(l.strip());
                if (m.matches()) {
                    author = m.group(1);
                    break;
                }
            }
        }
        String origin = sourceName + "#char=" + Math.max(0, s.start) + "," + s.end;
        return new Article(Article.idOf(body), clean(title), clean(publisher), clean(author), date, origin, body, null);
    }

    /** Metadata on one line: every run of spaces (no-break spaces included) as one space. */
    static String clean(String s) {
        return s == null ? null : s.replaceAll("[\\p{Z}\\s]+", " ").strip();
    }

    /** The first of the first few lines that reads like a headline, else the first line. */
    static String findTitle(String[] lines) {
        int seen = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (++seen > 3) break;
            if (t.length() <= 200 && !t.endsWith(".")) return t;
        }
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty()) {
                if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
                return t.length() <= 200 ? t : t.substring(0, 197) + "...";
            }
        }
        throw new EntenteException("article without text");
    }

    static LocalDate parseDate(String s) {
        String t = s.replace(".", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        // Month names like "Sept" are not in Java's short forms.
        try {
            return LocalDate.parse(t.replaceFirst("^Sept\\b", "Sep"), DATE_FORMATS.get(0));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
