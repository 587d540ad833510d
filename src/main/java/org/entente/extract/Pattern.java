package org.entente.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.EntenteException;
import org.entente.facts.Relations;

/**
 * One relation pattern of {@code patterns.tsv}: a relation, a syntactic form, trigger words and
 * phrases, the prepositions that may introduce the object, whether the object may also follow
 * without one ({@code direct}, "-" in the file), a type, and a base confidence.
 */
public record Pattern(String id, String relation, String form, List<String[]> triggers, Set<String> preps, boolean direct, String type,
                      double confidence) {

    static final Set<String> FORMS = Set.of("verb", "receive", "noun", "modifier", "compound", "airspace", "title", "between");

    /** The built-in patterns. */
    public static List<Pattern> builtIn() {
        try (InputStream in = Pattern.class.getResourceAsStream("patterns.tsv")) {
            if (in == null) throw new IllegalStateException("patterns.tsv missing from the jar");
            return parse("patterns.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Patterns from a file (same format as the built-in one). */
    public static List<Pattern> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static List<Pattern> parse(String name, List<String> lines) {
        List<Pattern> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (!header) {
                header = true;
                continue;
            }
            if (c.length != 7) throw EntenteException.at(name, i + 1, "expected 7 tab-separated cells, got " + c.length);
            if (Relations.canonical(c[1]) == null) throw EntenteException.at(name, i + 1, "unknown relation " + c[1]);
            if (!FORMS.contains(c[2])) throw EntenteException.at(name, i + 1, "unknown form " + c[2] + "; known " + FORMS);
            List<String[]> triggers = new ArrayList<>();
            for (String t : c[3].split("\\|")) triggers.add(t.strip().toLowerCase(Locale.ROOT).replace("-", " - ").strip().split("\\s+"));
            Set<String> preps = new LinkedHashSet<>();
            boolean direct = false;
            for (String p : c[4].split("\\|")) {
                if (p.strip().equals("-")) direct = true;
                else preps.add(p.strip().toLowerCase(Locale.ROOT));
            }
            double conf;
            try {
                conf = Double.parseDouble(c[6].strip());
            } catch (NumberFormatException e) {
                throw EntenteException.at(name, i + 1, "bad confidence " + c[6]);
            }
            out.add(new Pattern(c[0].strip(), Relations.canonical(c[1]), c[2], triggers, preps, direct, c[5].strip().equals("-") ? null : c[5].strip(), conf));
        }
        return out;
    }
}
