package org.entente.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.entente.facts.Fact;
import org.entente.facts.FactsReader;

/** Writes candidates as a facts TSV with the extra columns {@code confidence} and {@code rule}. */
public final class Candidates {
    private Candidates() {}

    /** The header row. */
    public static String header() {
        return String.join("\t", FactsReader.COLUMNS) + "\t" + String.join("\t", FactsReader.CANDIDATE_COLUMNS) + "\n";
    }

    /** One row, or null when a cell would break the format (a tab or newline in the quote). */
    public static String row(Fact f) {
        if (f.quote().contains("\t") || f.quote().contains("\n")) return null;
        List<String> cells = List.of(f.article(), nz(f.subject()), f.relation(), nz(f.object()), nz(f.start()), nz(f.end()), nz(f.place()),
                nz(f.type()), f.stance(), nz(f.claimant()), f.quote(), String.format(java.util.Locale.ROOT, "%.2f", f.confidence()), nz(f.rule()));
        return String.join("\t", cells) + "\n";
    }

    public static void write(Writer w, List<Fact> facts) throws IOException {
        for (Fact f : facts) {
            String r = row(f);
            if (r != null) w.write(r);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('\t', ' ');
    }
}
